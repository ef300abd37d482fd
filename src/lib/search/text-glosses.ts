/**
 * The transcript's own glosses: a Chinese text often gives a term's original beside it on first
 * use — 限制条款（covenant）, 保险柜（vault）, or the other way round, IoT(物联网), CNN(卷积神经网络) —
 * and then says only the Chinese. Read as dictionary entries, they let a reader's English find
 * every turn about the term in the translator's own words, which no dictionary holds
 * (CC-CEDICT has 盟约 for "covenant", not 限制条款). Evidence from the text, so nothing is
 * guessed that the transcript does not say.
 */
import type { DictionaryEntry } from './dictionary.ts';

/** Longest term read before or inside brackets, in Han characters. */
const MAX_HAN = 8;
/** Shortest: a lone character is no term. */
const MIN_HAN = 2;

/** Latin words in brackets (one to four: a term, not a sentence), after Han text: 限制条款（covenant）. */
const HAN_THEN_LATIN = /(\p{Script=Han}+)[（(]\s*([A-Za-z][A-Za-z0-9.'’-]*(?: [A-Za-z0-9.'’-]+){0,3})\s*[）)]/gu;
/** Han text in brackets after Latin words (one to three): IoT(物联网), machine learning（机器学习）. */
const LATIN_THEN_HAN = /((?:[A-Za-z][A-Za-z0-9.'’-]* ){0,2}[A-Za-z][A-Za-z0-9.'’-]*)\s*[（(](\p{Script=Han}+)[）)]/gu;

/** A name of several words (State Street, Greg Maxwell): its Chinese may begin anywhere in the run before it. */
const NAME = /^[A-Z][a-z'’.-]*(?: [A-Z][a-z'’.-]*)+$/u;

/**
 * Every pair a text glosses, as dictionary entries (Chinese term → the English beside it). The
 * Chinese before an English gloss is a run of characters with no mark where the term begins:
 * the term is the ending of it the site says most, counted in characters (限制条款 said ten
 * times beats 条款 inside it, and 个限制条款 said twice), where it is said again at all; or
 * failing that the longest ending that is a dictionary word (`isWord`). An ending neither said
 * again nor a word is no term; nor is the Chinese before a name of several words (道富银行（State
 * Street）: 银行 is said again, but is no name).
 */
export function textGlosses(texts: readonly string[], isWord: (han: string) => boolean): DictionaryEntry[] {
  const site = texts.join('\n');
  const pairs = new Map<string, Set<string>>();
  const add = (han: string, english: string) => {
    if (!pairs.has(han)) pairs.set(han, new Set());
    pairs.get(han)!.add(english.replace(/’/g, "'"));
  };
  for (const text of texts) {
    for (const m of text.matchAll(HAN_THEN_LATIN)) {
      if (NAME.test(m[2]!)) continue;
      const term = termEnding(m[1]!, site, isWord);
      if (term) add(term, m[2]!);
    }
    for (const m of text.matchAll(LATIN_THEN_HAN)) {
      const han = m[2]!;
      if ([...han].length >= MIN_HAN && [...han].length <= MAX_HAN) add(han, m[1]!);
    }
  }
  return [...pairs.keys()].sort().map((simplified) => ({ simplified, english: [...pairs.get(simplified)!].sort() }));
}

/** The term a run of Han text ends with (see `textGlosses`), or none. */
function termEnding(run: string, site: string, isWord: (han: string) => boolean): string | undefined {
  const chars = [...run];
  const endings: { ending: string; weight: number }[] = [];
  for (let n = Math.min(MAX_HAN, chars.length); n >= MIN_HAN; n--) {
    const ending = chars.slice(-n).join('');
    const count = occurrences(site, ending);
    if (count >= 2) endings.push({ ending, weight: count * n });
  }
  const said = endings.reduce<(typeof endings)[number] | undefined>((best, e) => (!best || e.weight > best.weight ? e : best), undefined);
  if (said) return said.ending;
  for (let n = Math.min(MAX_HAN, chars.length); n >= MIN_HAN; n--) if (isWord(chars.slice(-n).join(''))) return chars.slice(-n).join('');
  return undefined;
}

function occurrences(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) count++;
  return count;
}
