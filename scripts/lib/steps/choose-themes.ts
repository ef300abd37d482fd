/**
 * Step: the themes the interview's exchanges are sorted into: the editor's, or — while there
 * are none — one section that holds the whole conversation.
 */
import type { ThemeData } from '../../../src/schemas/interview-data.ts';
import type { IngestWarning } from '../errors.ts';
import type { LoadedInterviewData } from '../interview-data.ts';

/** The section that holds every exchange of an interview that has no themes yet. */
export const UNTHEMED: ThemeData = {
  slug: 'all',
  title: '全部对话',
  titleEn: 'The whole conversation',
  description: '这篇访谈还没有按主题整理，这里按原顺序收录全部对话。',
  keywords: [],
};

/** The themes chosen, and whether they are the editor's (otherwise one section holds everything). */
export interface ChosenThemes {
  themes: readonly ThemeData[];
  themed: boolean;
  warnings: IngestWarning[];
}

export function chooseThemes(slug: string, file: string, loaded: LoadedInterviewData | undefined): ChosenThemes {
  const given = loaded?.data.themes ?? [];
  if (given.length > 0) return { themes: given, themed: true, warnings: [] };
  return {
    themes: [UNTHEMED],
    themed: false,
    warnings: [
      {
        file: loaded?.file ?? file,
        message: `no themes for "${slug}": every exchange goes into one section; add themes to ${loaded?.file ?? `a ${slug}.yaml beside the transcript`} to curate them`,
      },
    ],
  };
}
