/**
 * Step: the themes the interview's exchanges are sorted into: the editor's, or — while there
 * are none (no data file, no `themes`, or `themes: auto`) — themes found in the transcript
 * itself (../themes/).
 */
import { ui } from '../../../src/i18n/index.ts';
import type { ThemeData } from '../../../src/schemas/interview-data.ts';
import type { IngestWarning } from '../errors.ts';
import type { LoadedInterviewData } from '../interview-data.ts';
import { proposeThemes, type ThemeInput, type ThemeProposal } from '../themes/propose-themes.ts';

/**
 * The section that holds every exchange when there is nothing to find themes in (no
 * exchanges), titled in the interview's language (the words live in src/i18n/).
 */
export function unthemed(language: string | undefined): ThemeData {
  return { slug: 'all', ...ui(language).unthemed, keywords: [] };
}

/** The themes chosen, and whether they are the editor's (otherwise found automatically). */
export interface ChosenThemes {
  themes: readonly ThemeData[];
  themed: boolean;
  /** The automatic themes and where each exchange goes, when the editor has given none. */
  automatic?: ThemeProposal;
  warnings: IngestWarning[];
}

export function chooseThemes(slug: string, file: string, loaded: LoadedInterviewData | undefined, evidence: ThemeInput): ChosenThemes {
  const given = loaded?.data.themes ?? [];
  if (given.length > 0) return { themes: given, themed: true, warnings: [] };
  const automatic = proposeThemes(evidence);
  if (automatic.themes.length === 0) return { themes: [unthemed(evidence.language)], themed: false, warnings: [] };
  const where = loaded?.file ?? `a ${slug}.yaml beside the transcript`;
  return {
    themes: automatic.themes,
    themed: false,
    automatic,
    warnings: [
      {
        file: loaded?.file ?? file,
        message: `no themes for "${slug}": found ${automatic.themes.length} automatically (${automatic.themes.map((t) => t.title).join(', ')}); \`--suggest-themes\` drafts them into ${where} for you to correct`,
      },
    ],
  };
}
