/**
 * Build-time only: OpenCC (opencc-js) as one-character converters to simplified Chinese, and
 * every character its tables know as traditional or as a regional variant.
 */
import * as OpenCC from 'opencc-js';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

const converters = (['tw', 'hk', 't'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));

/** Characters OpenCC can fold: the keys of its traditional and variant tables. */
export function traditionalCharacters(): string[] {
  const keys = (dict: string) => dict.split('|').map((entry) => entry.split(' ')[0]!);
  return [...new Set([TSCharacters, TWVariantsRev, HKVariantsRev].flatMap(keys))].filter((k) => [...k].length === 1);
}

/** One character to simplified Chinese (the first converter that changes it). */
export function toSimplified(char: string): string {
  for (const convert of converters) {
    const out = convert(char);
    if (out !== char) return out;
  }
  return char;
}
