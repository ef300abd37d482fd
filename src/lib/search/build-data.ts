/**
 * Build time: every search data file for a site (see `corpus.ts` for the layout), from the
 * interview records, the glossary, CC-CEDICT with the transcripts' own glosses, and OpenCC. Pure: the caller writes the files.
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { InterviewRecord } from '../../schemas/generated.ts';
import { foldForSearch } from '../fold.ts';
import { symbolsOf, weight } from './align.ts';
import { SEARCH_FILES, storedTurns, type SearchManifest, type TurnChunk } from './corpus.ts';
import { buildChineseDictionary, buildDictionary, buildSwitchedDictionary, type DictionaryEntry } from './dictionary.ts';
import { buildShards, CHUNK_TURNS } from './grams.ts';
import { textGlosses } from './text-glosses.ts';
import { namesInText } from './text-names.ts';
import { buildNameShards } from './name-shards.ts';
import { buildScriptTable, parseScriptTable } from './script-table.ts';
import { speakerNames } from './speaker-names.ts';
import { chineseNames, transliteratedNames } from './transliterated-names.ts';
import type { IrregularForms } from './irregular-forms.ts';
import { forReaders, type WordNet } from './wordnet.ts';

export interface SearchDataSources {
  records: readonly InterviewRecord[];
  glossary: readonly GlossaryEntry[];
  bundles: SearchManifest['bundles'];
  dictionary: Iterable<DictionaryEntry>;
  /** WordNet: which English words can stand for which, and their derived forms (`wordnet.ts`); none: glosses as they stand. */
  wordnet?: WordNet;
  /** How often characters are words at large (`character-frequency.ts`); none: no one-character translations. */
  frequency?: ReadonlyMap<string, number>;
  /** English forms no ending rule undoes (`irregular-forms.ts`: paid → pay); none: only the ending rules. */
  irregular?: IrregularForms;
  /** OpenCC: the characters it knows as traditional, and one character to simplified. */
  script: { characters: Iterable<string>; toSimplified: (char: string) => string };
}

/** A run of English words (and numbers) in a Chinese text: Linear Attention, GPT-4. */
const LATIN_RUN = /[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}'’ -]*/gu;

/** Path (relative to the site's base) → JSON value. */
export function buildSearchData({
  records,
  glossary,
  bundles,
  dictionary,
  script,
  wordnet,
  frequency,
  irregular,
}: SearchDataSources): Map<string, unknown> {
  const turns = storedTurns(records);
  const glossaryText = glossary.flatMap((g) => [g.term, ...g.aliases]).join('\n');
  const siteText = `${turns.map((t) => t.text).join('\n')}\n${glossaryText}`;
  const cedict = [...dictionary];
  // An English speaker's name as Chinese writes it (Elizabeth: 伊丽莎白), from CC-CEDICT.
  const transliterations = transliteratedNames(cedict);
  // Speakers' names too: a reader types 唐凤 for the 唐鳳 of the labels, 伊麗莎白 for 伊丽莎白.
  const speakerText = records
    .flatMap((r) => r.speakers.flatMap((s) => [s.name, ...(s.labels ?? []), ...chineseNames(s.name, transliterations)]))
    .join('\n');
  const pairs = buildScriptTable(`${siteText}\n${speakerText}`, script.characters, script.toSimplified);
  const table = parseScriptTable(pairs);
  const folded = turns.map((t) => foldForSearch(t.text, table).folded);
  const latinWords = turns.map((t) => symbolsOf(t.text, table).flatMap((s) => (weight(s) === 2 ? [s.text] : [])));
  const shards = buildShards(folded, latinWords);
  // CC-CEDICT's headwords are simplified: a traditional interview's 數據 is its 数据, character for
  // character. The text as written too: the table also folds variants simplified text writes
  // (么 → 幺, 著 → 着), and 什么 must stay a word of a simplified interview.
  const simplified = (text: string) => [...text].map((char) => table.get(char) ?? char).join('');
  const bothScripts = (text: string) => `${text}\n${simplified(text)}`;
  const headwords = new Set(cedict.map((e) => e.simplified));
  // The transcripts' own glosses first: the translator's word for a term is the closest there is.
  const isWord = (word: string) => headwords.has(word) || headwords.has(simplified(word));
  const entries = [
    ...textGlosses(
      turns.map((t) => t.text),
      isWord,
    ),
    // The people a Chinese interview names, in pinyin (魏则西: Wei Zexi), each interview on its own.
    ...namesInText(
      records.map((r) => simplified(r.turns.flatMap((t) => t.paragraphs).join('\n'))),
      isWord,
    ),
    ...cedict,
  ];
  const nameWords = [
    ...records.flatMap((r) => r.speakers.flatMap((s) => [s.name, ...(s.labels ?? [])])),
    ...glossary.flatMap((g) => [g.term, ...g.aliases]),
  ];
  const letters = buildDictionary(
    entries,
    bothScripts(siteText),
    wordnet && forReaders(wordnet),
    frequency && { frequency, names: nameWords.flatMap((name) => [name, simplified(name)]) },
    irregular,
  );
  // Chinese → English only where there is English to find: the interviews not in Chinese; and,
  // apart, the English that speakers of Chinese interviews switch to (纯Linear Attention是不Work的),
  // each run of it a line of one text, so a phrase never joins two runs.
  const chineseRecords = records.filter((r) => /^zh/i.test(r.language));
  const englishTexts = records
    .filter((r) => !chineseRecords.includes(r))
    .map((r) => r.turns.map((t) => t.paragraphs.join('\n')).join('\n'));
  const switched = chineseRecords.flatMap((r) => r.turns.flatMap((t) => t.paragraphs.flatMap((p) => p.match(LATIN_RUN) ?? [])));
  const chinese = englishTexts.length > 0 ? buildChineseDictionary(entries, englishTexts, wordnet?.synonyms) : [];
  const said = switched.length > 0 ? buildSwitchedDictionary(entries, switched.join('\n')) : [];
  const names = buildNameShards(speakerNames(records, turns, glossary, table, isWord, transliterations));
  const files = new Map<string, unknown>();
  const manifest: SearchManifest = {
    glossary: [...glossary],
    names: names.length,
    script: pairs,
    shards: shards.length,
    turns: turns.length,
    dictionary: Object.keys(letters),
    chinese: chinese.length,
    switched: said.length,
    bundles,
  };
  files.set(SEARCH_FILES.manifest, manifest);
  shards.forEach((shard, n) => files.set(SEARCH_FILES.grams(n), shard));
  for (let first = 0; first < turns.length; first += CHUNK_TURNS) {
    const chunk: TurnChunk = { first, turns: turns.slice(first, first + CHUNK_TURNS) };
    files.set(SEARCH_FILES.turns(first / CHUNK_TURNS), chunk);
  }
  for (const [letter, shard] of Object.entries(letters)) files.set(SEARCH_FILES.dictionary(letter), shard);
  chinese.forEach((shard, n) => files.set(SEARCH_FILES.chinese(n), shard));
  said.forEach((shard, n) => files.set(SEARCH_FILES.switched(n), shard));
  names.forEach((shard, n) => files.set(SEARCH_FILES.names(n), shard));
  return files;
}
