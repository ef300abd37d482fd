import { describe, expect, test } from 'vitest';
import { excerpt } from '../../src/lib/search/excerpt.ts';
import { fold, foldForSearch } from '../../src/lib/fold.ts';
import { parseQuery, unitsOf } from '../../src/lib/search/query.ts';
import { prepareTurns, rankTurns, type SearchTurn } from '../../src/lib/search/rank.ts';

const glossary = [
  { term: '英伟达', aliases: ['Nvidia'] },
  { term: '汤姆·汉克斯', aliases: ['Tom Hanks'] },
  { term: '人工智能', aliases: ['AI'] },
];

const turn = (id: string, text: string, speaker = '周鸿祎'): SearchTurn => ({
  key: `i/${id}`,
  interview: 'i',
  id,
  url: `/i/t/#${id}`,
  speaker,
  role: 'interviewee',
  theme: 't',
  themeTitle: 'T',
  text,
});
const turns = prepareTurns([
  turn('a', '我争取用短小**的prompt问你问题。'),
  turn('b', '举个例子,你问所有GPT大模型,汤姆·汉克斯演过几个电影?'),
  turn('c', '再次证明大模型确实还是要比光刻机简单很多。\n不过昨天看到英伟达的黄仁勋发布了GH200芯片组。'),
  turn('d', '英伟达的微电子芯片,当时英伟达试图进军移动市场。'),
  turn('e', 'Language models, said the guest, are tools.'),
]);
const ids = (q: string) => rankTurns(turns, parseQuery(q, glossary)).map((h) => h.turn.id);

describe('folding for search', () => {
  test.each([
    ['ＧＰＴ４．０，', 'gpt40'],
    ['汤姆·汉克斯', '汤姆汉克斯'],
    ['短小**的 prompt', '短小的prompt'],
    ['“今夕是何年”', '今夕是何年'],
    ['Hugging  Face', 'huggingface'],
  ])('%j folds to %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  test('maps every folded character back to where it stands in the original', () => {
    const { folded, map } = foldForSearch('a, **B c');
    expect(folded).toBe('abc');
    expect(map).toEqual([0, 5, 7]);
  });

  test('a character NFKC expands maps every piece back to it; with a script table, fold and foldForSearch agree', () => {
    const script = new Map([
      ['數', '数'],
      ['據', '据'],
    ]);
    const text = '㍿的數據，ＡＩ與數據';
    const { folded, map } = foldForSearch(text, script);
    expect(folded).toBe('株式会社的数据ai與数据');
    expect(map).toEqual([0, 0, 0, 0, 1, 2, 3, 5, 6, 7, 8, 9]);
    expect(fold(text, script)).toBe(folded);
    expect(fold(text)).toBe('株式会社的數據ai與數據');
  });
});

describe('parsing a query', () => {
  test('quotes make an exact-phrase query', () => {
    expect(parseQuery('“比光刻机简单”')).toMatchObject({ phrase: true, variants: ['比光刻机简单'] });
    expect(parseQuery('"GPT4.0"')).toMatchObject({ phrase: true, variants: ['gpt40'] });
    expect(parseQuery('比光刻机简单').phrase).toBe(false);
  });

  test('a glossary alias adds the term as a variant; a Latin alias only as a whole word', () => {
    expect(parseQuery('Nvidia GH200', glossary).variants).toEqual(['nvidiagh200', '英伟达gh200']);
    expect(parseQuery('said', glossary).variants).toEqual(['said']);
    expect(parseQuery('AI safety', glossary).variants).toEqual(['aisafety', '人工智能safety']);
  });

  test('units are Latin words and pairs of Han characters', () => {
    expect(unitsOf('Hugging Face 的 Agent')).toEqual(['hugging', 'face', '的', 'agent']);
    expect(unitsOf('光刻机')).toEqual(['光刻', '刻机']);
  });
});

describe('ranking turns', () => {
  test('a quote crossing punctuation or a mask finds its turn, typed with or without them', () => {
    expect(ids('短小**的prompt')).toEqual(['a']);
    expect(ids('短小的prompt')).toEqual(['a']);
    expect(ids('证明大模型确实还是要比光刻机简单很多。不过')).toEqual(['c']);
  });

  test('a turn containing the whole query ranks above one containing only most of it', () => {
    const hits = rankTurns(turns, parseQuery('英伟达的黄仁勋', glossary));
    expect(hits.map((h) => [h.turn.id, h.kind])).toEqual([['c', 'exact']]);
    const partial = rankTurns(turns, parseQuery('大模型比光刻机简单'));
    expect(partial.map((h) => [h.turn.id, h.kind])).toEqual([['c', 'partial']]);
  });

  test('more occurrences rank first among exact matches; index scores order equals', () => {
    expect(ids('英伟达')).toEqual(['d', 'c']);
    const scores = new Map([['i/c', 1]]);
    expect(rankTurns(turns, parseQuery('芯片'), scores).map((h) => h.turn.id)).toEqual(['c', 'd']);
  });

  test('aliases find the term', () => {
    expect(ids('Tom Hanks')).toEqual(['b']);
    expect(ids('nvidia')).toEqual(['d', 'c']);
  });

  test('a query whose words do not occur finds nothing, not single-character coincidences', () => {
    expect(ids('量子计算机的未来')).toEqual([]);
    expect(ids('quantum computing')).toEqual([]);
  });

  test('a quoted phrase that does not occur exactly finds nothing', () => {
    expect(ids('大模型比光刻机简单')).toEqual(['c']);
    expect(ids('"大模型比光刻机简单"')).toEqual([]);
  });

  test('a plural finds the singular', () => {
    expect(ids('language model tools')).toEqual(['e']);
  });

  test('a word of the same family finds the turn, after one saying the word itself; a short stem finds nothing', () => {
    // The Stephan Livera podcast, Jack Dorsey: "we can't be entities that just take. We have to contribute …"
    const said = prepareTurns([
      turn('verb', 'Because contributing to such world will make us better.'),
      turn('noun', 'Their contributions were small.'),
      turn('gen', 'A whole generation grew up with it.'),
    ]);
    const found = (q: string) => rankTurns(said, parseQuery(q)).map((h) => h.turn.id);
    expect(found('contributions')).toEqual(['noun', 'verb']);
    expect(found('contribute')).toEqual(['verb', 'noun']);
    // general, generation, generous: all "gener".
    expect(found('general')).toEqual([]);
  });

  test('an ending that doubles a consonant finds the word: tipping is tip, stopped is stop; falling stays fall', () => {
    const said = prepareTurns([turn('tip', 'You can tip a creator directly.'), turn('fall', 'Prices fall, then stop.')]);
    const found = (q: string) => rankTurns(said, parseQuery(q)).map((h) => h.turn.id);
    expect(found('tipping creators')).toEqual(['tip']);
    expect(found('prices falling')).toEqual(['fall']);
    expect(found('stopped')).toEqual(['fall']);
  });

  test('a match takes in the query’s own punctuation at its ends, where the text has it', () => {
    const code = prepareTurns([turn('x', '别运行 <script>alert(1)</script> 这个')]);
    const [hit] = rankTurns(code, parseQuery('<script>alert(1)</script>'));
    expect(hit!.ranges.map(([a, b]) => hit!.turn.text.slice(a, b))).toEqual(['<script>alert(1)</script>']);
  });

  test('exact ranges cover the matched words in the original, masks included', () => {
    const [hit] = rankTurns(turns, parseQuery('短小的prompt'));
    expect(hit!.ranges.map(([a, b]) => hit!.turn.text.slice(a, b))).toEqual(['短小**的prompt']);
  });
});

describe('excerpts', () => {
  test('center on the longest match and mark it as one phrase', () => {
    const text = `${'前'.repeat(60)}关键的一句话${'后'.repeat(120)}`;
    const segments = excerpt(text, [[60, 66]]);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['关键的一句话']);
    expect(segments[0]!.text).toBe('…');
    expect(segments.at(-1)!.text).toBe('…');
  });

  test('of an English turn never cut a word at either end, and start at a sentence where one is near', () => {
    // From content/sources/practical-ai-225.txt, line 31 (Chris Benson).
    const text =
      "I think that's really, really widespread... It's funny, you've kind of enumerated a whole set of risks associated with that. Yesterday, just as a thing - you know, I have a particular employer, and thinking about public information, well-known public information about the lines of business that we have - it is publicly acknowledged and multiple sources out there...";
    const at = text.indexOf('public information');
    const segments = excerpt(text, [[at, at + 'public information'.length]]);
    const shown = segments.map((s) => s.text).join('');
    const words = shown.replace(/^…|…$/gu, '');
    expect(text.includes(words)).toBe(true);
    const from = text.indexOf(words);
    expect(from === 0 || /\s/u.test(text[from - 1]!), shown).toBe(true);
    expect(/[\s.,]/u.test(text[from + words.length] ?? ' ') || /[\s.,]$/u.test(words), shown).toBe(true);
    expect(words.length).toBeGreaterThan(120);
  });

  test('show a short turn whole', () => {
    expect(excerpt('很短。', [[0, 2]])).toEqual([
      { text: '很短', mark: true },
      { text: '。', mark: false },
    ]);
  });
});
