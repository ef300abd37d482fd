/** Step: each exchange → one theme, from keyword evidence and the editor's pins. */
import type { ThemeData } from '../../../src/schemas/interview-data.ts';
import { assignThemes, type ThemeAssignment } from '../assign-themes.ts';
import type { IngestWarning } from '../errors.ts';
import type { LoadedInterviewData } from '../interview-data.ts';
import type { Exchange, Speaker } from '../model.ts';
import type { ChosenThemes } from './choose-themes.ts';

export function placeExchanges(
  exchanges: readonly Exchange[],
  speakers: readonly Speaker[],
  { themes, themed }: ChosenThemes,
  file: string,
  loaded: LoadedInterviewData | undefined,
): { assignments: ThemeAssignment[]; warnings: IngestWarning[] } {
  const { assignments, warnings } = assignThemes(exchanges, speakers, themes as ThemeData[], {
    pins: loaded?.data.pins ?? [],
    file: loaded?.file ?? file,
    lineOf: loaded?.lineOf ?? (() => undefined),
  });
  // Without themes every exchange "matches nothing"; chooseThemes has said so once already.
  return { assignments, warnings: themed ? warnings : [] };
}
