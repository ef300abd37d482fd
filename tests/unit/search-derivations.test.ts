import { describe, expect, test } from 'vitest';
import { derivedForms } from '../../src/lib/search/derivations.ts';
import type { DictionaryEntry } from '../../src/lib/search/dictionary.ts';
import { smallSite } from '../support/search-turns.ts';

describe('a reader’s word in another part of speech than the gloss', () => {
  // CC-CEDICT's glosses, as the package gives them.
  const cedict: DictionaryEntry[] = [
    { simplified: '偏执', english: ['extreme and inflexible; fixated; stubborn in clinging to a notion', '(psychology) paranoid'] },
    { simplified: '焦虑', english: ['anxious', 'worried', 'apprehensive'] },
    { simplified: '魅力', english: ['charm', 'fascination', 'glamor', 'charisma'] },
    { simplified: '领导人', english: ['leader'] },
    { simplified: '拓扑学', english: ['topology'] },
  ];
  // 新闻实验室 no. 17 and 大川's notes (machine transcripts); the last two made for the test.
  const texts: Record<string, string> = {
    paranoid: '他对政府的那种偏执和妄想，一直到晚年都是这样',
    anxious: '那段时间我很焦虑，每天都睡不着',
    leaders: '他们都是那种魅力型的领导人',
    topologist: 'Dennis是一个拓扑学家，也是很好的老师',
  };
  const { ranked } = smallSite(cedict, texts);

  test('finds the gloss in the other form: paranoia → 偏执 "paranoid", anxiety → 焦虑 "anxious"', () => {
    expect(ranked('paranoia')[0]?.[0]).toBe('paranoid');
    expect(ranked('anxiety')[0]?.[0]).toBe('anxious');
  });

  test('word by word in a phrase: charismatic leaders → 魅力 and 领导人', () => {
    expect(ranked('charismatic leaders')[0]?.[0]).toBe('leaders');
  });

  test('a person by the -ist of the field: topologist → 拓扑学家', () => {
    expect(ranked('topologist')[0]?.[0]).toBe('topologist');
  });

  test('in the plural too: topologists, anxieties', () => {
    expect(ranked('topologists')[0]?.[0]).toBe('topologist');
    expect(ranked('anxieties')[0]?.[0]).toBe('anxious');
  });

  test('is never tried for a word the table glosses itself: organism is 生物, not 风琴手 "organist"', () => {
    const site = smallSite(
      [
        { simplified: '生物', english: ['organism', 'living creature'] },
        { simplified: '风琴手', english: ['organist'] },
      ],
      { creature: '这种生物很小', player: '他是教堂的风琴手' },
    );
    expect(site.ranked('organism').map(([id]) => id)).toEqual(['creature']);
    expect(site.ranked('organist').map(([id]) => id)).toEqual(['player']);
  });
});

describe('derived forms', () => {
  test('change the suffix, not the root', () => {
    expect(derivedForms('paranoia')).toEqual(['paranoid', 'paranoic', 'paranoiac']);
    expect(derivedForms('nationalist')).toEqual(['nationalism', 'nationaly']);
    expect(derivedForms('northwestern')).toEqual(['northwest']);
  });

  test('are no plural: diversity is diverse, not divers (diver); grossness is gross', () => {
    expect(derivedForms('diversity')).toEqual(['diverse']);
    expect(derivedForms('grossness')).toEqual(['gross']);
  });

  test('are none for a short word, nor shorter than five letters (legion is no leg)', () => {
    expect(derivedForms('legion')).toEqual([]);
    expect(derivedForms('sadness')).toEqual([]);
    expect(derivedForms('model')).toEqual([]);
  });
});
