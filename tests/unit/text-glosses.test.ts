/**
 * The transcript's own glosses as dictionary entries: a term's original in brackets beside it.
 * Texts are lines of the seed (content/sources/zhou-hongyi-2023-05-31.txt) and of the Chinese
 * translation of the TABConf 2021 "Covenants" panel (bitcointranscripts/bitcointranscripts,
 * tabconf/2021/2021-11-05-jeremy-rubin-andrew-poelstra-covenants.zh.md, MIT licence).
 */
import { describe, expect, test } from 'vitest';
import { buildChineseDictionary, buildDictionary, lookupIn } from '../../src/lib/search/dictionary.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { prepareTurns, rankTurns } from '../../src/lib/search/rank.ts';
import { textGlosses } from '../../src/lib/search/text-glosses.ts';

const covenants = [
  'SA：言归正传，限制条款（covenant）。这个术语有宗教和法律方面的历史语境。大多数人理解的可能是物权法范畴内的概念，比如使用限制条款来约束土地的用途。',
  '我觉得限制条款最重要的用途是保险柜（vault）。',
  '那么，一种递归的限制条款是什么样的呢？',
  '比如说，当人要从事道富银行（State Street）那样的业务，银行就会……',
];
const seed = [
  '甚至是将来在IoT(物联网)设备上部署。',
  'CNN(卷积神经网络)、DNN(深度神经网络)都是这样。',
  '我那时和一个创业者一起想要用芯片做家用游戏机的console game(手柄游戏)。',
];
const words = new Set(['保险柜', '银行', '物联网']);
const isWord = (w: string) => words.has(w);

describe("a transcript's own glosses", () => {
  test('a term with its original in brackets is an entry, either way round', () => {
    const found = textGlosses([...covenants, ...seed], isWord);
    expect(found).toEqual(
      expect.arrayContaining([
        { simplified: '限制条款', english: ['covenant'] },
        { simplified: '保险柜', english: ['vault'] },
        { simplified: '物联网', english: ['IoT'] },
        { simplified: '卷积神经网络', english: ['CNN'] },
        { simplified: '手柄游戏', english: ['console game'] },
      ]),
    );
  });

  test('the term before an English gloss is the ending the site says again, counted in characters', () => {
    // 言归正传，限制条款 — the comma ends the run; within 使用限制条款 it is 限制条款 the site repeats, not 条款 alone.
    const found = textGlosses(['比如使用限制条款（covenant）来约束', '一种递归的限制条款', '限制条款的历史'], () => false);
    expect(found).toEqual([{ simplified: '限制条款', english: ['covenant'] }]);
  });

  test('a name of several words, or an ending neither said again nor a word, glosses nothing', () => {
    const found = textGlosses(covenants, isWord).map((e) => e.simplified);
    expect(found).not.toContain('银行');
    expect(found).not.toContain('道富银行');
    expect(textGlosses(['子为父偿（CPFP）'], () => false)).toEqual([]);
  });

  test("an English query finds every turn in the translator's word, not only the one that gives the original", () => {
    // With CC-CEDICT's word for the other word of a phrase (递归 "recursive").
    const entries = [...textGlosses(covenants, isWord), { simplified: '递归', english: ['recursion', 'recursive'] }];
    const dictionary = lookupIn(new Map(Object.entries(buildDictionary(entries, covenants.join('\n')))));
    const turns = prepareTurns(
      covenants.map((text, i) => ({
        key: `c/${i}`,
        interview: 'c',
        id: `${i}`,
        url: `/c/#${i}`,
        speaker: 'Andrew Poelstra',
        role: 'interviewee',
        theme: 't',
        themeTitle: 'T',
        text,
      })),
    );
    const found = rankTurns(turns, parseQuery('covenant', { dictionary })).map((h) => h.turn.id);
    expect(found.sort()).toEqual(['0', '1', '2']);
    expect(rankTurns(turns, parseQuery('recursive covenant', { dictionary })).map((h) => h.turn.id)).toEqual(['2']);
  });

  test("a Chinese query reads the translator's word first on the English original, then the dictionary's", () => {
    // CC-CEDICT glosses 保险柜 "safe"; the translation says 保险柜（vault）; the original says both words.
    const entries = [...textGlosses(covenants, isWord), { simplified: '保险柜', english: ['safe', 'strongbox'] }];
    const original = 'Vaults are the canonical use case. Is it safe and expressive?';
    const table = Object.assign({}, ...buildChineseDictionary(entries, [original])) as Record<string, string[]>;
    expect(table['保险柜']).toEqual(['vaults', 'safe']);
  });
});
