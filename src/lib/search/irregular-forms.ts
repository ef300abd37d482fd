/**
 * Build time only: English words whose inflection no ending rule undoes — paid (pay), bought
 * (buy), written (write), children (child), analyses (analysis) — each with the word it is a
 * form of, so the cross-language table can hold them as keys: a reader types "paid content"
 * for 内容付费, and the query's ending rules (`dictionary.ts`) make "paid" nothing but "pai".
 * From en-inflectors' conjugation table (5,000 verbs) and the `irregular-plurals` list.
 */
import { infinitives } from 'en-inflectors';
import irregularPlurals from 'irregular-plurals';
import { inflectionKey, wordKey } from './dictionary.ts';

/** Irregular form → the word it is a form of (lower case). */
export type IrregularForms = ReadonlyMap<string, string>;

/**
 * The forms of each word that the ending rules do not lead back to it (by inflection or by
 * stem): paid for pay and children for child, not paying or walked. A form that is also a word
 * of its own is left to its own glosses by the table (`buildDictionary` adds only new keys).
 */
export function irregularForms(words: Iterable<readonly [string, readonly string[]]>): IrregularForms {
  const found = new Map<string, string>();
  for (const [word, forms] of words) {
    for (const form of forms) {
      const f = form.toLowerCase();
      if (f === word || !/^[a-z]+$/.test(f) || found.has(f)) continue;
      if (inflectionKey(f) === word || wordKey(f) === wordKey(word)) continue;
      found.set(f, word);
    }
  }
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The irregular forms of English verbs and nouns, from the two packages: the build's I/O edge. */
export function readIrregularForms(): IrregularForms {
  return irregularForms([
    ...Object.entries(infinitives).map(([verb, forms]) => [verb, forms] as const),
    ...[...irregularPlurals].map(([noun, plural]) => [noun, [plural]] as const),
  ]);
}
