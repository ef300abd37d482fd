/**
 * The search data the build writes under `search/` and the browser reads on demand:
 * - `manifest.json`: what every query needs — the glossary, the script table, the shard counts
 *   and the dictionary's letters; nothing per turn or per speaker;
 * - `grams/<n>.json`: the index shards (`grams.ts`);
 * - `turns/<n>.json`: turn texts, `CHUNK_TURNS` to a file, fetched for the best candidates;
 * - `dictionary/<letter>.json`: English → Chinese words of the site (`dictionary.ts`);
 * - `chinese/<n>.json`: Chinese → English words of the site's English interviews;
 * - `names/<n>.json`: speakers' names by their first character (`name-shards.ts`).
 * Paths here are relative to the site's base (`SEARCH_FILES`); the browser serves them through
 * `withBase` (`links.ts`). Nothing here reads the site's configuration, so the build and the bench
 * can use it outside Vite.
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { InterviewRecord } from '../../schemas/generated.ts';
import type { SpeakerName } from './speakers.ts';
import { spokenText } from '../segment-text.ts';

/** `search/manifest.json` */
export interface SearchManifest {
  glossary: GlossaryEntry[];
  /** Shards of speakers' names in `search/names/` (`name-shards.ts`). */
  names: number;
  /** Traditional → simplified pairs (`script-table.ts`). */
  script: string;
  /** Index shards in `search/grams/`. */
  shards: number;
  /** Turns in all; turn n is in `search/turns/<floor(n / CHUNK_TURNS)>.json`. */
  turns: number;
  /** Letters with a dictionary shard in `search/dictionary/`. */
  dictionary: string[];
  /** Shards of the Chinese → English table in `search/chinese/` (0: no English text to find). */
  chinese: number;
  /** Shards of the table of what Chinese interviews say in English in `search/switched/` (0: they say nothing so). */
  switched: number;
  /** Pagefind bundles, one per language, the first the primary; served paths (under the base). */
  bundles: { language: string; path: string }[];
}

/** A turn as a text chunk stores it. */
export interface StoredTurn {
  interview: string;
  /** The interview's title, for the interview filter. */
  interviewTitle: string;
  /** The interview's language (BCP 47), so a hit is drawn in its own script's fonts: `That’s`, not `That’ s`. */
  language: string;
  id: string;
  speaker: string;
  role: string;
  theme: string;
  themeTitle: string;
  text: string;
}

/** `search/turns/<n>.json` */
export interface TurnChunk {
  /** Number of the first turn. */
  first: number;
  turns: StoredTurn[];
}

export const SEARCH_FILES = {
  manifest: 'search/manifest.json',
  grams: (shard: number) => `search/grams/${shard}.json`,
  turns: (chunk: number) => `search/turns/${chunk}.json`,
  dictionary: (letter: string) => `search/dictionary/${letter}.json`,
  chinese: (shard: number) => `search/chinese/${shard}.json`,
  switched: (shard: number) => `search/switched/${shard}.json`,
  names: (shard: number) => `search/names/${shard}.json`,
};

/** `search/names/<n>.json`: names and glossary aliases of speakers, folded, for speaker filters. */
export type NameShard = SpeakerName[];

/** Every turn of the site in index order: interviews by slug, turns in reading order. */
export function storedTurns(records: readonly InterviewRecord[]): StoredTurn[] {
  return [...records]
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .flatMap((record) => {
      const themes = new Map(record.themes.map((t) => [t.slug, t.title]));
      return record.turns.map((t) => ({
        interview: record.slug,
        interviewTitle: record.title,
        language: record.language,
        id: t.id,
        speaker: t.speaker,
        role: t.role,
        theme: t.theme,
        themeTitle: themes.get(t.theme) ?? t.theme,
        text: t.paragraphs.map(spokenText).join('\n'),
      }));
    });
}

/**
 * `/search/<interview>.json`: where each of an interview's ids is (theme) and which retired ids
 * lead where, for the turn pages' forwarding of moved links (`scripts/turns/arrival.ts`);
 * search itself reads the sharded files above.
 */
export interface InterviewCorpus {
  interview: string;
  title: string;
  themes: Record<string, string>;
  turns: { id: string; speaker: string; role: string; theme: string; text: string }[];
  /** Ids published before that now lead elsewhere (see the id lock file). */
  retired: { id: string; to: string; reason: 'merged' | 'removed' }[];
}

export function corpusOf(record: InterviewRecord): InterviewCorpus {
  return {
    interview: record.slug,
    title: record.title,
    themes: Object.fromEntries(record.themes.map((t) => [t.slug, t.title])),
    turns: record.turns.map((t) => ({
      id: t.id,
      speaker: t.speaker,
      role: t.role,
      theme: t.theme,
      text: t.paragraphs.map(spokenText).join('\n'),
    })),
    retired: record.retired,
  };
}
