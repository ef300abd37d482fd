/**
 * Build-time only: OpenCC (opencc-js) as one-character converters to simplified Chinese, every
 * character its tables know as traditional or as a regional variant, and the characters only one
 * script writes. Used by search, automatic themes and language detection.
 */
import * as OpenCC from 'opencc-js';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

const converters = (['tw', 'hk', 't'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));

/** The one-character keys of an OpenCC dictionary (each is one `key value…|…` string). */
const characterKeys = (dict: string) =>
  dict
    .split('|')
    .map((entry) => entry.split(' ')[0]!)
    .filter((k) => [...k].length === 1);

/** Characters OpenCC can fold: the keys of its traditional and variant tables. */
export function traditionalCharacters(): string[] {
  return [...new Set([TSCharacters, TWVariantsRev, HKVariantsRev].flatMap(characterKeys))];
}

/**
 * Characters only one script writes: the keys of OpenCC's traditional→simplified table, and of
 * its simplified→traditional one, without the few both list (藴, 麽 …), which say nothing.
 */
export function scriptOnlyCharacters(): { traditional: Set<string>; simplified: Set<string> } {
  const traditional = new Set(characterKeys(TSCharacters));
  const simplified = new Set(characterKeys(STCharacters));
  for (const c of [...traditional].filter((c) => simplified.has(c))) {
    traditional.delete(c);
    simplified.delete(c);
  }
  return { traditional, simplified };
}

/** One character to simplified Chinese (the first converter that changes it). */
export function toSimplified(char: string): string {
  for (const convert of converters) {
    const out = convert(char);
    if (out !== char) return out;
  }
  return char;
}
