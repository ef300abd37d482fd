/**
 * Build time: every search data file for a site (see `corpus.ts` for the layout), from the
 * interview records, the glossary, CC-CEDICT and OpenCC. Pure: the caller writes the files.
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { InterviewRecord } from '../../schemas/generated.ts';
import { fold, foldForSearch } from '../fold.ts';
import { SEARCH_FILES, storedTurns, type SearchManifest, type TurnChunk } from './corpus.ts';
import { buildDictionary, type DictionaryEntry } from './dictionary.ts';
import { buildShards, CHUNK_TURNS } from './grams.ts';
import { buildScriptTable, parseScriptTable } from './script-table.ts';
import type { SpeakerName } from './speakers.ts';

export interface SearchDataSources {
  records: readonly InterviewRecord[];
  glossary: readonly GlossaryEntry[];
  bundles: SearchManifest['bundles'];
  dictionary: Iterable<DictionaryEntry>;
  /** OpenCC: the characters it knows as traditional, and one character to simplified. */
  script: { characters: Iterable<string>; toSimplified: (char: string) => string };
}

/** Path (relative to the site's base) → JSON value. */
export function buildSearchData({ records, glossary, bundles, dictionary, script }: SearchDataSources): Map<string, unknown> {
  const turns = storedTurns(records);
  const glossaryText = glossary.flatMap((g) => [g.term, ...g.aliases]).join('\n');
  const siteText = `${turns.map((t) => t.text).join('\n')}\n${glossaryText}`;
  const pairs = buildScriptTable(siteText, script.characters, script.toSimplified);
  const table = parseScriptTable(pairs);
  const folded = turns.map((t) => foldForSearch(t.text, table).folded);
  const shards = buildShards(folded);
  const letters = buildDictionary(dictionary, siteText);
  const files = new Map<string, unknown>();
  const manifest: SearchManifest = {
    glossary: [...glossary],
    names: speakerNames(records, glossary),
    script: pairs,
    shards: shards.length,
    turns: turns.length,
    dictionary: Object.keys(letters),
    bundles,
  };
  files.set(SEARCH_FILES.manifest, manifest);
  shards.forEach((shard, n) => files.set(SEARCH_FILES.grams(n), shard));
  for (let first = 0; first < turns.length; first += CHUNK_TURNS) {
    const chunk: TurnChunk = { first, turns: turns.slice(first, first + CHUNK_TURNS) };
    files.set(SEARCH_FILES.turns(first / CHUNK_TURNS), chunk);
  }
  for (const [letter, shard] of Object.entries(letters)) files.set(SEARCH_FILES.dictionary(letter), shard);
  return files;
}

/** Each speaker's name and the glossary's aliases of it (周鸿祎, Zhou Hongyi, 周总), folded. */
function speakerNames(records: readonly InterviewRecord[], glossary: readonly GlossaryEntry[]): SpeakerName[] {
  const names = new Map<string, string>();
  for (const record of records) {
    for (const speaker of record.speakers) {
      const aliases = glossary.filter((g) => g.term === speaker.name).flatMap((g) => g.aliases);
      for (const name of [speaker.name, ...(speaker.labels ?? []), ...aliases]) {
        const folded = fold(name);
        if (folded && !names.has(folded)) names.set(folded, speaker.name);
      }
    }
  }
  return [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, speaker]) => ({ name, speaker }));
}
