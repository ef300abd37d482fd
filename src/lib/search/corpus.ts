/**
 * The search corpus: the exact-match layer's small copy of every turn, one JSON file per
 * interview, listed in a manifest with the glossary. Built from the interview records;
 * read by the browser on the first search and by the Pagefind integration.
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { InterviewRecord } from '../../schemas/generated.ts';
import { paths } from '../../consts.ts';
import { withBase } from '../urls.ts';
import type { SearchTurn } from './rank.ts';

/** `/search/manifest.json` */
export interface SearchManifest {
  glossary: GlossaryEntry[];
  interviews: { slug: string; title: string; corpus: string }[];
  /** Pagefind bundles, one per language, the first the primary. */
  bundles: { language: string; path: string }[];
}

/** `/search/<interview>.json`: compact, the rest is derived on load. */
export interface InterviewCorpus {
  interview: string;
  title: string;
  themes: Record<string, string>;
  turns: { id: string; speaker: string; role: string; theme: string; text: string }[];
  /** Ids published before that now lead elsewhere (see the id lock file). */
  retired: { id: string; to: string; reason: 'merged' | 'removed' }[];
}

export const MANIFEST_URL = withBase('search/manifest.json');
export const corpusUrl = (interview: string) => withBase(`search/${interview}.json`);

export function corpusOf(record: InterviewRecord): InterviewCorpus {
  return {
    interview: record.slug,
    title: record.title,
    themes: Object.fromEntries(record.themes.map((t) => [t.slug, t.title])),
    turns: record.turns.map((t) => ({ id: t.id, speaker: t.speaker, role: t.role, theme: t.theme, text: t.paragraphs.join('\n') })),
    retired: record.retired,
  };
}

/** The corpus as turns search can rank. */
export function searchTurnsOf(corpus: InterviewCorpus): SearchTurn[] {
  return corpus.turns.map((t) => ({
    ...t,
    key: `${corpus.interview}/${t.id}`,
    interview: corpus.interview,
    url: `${paths.theme(corpus.interview, t.theme)}#${t.id}`,
    themeTitle: corpus.themes[t.theme] ?? t.theme,
  }));
}
