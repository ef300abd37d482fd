/** Step: each exchange → one theme: the automatic grouping, or keyword evidence; the editor's pins override either. */
import type { ThemeData } from '../../../src/schemas/interview-data.ts';
import { assignAutomatically, assignThemes, type ThemeAssignment } from '../assign-themes.ts';
import type { IngestWarning } from '../errors.ts';
import type { LoadedInterviewData } from '../interview-data.ts';
import type { Exchange, Speaker } from '../model.ts';
import type { ChosenThemes } from './choose-themes.ts';

export function placeExchanges(
  exchanges: readonly Exchange[],
  speakers: readonly Speaker[],
  { themes, themed, automatic }: ChosenThemes,
  file: string,
  loaded: LoadedInterviewData | undefined,
): { assignments: ThemeAssignment[]; warnings: IngestWarning[] } {
  const pinSource = { pins: loaded?.data.pins ?? [], file: loaded?.file ?? file, lineOf: loaded?.lineOf ?? (() => undefined) };
  if (automatic) return { assignments: assignAutomatically(exchanges, speakers, automatic, pinSource), warnings: [] };
  const { assignments, warnings } = assignThemes(exchanges, speakers, themes as ThemeData[], pinSource);
  // Without any theme every exchange "matches nothing"; that is no news.
  return { assignments, warnings: themed ? warnings : [] };
}
