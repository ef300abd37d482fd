/**
 * People a Chinese text names, in pinyin. Lines of 知行小酒馆 E194 (austery/youtube_transcripts,
 * E194知行小酒馆 癌症科普的坚持与两难.md) and of 面基 E146 (weisi-gu/xiaoyuzhou-podcast-notes, MIT).
 */
import { describe, expect, test } from 'vitest';
import { buildDictionary, lookupIn } from '../../src/lib/search/dictionary.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { rankedBy, searchTurns } from '../support/search-turns.ts';
import { namesInText } from '../../src/lib/search/text-names.ts';

const zhixing = [
  '您刚才讲魏则西的事情，那时大家还上搜索引擎主动搜索。',
  '魏则西事件之后，很多人才知道莆田系。',
  '王者荣耀我不玩。王者荣耀很火。',
  '李说话很快，李说话也很慢。',
];
const words = new Set(['王者', '说话', '搜索引擎']);
const isWord = (w: string) => words.has(w);

describe('people a Chinese text names', () => {
  test('are entries in pinyin, surname first and given name first', () => {
    expect(namesInText([zhixing.join('\n')], isWord)).toEqual([{ simplified: '魏则西', english: ['Wei Zexi', 'Zexi Wei'] }]);
  });

  test('a name said once, a word, or a run that begins or ends with a word is no name', () => {
    // 王者荣 begins with 王者, 李说话 ends with 说话 (and 说 is said, no name); 赵长鹏 is said once in this text.
    expect(namesInText(['币安的赵长鹏。', zhixing.slice(2).join('\n')], isWord)).toEqual([]);
    // Twice in one text, not once in each of two.
    expect(namesInText(['赵长鹏说了', '赵长鹏也说了'], isWord)).toEqual([]);
    expect(namesInText(['赵长鹏说了，赵长鹏也说了'], isWord).map((e) => e.simplified)).toEqual(['赵长鹏']);
  });

  test('an English reader finds the turns about that person by the name in pinyin, either order', () => {
    const texts = { a: zhixing[0]!, b: zhixing[1]!, c: '我们聊聊莆田系。' };
    const entries = namesInText([Object.values(texts).join('\n')], isWord);
    const table = lookupIn(new Map(Object.entries(buildDictionary(entries, Object.values(texts).join('\n')))));
    const ranked = rankedBy(searchTurns(texts), table);
    expect(ranked('Wei Zexi').map(([id]) => id)).toEqual(['a', 'b']);
    expect(ranked('Zexi Wei').map(([id]) => id)).toEqual(['a', 'b']);
    expect(
      parseQuery('weizexi', { dictionary: table })
        .body.parts.flat()
        .flatMap((p) => p.alternatives),
    ).toContain('魏则西');
  });
});
