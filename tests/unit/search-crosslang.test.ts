/**
 * Cross-language search beyond a gloss that matches word for word: glosses as readers word
 * them (hyphens, filler words, a head with another modifier), the closest translation first,
 * compounds that are idioms, and quotes remembered in another order. Texts are short excerpts
 * of the seed (content/sources/zhou-hongyi-2023-05-31.txt) and of practical-ai-225.
 */
import { describe, expect, test } from 'vitest';
import { buildChineseDictionary, buildDictionary, lookupIn, translate, type DictionaryEntry } from '../../src/lib/search/dictionary.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { prepareTurns, rankTurns, type SearchTurn } from '../../src/lib/search/rank.ts';
import { buildScriptTable, parseScriptTable } from '../../src/lib/search/script-table.ts';
import { toSimplified, traditionalCharacters } from '../../src/lib/search/opencc.ts';
import { fold } from '../../src/lib/fold.ts';
import { forReaders, parseWordNet } from '../../src/lib/search/wordnet.ts';
import { buildSearchData } from '../../src/lib/search/build-data.ts';
import type { InterviewRecord } from '../../src/schemas/generated.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/paths.ts';
import { irregularForms, readIrregularForms } from '../../src/lib/search/irregular-forms.ts';
import { rankedBy, searchTurns, smallSite } from '../support/search-turns.ts';

const entries: DictionaryEntry[] = [
  { simplified: '物联网', english: ['Internet of things (IoT)'] },
  { simplified: '全职', english: ['full-time (job)'] },
  { simplified: '员工', english: ['staff; personnel; employee'] },
  { simplified: '中小企业', english: ['small and medium enterprise'] },
  { simplified: '发布会', english: ['news conference', 'briefing'] },
  { simplified: 'U盘', english: ['USB flash drive; thumb drive'] },
  { simplified: '法律', english: ['law'] },
  { simplified: '行业', english: ['industry', 'profession'] },
  { simplified: '可能', english: ['might (happen)', 'possible', 'probable', 'possibility', 'probability', 'maybe'] },
  { simplified: '概率', english: ['probability (math.)'] },
  { simplified: '流浪', english: ['to drift about', 'to wander', 'to roam', 'nomadic', 'homeless', 'unsettled', 'vagrant'] },
  { simplified: '真正', english: ['genuine', 'real', 'true'] },
  { simplified: '产业', english: ['industry', 'estate', 'property'] },
  { simplified: '房地产', english: ['real estate'] },
  { simplified: '训练', english: ['to train', 'training'] },
  { simplified: '数据', english: ['data'] },
  { simplified: '训练数据', english: ['training data'] },
  { simplified: '决策', english: ['strategic decision', 'decision-making', 'policy decision', 'to determine policy'] },
  { simplified: '商业', english: ['business', 'trade', 'commerce'] },
  { simplified: '大学', english: ['university', 'college', 'the Great Learning'] },
];

const zh: Record<string, string> = {
  iot: '小到一台机器可以微调,甚至是将来在IoT(物联网)设备上部署。',
  sme: '就是打造企业级、行业级的GPT,包括面向中小企业的GPT。',
  launch: '今天下午我会参加我们公司一个视觉大模型和智能设备结合的发布会。',
  usb: '把你的人生拷贝在U盘里面,然后插在一台超级计算机。',
  law: '美国有一个例子就是一家公司打造了法律行业的大模型。',
  maybe: '可能训练一个月后发现是一地鸡毛,还得从头训练。',
  odds: '我猜跟训练过程中内部概率统计的参数变化有关系。',
  film: '《流浪地球2》就描绘了数字影像。',
  tramp: '今天一个流浪汉也任何人都能拿出手机刷短视频。',
  real: '真正搭建符合自己企业、产业、行业需要的模型。',
  data: '训练的数据和训练的方法现在一样重要了。',
  generic: '但缺乏行业深度,因为它太通用了。',
  college: '这不妨碍我们培训出来一个211或者985的大学本科生。',
};
const siteText = Object.values(zh).join('\n');
/** As WordNet has it: real estate is a noun of two words (training data is none), legal pertains to law. */
const thesaurus = new Map([
  ['real estate', ['realty']],
  ['legal', ['law']],
]);
const dictionary = lookupIn(new Map(Object.entries(buildDictionary(entries, siteText, thesaurus))));
const turns = searchTurns(zh, { interview: 'seed', speaker: '周鸿祎' });
const ids = (q: string) => rankTurns(turns, parseQuery(q, { dictionary })).map((h) => h.turn.id);
const headwords = (words: string[]) => translate(words, dictionary).map((t) => t.headwords);

describe('English phrases as the dictionary words them', () => {
  test('filler words and hyphens count as the glosses count them', () => {
    expect(headwords(['internet', 'of', 'things'])).toEqual([['物联网']]);
    expect(ids('Internet of Things')).toEqual(['iot']);
  });

  test('a phrase of four words the dictionary names at once is translated, not read as a sentence', () => {
    expect(ids('small and medium enterprises')).toEqual(['sme']);
  });

  test('a phrase with a word of no translation finds a gloss with the same head', () => {
    expect(headwords(['press', 'conference'])).toEqual([['发布会']]);
    expect(headwords(['flash', 'drive'])).toEqual([['U盘']]);
    expect(ids('press conference')).toEqual(['launch']);
  });

  test('a name is no gloss with a head (the Great Learning is no kind of learning)', () => {
    expect(headwords(['reinforcement', 'learning'])).toEqual([]);
    expect(ids('reinforcement learning')).toEqual([]);
  });

  test('a particle is no head: a phrase ending in "up" is no kind of "stand up"', () => {
    // From the 莫言 and 余华 interview: "thumbs up" found 起来 and 支撑 by the head "up".
    const withParticles: DictionaryEntry[] = [
      { simplified: '起来', english: ['to stand up', 'to get up'] },
      { simplified: '大拇指', english: ['thumb'] },
    ];
    const text = '大家都站起来了。他们给我竖了个大拇指。';
    const particles = lookupIn(new Map(Object.entries(buildDictionary(withParticles, text))));
    expect(translate(['thumbs', 'up'], particles).map((t) => t.headwords)).toEqual([['大拇指']]);
  });

  test('a gloss a preposition opens has no head: "weight loss" is not "at a loss"', () => {
    // Web3 101 (对话匹马): 没法 "at a loss" answered an absent topic.
    const atALoss: DictionaryEntry[] = [{ simplified: '没法', english: ['at a loss', 'unable to do anything about it'] }];
    const text = '你跌的时候你没法出，你跑不了。';
    const table = lookupIn(new Map(Object.entries(buildDictionary(atALoss, text))));
    expect(translate(['weight', 'loss'], table)).toEqual([]);
    expect(translate(['at', 'a', 'loss'], table).map((t) => t.headwords)).toEqual([['没法']]);
  });

  test("nor one of a word's later senses, a rare use: coffee is not 浓缩 'to concentrate … espresso coffee'", () => {
    // Web3 101 (对话匹马): an absent topic found the guest's 浓缩的一些话.
    const concentrate: DictionaryEntry[] = [
      {
        simplified: '浓缩',
        english: [
          'to concentrate; to condense',
          '(nuclear energy) to enrich',
          'espresso coffee (abbr. for 意式濃縮咖啡|意式浓缩咖啡[Yi4 shi4 nong2 suo1 ka1 fei1])',
        ],
      },
      { simplified: '决策', english: ['strategic decision', 'decision-making'] },
    ];
    const text = '很好地能给你浓缩的一些话。这是决策。';
    const table = lookupIn(new Map(Object.entries(buildDictionary(concentrate, text))));
    expect(translate(['coffee'], table)).toEqual([]);
    expect(translate(['espresso', 'coffee'], table).map((t) => t.headwords)).toEqual([['浓缩']]);
    expect(translate(['policy', 'decision'], table).map((t) => t.headwords)).toEqual([['决策']]);
  });

  test('nor one a preposition links inside: "climate change" is not 一成不变 "impervious to change"', () => {
    // Web3 101 (对话匹马): an absent topic found the guest's 不能一成不变地用.
    const unchanging: DictionaryEntry[] = [
      { simplified: '一成不变', english: ['(idiom) immutable; impervious to change; set in stone'] },
      { simplified: '重大', english: ['great; weighty; major; significant'] },
      { simplified: '变化', english: ['change; variation'] },
    ];
    const text = '很多东西你不能一成不变地用。这是重大变化。';
    const table = lookupIn(new Map(Object.entries(buildDictionary(unchanging, text))));
    expect(translate(['climate', 'change'], table).map((t) => t.headwords)).toEqual([['变化']]);
    expect(translate(['impervious', 'to', 'change'], table).map((t) => t.headwords)).toEqual([['一成不变']]);
  });

  test('a phrase whose words each translate is translated word by word, not by its head', () => {
    expect(headwords(['legal', 'industry'])).toEqual([['法律'], ['产业', '行业']]);
    expect(ids('legal industry')[0]).toBe('law');
  });
});

describe('compounds written as one word or two', () => {
  // CC-CEDICT glosses 侧链 "side chain"; the Covenants panel says "sidechains", its translation 侧链.
  const chain = [{ simplified: '侧链', english: ['side chain'] }];
  const text = '把资产转移到侧链上。';

  test("a reader's one word finds a gloss of two", () => {
    const table = lookupIn(new Map(Object.entries(buildDictionary(chain, text))));
    expect(translate(['sidechains'], table).map((t) => t.headwords)).toEqual([['侧链']]);
    expect(translate(['side', 'chain'], table).map((t) => t.headwords)).toEqual([['侧链']]);
  });

  test("a gloss of two words meets the text's one", () => {
    const table = Object.assign({}, ...buildChineseDictionary(chain, ['Move the coins to sidechains.'])) as Record<string, string[]>;
    expect(table['侧链']).toEqual(['sidechains']);
  });

  test('"be" carries no meaning in a gloss: skepticism finds 怀疑 "to be skeptical of"', () => {
    const doubt = [{ simplified: '怀疑', english: ['to doubt (sth)', 'to be skeptical of', 'to suspect that'] }];
    const table = lookupIn(new Map(Object.entries(buildDictionary(doubt, '我对这个很怀疑。'))));
    expect(translate(['skepticism'], table).map((t) => t.headwords)).toEqual([['怀疑']]);
  });
});

describe('glosses that are no meaning', () => {
  test('a cross-reference ("same as …") is not a translation', () => {
    const table = buildDictionary([{ simplified: '吹牛皮', english: ['same as 吹牛[chui1 niu2]', 'to boast'] }], '别吹牛皮');
    expect(table).toEqual({ b: { boast: ['吹牛皮'] } });
  });
});

describe('the closest translation first', () => {
  test("a key's headwords come in the order of the sense that names them", () => {
    expect(headwords(['probability'])).toEqual([['概率', '可能']]);
  });

  test('a turn with the closer translation ranks first', () => {
    expect(ids('probability')).toEqual(['odds', 'maybe']);
  });

  test('a word found only inside a book title ranks below the same word in the text', () => {
    expect(ids('homeless')).toEqual(['tramp', 'film']);
  });
});

describe('compounds that are idioms', () => {
  test('a compound the dictionary names with a word of other parts is not translated word by word', () => {
    expect(headwords(['real', 'estate'])).toEqual([[]]);
    expect(ids('real estate')).toEqual([]);
  });

  test('a compound made of its parts still is', () => {
    expect(ids('training data')).toEqual(['data']);
  });

  test('WordNet names compounds of several words, with the single words they stand for', () => {
    const wordnet = parseWordNet([
      {
        pos: 'noun',
        index: 'real_estate n 1 0 1 1 13246662  \nrealty n 1 0 1 1 13246662  ',
        data: '13246662 21 n 02 real_estate 0 realty 0 000 | property consisting of houses and land  ',
      },
    ]);
    expect(wordnet.synonyms.get('real estate')).toEqual(['realty']);
    expect(wordnet.synonyms.get('realty')).toBeUndefined();
  });
});

describe('adjectives in the thesaurus', () => {
  test('an adjective found in use stands for the words of its first synset; one never found in use for none', () => {
    const wordnet = parseWordNet([
      {
        pos: 'adj',
        index: ['humble a 2 5 ! & ^ = + 2 2 02348528 01899020  ', 'brag a 1 2 & ; 1 0 02350569  '].join('\n'),
        data: [
          '02348528 00 s 02 humble 0 modest 0 000 | low or inferior in station or quality  ',
          '01899020 00 a 01 humble 0 000 | marked by meekness  ',
          '02350569 00 s 02 brag 0 great 0 000 | very good  ',
        ].join('\n'),
      },
    ]);
    expect(wordnet.synonyms.get('humble')).toEqual(['modest']);
    expect(wordnet.synonyms.get('brag')).toBeUndefined();
  });
});

describe('derived forms in the thesaurus', () => {
  // WordNet 3.0's lines for empathy (a noun, its first sense deriving to the verb) and the verb.
  const wordnet = parseWordNet([
    {
      pos: 'noun',
      index: 'empathy n 1 2 @ + 1 0 07570421  ',
      data: "07570421 12 n 01 empathy 0 002 @ 07553301 n 0000 + 01820302 v 0101 | understanding and entering into another's feelings  ",
    },
    {
      pos: 'verb',
      index: 'empathize v 1 2 @ + 1 0 01820302  ',
      data: '01820302 37 v 02 empathize 0 empathise 0 001 + 07570421 n 0101 01 + 08 00 | be understanding of  ',
    },
  ]);

  test("a noun's first sense has its derived forms apart from its synonyms; a verb's own synonyms are none", () => {
    expect(wordnet.derived.get('empathy')).toEqual(['empathize']);
    expect(wordnet.synonyms.get('empathy')).toBeUndefined();
    expect(wordnet.synonyms.get('empathize')).toBeUndefined();
    expect(forReaders(wordnet).get('empathy')).toEqual(['empathize']);
  });

  test('so a word no gloss names finds the word glossed by its derived form (empathy → 共情 "to empathize")', () => {
    // 大川 on a Japanese school essay (dachuan-2025-07-10).
    const text = '日本的作文教育特别强调共情能力。';
    const table = lookupIn(
      new Map(Object.entries(buildDictionary([{ simplified: '共情', english: ['to empathize'] }], text, forReaders(wordnet)))),
    );
    expect(translate(['empathy'], table).map((t) => t.headwords)).toEqual([['共情']]);
  });
});

describe('a common word beside its noun', () => {
  const cedict: DictionaryEntry[] = [
    { simplified: '看', english: ['to see; to look at', 'to read', 'to watch'] },
    { simplified: '电影', english: ['movie; film'] },
  ];
  // 莫言余华 (People's Daily), Whisper's words; the second is made for the test.
  const texts: Record<string, string> = {
    films: '那时候我们最爱看什么电影，就是露天的',
    cinema: '电影院离我家很远，我只能在家看书',
  };
  const { ranked } = smallSite(cedict, texts);

  test('a verb too common to find a turn alone counts a few characters from the noun, in the same clause: watch movies → 看什么电影', () => {
    expect(ranked('watch movies').map(([id]) => id)).toEqual(['films']);
  });
});

describe('function words in a keyword query', () => {
  const cedict: DictionaryEntry[] = [
    { simplified: '大拇指', english: ['thumb'] },
    { simplified: '儿子', english: ['son'] },
    { simplified: '我', english: ['I; me; my'] },
  ];
  // 莫言余华 (People's Daily), Whisper's words.
  const texts: Record<string, string> = { thumb: '大家给他竖了个大拇指', son: '我儿子那时候还小' };
  const { ranked } = smallSite(cedict, texts);

  test('are no keywords: the other words decide (thumbs up → 大拇指)', () => {
    expect(ranked('thumbs up')).toEqual([['thumb', 'partial']]);
  });

  test('still make the phrase they are part of (my son → 我儿子)', () => {
    expect(ranked('my son')[0]).toEqual(['son', 'exact']);
  });
});

describe('Chinese for English', () => {
  const table = Object.assign(
    {},
    ...buildChineseDictionary(entries, ['Making actual business decisions. Savings per 100 full-time employees.']),
  ) as Record<string, string[]>;

  test('a hyphened gloss meets the text', () => {
    expect(table['全职']).toEqual(['full time']);
  });

  test("each interview's closest reading counts: one saying the gloss does not hide another saying it otherwise", () => {
    // CC-CEDICT's 运营; the Covenants panel says "in operation", Practical AI 225 "operating costs".
    const operate = [{ simplified: '运营', english: ['to be in operation', 'to do business', 'operation', 'service'] }];
    const texts = ['Is it in operation yet? Look at the same problem.', 'Your operating costs go down.'];
    const both = Object.assign({}, ...buildChineseDictionary(operate, texts)) as Record<string, string[]>;
    expect(both['运营']).toEqual(['in operation', 'operation', 'operating']);
    // A gloss said without its last word must leave words of substance: "at [the] same [time]" is none.
    const meanwhile = Object.assign({}, ...buildChineseDictionary([{ simplified: '同时', english: ['at the same time'] }], texts));
    expect(meanwhile['同时']).toBeUndefined();
  });

  test("one interview's loose reading does not come before another's close one", () => {
    // CC-CEDICT's 化名; Founders Talk #7 says "name", the Stephan Livera podcast "pseudonymity".
    const alias = [{ simplified: '化名', english: ['to go by an alias; to assume a false name', 'alias; pseudonym; assumed name'] }];
    const texts = ['What was the name of the company?', 'Pseudonymity matters to them.'];
    const read = Object.assign({}, ...buildChineseDictionary(alias, texts)) as Record<string, string[]>;
    // By its stem in the second text (pseudonym), by its head only in the first (assumed name → name).
    expect(read['化名']).toEqual(['pseudonymity', 'name']);
  });

  test("a short word whose glosses share a head meets the head in the text, a hyphened compound's last word does not", () => {
    expect(table['决策']).toEqual(['decisions']);
  });
});

describe('quotes remembered in another order', () => {
  test('a clause moved and a word swapped still finds the turn', () => {
    expect(ids('它太通用了所以缺少行业深度')).toEqual(['generic']);
  });
});

describe('one-character words', () => {
  // As CC-CEDICT has them; the counts are jieba's for each character as a word of its own.
  const cedict: DictionaryEntry[] = [
    { simplified: '熵', english: ['entropy (character created in 1923)'] },
    { simplified: '桥', english: ['bridge', 'CL:座[zuo4]'] },
    { simplified: '门', english: ['gate', 'door', 'CL:扇[shan4]'] },
    { simplified: '部门', english: ['department', 'branch', 'section', 'division', 'CL:個|个[ge4]'] },
    { simplified: '发', english: ['to send out', "to show (one's feeling)", 'to issue', 'to develop'] },
    { simplified: '发', english: ['hair', 'Taiwan pr. [fa3]'] },
    { simplified: '骆', english: ['camel', 'white horse with a black mane (archaic)', 'surname Luo'] },
    { simplified: '德', english: ['Germany', 'German', 'abbr. for 德國|德国[De2 guo2]'] },
    { simplified: '桥梁', english: ['bridge (lit. and fig.)'] },
  ];
  const frequency = new Map([
    ['熵', 189],
    ['桥', 8499],
    ['门', 39823],
    ['发', 9000],
    ['骆', 300],
    ['德', 9549],
  ]);
  // The Covenants panel in translation (熵, 桥), the seed's host (骆轶航), a department and a hair-free 发.
  const text = '关上门。最终都变成熵的来源。就像有一条河需要限制条款造的桥才能渡过。骆轶航：这个部门发了一个通知。德国';
  const table = (site: string) =>
    lookupIn(new Map(Object.entries(buildDictionary(cedict, site, new Map(), { frequency, names: ['骆轶航'] }))));

  test('a word no longer headword translates finds the one character that means it', () => {
    expect(translate(['entropy'], table(text)).map((t) => t.headwords)).toEqual([['熵']]);
    expect(translate(['bridge'], table(text)).map((t) => t.headwords)).toEqual([['桥']]);
  });

  test('a longer headword in the site comes instead', () => {
    expect(translate(['bridge'], table(`${text}桥梁`)).map((t) => t.headwords)).toEqual([['桥梁']]);
  });

  test('not a character met only inside a longer word or a name, common as a word, of two meanings, or abbreviating a name', () => {
    for (const word of ['door', 'camel', 'hair', 'germany']) expect(translate([word], table(text))).toEqual([]);
  });

  test('without counts of characters as words, no one-character word is a translation', () => {
    const bare = lookupIn(new Map(Object.entries(buildDictionary(cedict, text))));
    expect(translate(['entropy'], bare)).toEqual([]);
  });
});

describe('glosses with furniture around the word', () => {
  // As CC-CEDICT has them.
  const cedict: DictionaryEntry[] = [
    { simplified: '演讲', english: ['to give a lecture; to make a speech'] },
    { simplified: '突破', english: ['to break through', 'to make a breakthrough', 'to surmount (an obstacle)'] },
    { simplified: '上海', english: ['Shanghai municipality (abbr. to 滬|沪[Hu4])'] },
    { simplified: '青岛', english: ['see 青島市|青岛市[Qing1 dao3 Shi4]'] },
    { simplified: '青岛市', english: ['Qingdao, sub-provincial city in Shandong Province 山東省|山东省[Shan1 dong1 Sheng3]'] },
    { simplified: '村庄', english: ['village', 'hamlet', 'CL:座[zuo4]'] },
    { simplified: '江南', english: ['south of Yangtze River', 'south of the lower reaches of the Changjiang'] },
  ];
  // 莫言余华 (People's Daily), Whisper's words.
  const table = lookupIn(new Map(Object.entries(buildDictionary(cedict, '余华的演讲 从上海到青岛 想办法突破 很多村庄的 江南'))));
  const found = (word: string) => translate([word], table).map((t) => t.headwords);

  test('the noun after a light verb is a translation: speech, breakthrough', () => {
    expect(found('speech')).toEqual([['演讲']]);
    expect(found('lecture')).toEqual([['演讲']]);
    expect(found('breakthrough')).toEqual([['突破']]);
  });

  test('a place is its name: Shanghai municipality is Shanghai; a village is no name', () => {
    expect(found('shanghai')).toEqual([['上海']]);
    expect(found('village')).toEqual([['村庄']]);
    expect(found('south')).toEqual([]);
  });

  test('a word that only points to another has that one’s glosses', () => {
    expect(found('qingdao')).toEqual([['青岛']]);
  });
});

describe('common one-character words beside the others', () => {
  const cedict: DictionaryEntry[] = [
    { simplified: '大', english: ['big; large; great', 'older (than another person)'] },
    { simplified: '城市', english: ['city', 'town', 'CL:座[zuo4]'] },
    { simplified: '我', english: ['I; me; my'] },
    { simplified: '儿子', english: ['son'] },
  ];
  // 莫言余华 (People's Daily), Whisper's words.
  const texts: Record<string, string> = {
    city: '我站在人生的十字路口 我要留在大城市 我还是回老家',
    son: '我儿子那时候还小',
    big: '这个问题很大 城市里的年轻人',
  };
  const { ranked } = smallSite(cedict, texts);

  test('stand for their word side by side with the query’s other words: big city → 大城市, my son → 我儿子', () => {
    expect(ranked('big city')[0]).toEqual(['city', 'exact']);
    expect(ranked('my son')[0]).toEqual(['son', 'exact']);
  });

  test('never alone', () => {
    expect(ranked('big')).toEqual([]);
    expect(ranked('my')).toEqual([]);
  });

  test('never a particle: 的 is "taxi" only as 的士, and 他们的司机 says no taxi driver', () => {
    // audreyt/transcript, 2016-11-16 press tea: Uber's drivers, and the taxis as 計程車.
    const taxis: DictionaryEntry[] = [
      { simplified: '的', english: ["of; ~'s (possessive particle)", '(used after an attribute when it modifies a noun)'] },
      { simplified: '的', english: ['a taxi; a cab (abbr. for 的士[di1 shi4])'] },
      { simplified: '的士', english: ['taxi (loanword)'] },
      { simplified: '司机', english: ['chauffeur', 'driver'] },
      { simplified: '计程车', english: ['(Tw) taxi', 'cab'] },
    ];
    const { ranked } = smallSite(taxis, {
      uber: '他们的司机都去取得职业驾驶执照。',
      taxi: '包含Uber乘客、司机及计程车乘客。',
    });
    expect(ranked('taxi drivers')[0]).toEqual(['taxi', 'partial']);
  });
});

describe('glosses as readers word them', () => {
  const cedict: DictionaryEntry[] = [
    { simplified: '胡子', english: ['beard', 'mustache or whiskers', 'facial hair'] },
    { simplified: '体验', english: ['to experience for oneself'] },
    { simplified: '外国', english: ['foreign country'] },
    { simplified: '小说', english: ['novel', 'fiction', 'CL:本[ben3],部[bu4]'] },
    { simplified: '小', english: ['small', 'tiny', 'few', 'young'] },
    { simplified: '车', english: ['car', 'vehicle', 'CL:輛|辆[liang4]', 'machine'] },
    { simplified: '生活', english: ['to live', 'life', 'livelihood'] },
  ];
  // 莫言 and 余华 (People's Daily), Whisper's words.
  const texts: Record<string, string> = {
    beard: '留着小胡子',
    life: '通过体验生活 再通过一些别的方式',
    novels: '那本外国小说前后都少了十多页',
    car: '就是那个菲亚特的那个小车',
  };
  const { table, ranked } = smallSite(cedict, texts);

  test("a reader's phrase inside a gloss too long to name a thing finds it: once and for all → 一劳永逸", () => {
    const idiom = lookupIn(
      new Map(Object.entries(buildDictionary([{ simplified: '一劳永逸', english: ['to get sth done once and for all'] }], '就一劳永逸了'))),
    );
    expect(translate(['once', 'and', 'for', 'all'], idiom).map((t) => t.headwords)).toEqual([['一劳永逸']]);
    expect(translate(['get', 'done'], idiom).map((t) => t.headwords)).toEqual([['一劳永逸']]);
    // No phrase begins or ends with a little word, and a word alone is no phrase.
    expect(translate(['and', 'for'], idiom)).toEqual([]);
    expect(translate(['once'], idiom)).toEqual([]);
  });

  test("not inside a name's gloss: Nobel Prize is not 莫言 'Mo Yan (1955-), Chinese novelist, winner of 2012 Nobel Prize in Literature'", () => {
    const name = lookupIn(
      new Map(
        Object.entries(
          buildDictionary(
            [{ simplified: '莫言', english: ['Mo Yan (1955-), Chinese novelist, winner of 2012 Nobel Prize in Literature'] }],
            '莫言老师',
          ),
        ),
      ),
    );
    expect(translate(['nobel', 'prize'], name)).toEqual([]);
  });

  test('a thing named two ways with "or" is both: mustache, whiskers', () => {
    expect(translate(['mustache'], table).map((t) => t.headwords)).toEqual([['胡子']]);
    expect(translate(['whiskers'], table).map((t) => t.headwords)).toEqual([['胡子']]);
  });

  test('an idiom\'s gloss "A and B" is each of them where no other headword is (concise → 言简意赅), not a word of two characters (东西)', () => {
    const glosses = (thesaurus: Map<string, string[]>) =>
      lookupIn(
        new Map(
          Object.entries(
            buildDictionary(
              [
                { simplified: '言简意赅', english: ['concise and comprehensive (idiom)'] },
                { simplified: '全面', english: ['all-around', 'comprehensive'] },
                { simplified: '生计', english: ['bread and butter', 'livelihood'] },
                { simplified: '东西', english: ['east and west', 'thing', 'stuff'] },
              ],
              '言简意赅，全面，生计，东西',
              thesaurus,
            ),
          ),
        ),
      );
    const table = glosses(new Map([['bread and butter', ['support']]]));
    expect(translate(['concise'], table).map((t) => t.headwords)).toEqual([['言简意赅']]);
    // A word with a headword of its own keeps it alone.
    expect(translate(['comprehensive'], table).map((t) => t.headwords)).toEqual([['全面']]);
    expect(translate(['bread'], table)).toEqual([]);
    // A word of two characters is the two sides at once: 东西 "east and west" is stuff, not the east.
    expect(translate(['east'], table)).toEqual([]);
    // Without WordNet to say it is a compound, bread and butter would be two things, were 生计 longer.
    expect(translate(['bread'], glosses(new Map()))).toEqual([]);
  });

  test("a form no ending rule undoes finds its word's headwords: paid content → 内容付费, children → 孩子", () => {
    const irregular = irregularForms([
      ['pay', ['pay', 'paid', 'paid', 'pays', 'paying']],
      ['walk', ['walk', 'walked', 'walked', 'walks', 'walking']],
      ['child', ['children']],
      ['content', ['contents']],
      ['analysis', ['analyses']],
    ]);
    // Only the forms the ending rules miss.
    expect([...irregular]).toEqual([
      ['analyses', 'analysis'],
      ['children', 'child'],
      ['paid', 'pay'],
    ]);
    const forms = lookupIn(
      new Map(
        Object.entries(
          buildDictionary(
            [
              { simplified: '付费', english: ['to pay', 'to cover the costs'] },
              { simplified: '孩子', english: ['child'] },
              { simplified: '内容', english: ['content'] },
              { simplified: '分析', english: ['to analyze', 'analysis'] },
            ],
            '内容付费，孩子，分析',
            new Map(),
            undefined,
            irregular,
          ),
        ),
      ),
    );
    expect(translate(['paid', 'content'], forms).map((t) => t.headwords)).toEqual([['付费'], ['内容']]);
    expect(translate(['children'], forms).map((t) => t.headwords)).toEqual([['孩子']]);
    // Looked up as the table keys words, whatever the ending rules make of the form and of its word.
    expect(translate(['analyses'], forms).map((t) => t.headwords)).toEqual([['分析']]);
    // Without the forms, "paid" is no word the table knows.
    expect(
      translate(['paid'], lookupIn(new Map(Object.entries(buildDictionary([{ simplified: '付费', english: ['to pay'] }], '付费'))))),
    ).toEqual([]);
  });

  test("the irregular forms come from the packages' tables of verbs and plurals, and only they", () => {
    const forms = readIrregularForms();
    expect(['paid', 'bought', 'written', 'children', 'people', 'analyses'].map((f) => forms.get(f))).toEqual([
      'pay',
      'buy',
      'write',
      'child',
      'person',
      'analysis',
    ]);
    expect(['walked', 'paying', 'pays', 'books'].filter((f) => forms.has(f))).toEqual([]);
  });

  test('a placeholder object and its preposition say nothing: "to experience for oneself" is experience', () => {
    expect(ranked('experience life')[0]).toEqual(['life', 'exact']);
  });

  test("a gloss's first word stands for the word beside the query's others: foreign novels → 外国小说, never alone", () => {
    expect(ranked('foreign novels')[0]).toEqual(['novels', 'exact']);
    expect(ranked('foreign')).toEqual([]);
  });

  test('two common one-character words side by side are the phrase: small car → 小车', () => {
    expect(ranked('small car')[0]).toEqual(['car', 'exact']);
  });
});

describe('names', () => {
  // CC-CEDICT's glosses ending in "job"; the Abelson interview in translation says 做事.
  const table = lookupIn(
    new Map(
      Object.entries(
        buildDictionary(
          [
            { simplified: '做事', english: ['to work', 'to handle matters', 'to have a job'] },
            { simplified: '发布会', english: ['news conference', 'briefing'] },
          ],
          '我们做事的方式 今天的发布会',
        ),
      ),
    ),
  );
  const ranked = rankedBy(searchTurns({ work: '我们做事的方式', launch: '今天的发布会' }), table);

  test('words typed capitalised, each of them, are a name, no kind of their last word: Steve Jobs finds nothing', () => {
    expect(ranked('Steve Jobs')).toEqual([]);
    // Not capitalised, a phrase with an untranslated word still finds a gloss with its head.
    expect(ranked('press conference').map(([id]) => id)).toEqual(['launch']);
  });
});

describe('possessives', () => {
  test("a reader's my is a gloss's one's: broaden my horizons → 开眼界 'to broaden one's horizons'", () => {
    const table = lookupIn(
      new Map(Object.entries(buildDictionary([{ simplified: '开眼界', english: ["to broaden one's horizons"] }], '这一趟让我开眼界了'))),
    );
    expect(translate(['broaden', 'my', 'horizons'], table).map((t) => t.headwords)).toEqual([['开眼界']]);
    expect(translate(['broaden', 'their', 'horizons'], table).map((t) => t.headwords)).toEqual([['开眼界']]);
  });
});

describe('a phrase the dictionary names whole', () => {
  test('may be said word by word all the same: personal computers → 个人电脑, and 个人计算机', () => {
    const cedict: DictionaryEntry[] = [
      { simplified: '个人电脑', english: ['personal computer; PC'] },
      { simplified: '个人', english: ['individual', 'personal', 'oneself'] },
      { simplified: '计算机', english: ['computer', '(Tw) calculator', 'CL:臺|台[tai2]'] },
    ];
    // Hal Abelson's Infinite History interview in translation (random-cs-hans, Hal Abelson.cn.vtt); the seed.
    const texts = { abelson: '那是个人计算机出现之前的事', seed: '真正改变工业革命的东西是个人电脑' };
    const table = lookupIn(new Map(Object.entries(buildDictionary(cedict, Object.values(texts).join('\n')))));
    expect(
      rankedBy(
        searchTurns(texts),
        table,
      )('personal computers')
        .map(([id]) => id)
        .sort(),
    ).toEqual(['abelson', 'seed']);
  });
});

describe('names and titles as readers type them', () => {
  const cedict: DictionaryEntry[] = [
    { simplified: '村上春树', english: ['MURAKAMI Haruki (1949-), Japanese novelist and translator'] },
    { simplified: '宫崎骏', english: ['Miyazaki Hayao (1941-), Japanese director'] },
    {
      simplified: '三国演义',
      english: [
        'Romance of the Three Kingdoms by Luo Guanzhong 羅貫中|罗贯中[Luo2 Guan4 zhong1], one of the Four Classic Novels of Chinese literature',
      ],
    },
    { simplified: '三五', english: ['three or five', 'a few'] },
    { simplified: '希特勒', english: ['Adolf Hitler (1889-1945)'] },
    { simplified: '特朗普', english: ['Donald Trump (1946–), American businessman and politician'] },
    { simplified: '将牌', english: ['trump (suit of cards)'] },
    { simplified: '香港', english: ['Hong Kong'] },
    { simplified: '共产党', english: ['Communist Party'] },
  ];
  // 大川 and 王路飞 (dachuan-2025-07-10); 新闻实验室 17.
  const texts: Record<string, string> = {
    novelist: '村上春树写过一篇文章，说日本人很容易同情弱者。',
    dune: '沙丘里面的保罗，最后做的事情，其实就是希特勒做的事情。特朗普也好，将牌也好。香港。共产党。',
    classics: '拿日本的几部漫画，比如宫崎骏的作品，和中国的《三国演义》做个对比。',
  };
  const { table, ranked } = smallSite(cedict, texts);

  test('a name CC-CEDICT writes surname first is found given name first', () => {
    expect(translate(['haruki', 'murakami'], table).map((t) => t.headwords)).toEqual([['村上春树']]);
    // The whole name is the whole gloss: the turn saying it holds all the query asks.
    expect(ranked('Hayao Miyazaki')).toEqual([['classics', 'exact']]);
  });

  test('a person is found by either word of the name (Hitler, Murakami, Miyazaki), unless another headword is the word (trump: 将牌 before 特朗普)', () => {
    expect(translate(['hitler'], table).map((t) => t.headwords)).toEqual([['希特勒']]);
    expect(translate(['murakami'], table).map((t) => t.headwords)).toEqual([['村上春树']]);
    expect(translate(['trump'], table).map((t) => t.headwords)).toEqual([['将牌']]);
    // Two characters are no person's transliterated name: Kong is no 香港.
    expect(translate(['kong'], table)).toEqual([]);
    // A name without a lifespan or a surname in capitals is no person's: a party is no 共产党.
    expect(translate(['party'], table)).toEqual([]);
    // CC-CEDICT writes some names surname first without capitals: either word finds the person.
    expect(translate(['miyazaki'], table).map((t) => t.headwords)).toEqual([['宫崎骏']]);
    expect(translate(['adolf'], table).map((t) => t.headwords)).toEqual([['希特勒']]);
  });

  test("a work's title is its name without its author, and its small words are no phrase of their own", () => {
    expect(ranked('Romance of the Three Kingdoms')).toEqual([['classics', 'exact']]);
    expect(parseQuery('Romance of the Three Kingdoms', { dictionary: table }).body.parts).toEqual([
      [{ text: 'romance three kingdoms', alternatives: ['romancethreekingdoms', '三国演义'] }],
    ]);
  });

  test('only a name of a person (three or four characters) is turned round, and "by" only before an author', () => {
    const places: DictionaryEntry[] = [
      { simplified: '香港', english: ['Hong Kong'] },
      { simplified: '伴我同行', english: ['Stand by Me (film)'] },
    ];
    const few = lookupIn(new Map(Object.entries(buildDictionary(places, '香港 伴我同行'))));
    expect(translate(['kong', 'hong'], few)).toEqual([]);
    expect(translate(['stand'], few)).toEqual([]);
    expect(translate(['stand', 'by', 'me'], few).map((t) => t.headwords)).toEqual([['伴我同行']]);
  });
});

describe('a word that is a gloss only with another', () => {
  const cedict: DictionaryEntry[] = [
    { simplified: '日元', english: ['Japanese yen (unit of currency)', 'also written 日圓|日圆[Ri4 yuan2]'] },
    { simplified: '多年', english: ['many years'] },
    { simplified: '年', english: ['year', 'CL:個|个[ge4]'] },
    { simplified: '月', english: ['moon', 'month'] },
    { simplified: '绿卡', english: ['permanent residency permit (originally referred specifically to the US green card)'] },
    { simplified: '绿', english: ['green'] },
    { simplified: '卡', english: ['card'] },
    { simplified: '扑克', english: ['poker (game) (loanword)', 'playing cards'] },
  ];
  // 大川 (dachuan-2025-07-10), the last made for the test.
  const texts: Record<string, string> = {
    fees: '学费一年大概五十万日元，这么多年一直在涨。',
    years: '我来日本16年了，拿到了绿卡。',
    months: '我准备了九个月，然后考上了。',
    poker: '晚上大家一起打扑克。',
  };
  const { table, ranked } = smallSite(cedict, texts);

  test('finds it by the head of that gloss (yen → 日元 "Japanese yen")', () => {
    expect(translate(['yen'], table).map((t) => t.headwords)).toEqual([['日元']]);
  });

  test('a number is no word without a translation, nor a word with a common character its own: 16年, not 多年 "many years"', () => {
    for (const words of [['sixteen', 'years'], ['16', 'years'], ['years']]) expect(translate(words, table)).toEqual([]);
    expect(ranked('sixteen years')).toEqual([['years', 'partial']]);
    expect(ranked('16 years')).toEqual([['years', 'partial']]);
  });

  test('a number in Chinese numerals is a place for the word beside it (nine months → 九个月)', () => {
    expect(ranked('nine months')).toEqual([['months', 'partial']]);
  });

  test('the words said one by one come before a gloss that only shares the head (green card: 绿卡 before 扑克 "playing cards")', () => {
    expect(ranked('green card')).toEqual([
      ['years', 'partial'],
      ['poker', 'partial'],
    ]);
  });
});

describe('accents', () => {
  test('a gloss with accents is found as readers type it (bushido → 武士道 "bushidō")', () => {
    const cedict: DictionaryEntry[] = [{ simplified: '武士道', english: ['bushidō or way of the warrior, samurai code of chivalry'] }];
    // 大川 (dachuan-2025-07-10).
    const texts = { samurai: '日本人讲武士道，讲究的是同情弱者。' };
    const table = lookupIn(new Map(Object.entries(buildDictionary(cedict, texts.samurai))));
    const ranked = rankedBy(searchTurns(texts), table);
    expect(translate(['bushido'], table).map((t) => t.headwords)).toEqual([['武士道']]);
    expect(ranked('bushido')).toEqual([['samurai', 'partial']]);
    expect(ranked('bushidō')).toEqual([['samurai', 'partial']]);
  });
});

describe('a common word beside its noun, in traditional characters', () => {
  test('is looked for in the folded text (buy a house → 買了房子)', () => {
    const cedict: DictionaryEntry[] = [
      { simplified: '买', english: ['to buy', 'to purchase'] },
      { simplified: '房子', english: ['house', 'building'] },
    ];
    // 大川 (dachuan-2025-07-10), written in traditional characters for the test.
    const text = '後來他在東京買了房子。';
    const script = parseScriptTable(buildScriptTable(text, traditionalCharacters(), toSimplified));
    const table = lookupIn(new Map(Object.entries(buildDictionary(cedict, fold(text, script)))));
    const [turn] = searchTurns({ house: text });
    const turns = prepareTurns([turn!], script);
    const hits = rankTurns(turns, parseQuery('buy a house', { dictionary: table, script }));
    expect(hits.map((h) => [h.turn.id, h.kind])).toEqual([['house', 'partial']]);
    expect(hits[0]!.ranges.map(([a, b]) => text.slice(a, b))).toEqual(['買了房子']);
  });
});

describe('negations in a keyword query', () => {
  test('stay: no tuition is not tuition', () => {
    const cedict: DictionaryEntry[] = [{ simplified: '学费', english: ['tuition fee', 'tuition'] }];
    // 大川 (dachuan-2025-07-10).
    const texts = { fees: '学费一年大概五十万日元，都是自己打工赚的。' };
    const table = lookupIn(new Map(Object.entries(buildDictionary(cedict, texts.fees))));
    const ranked = rankedBy(searchTurns(texts), table);
    expect(ranked('tuition')).toEqual([['fees', 'partial']]);
    expect(ranked('no tuition')).toEqual([]);
  });
});

describe('a turn that says the words more often', () => {
  test('ranks first among close matches alike (up to a point)', () => {
    // 周鸿祎 on chips (the seed), the first said in passing.
    const { ranked } = smallSite([{ simplified: '芯片', english: ['computer chip', 'microchip'] }], {
      once: '我们也在看芯片这个方向。',
      often: '芯片是卡脖子的地方，没有芯片就没有算力，芯片的差距还在拉大。',
    });
    expect(ranked('microchip')).toEqual([
      ['often', 'partial'],
      ['once', 'partial'],
    ]);
  });
});

describe('a traditional interview', () => {
  test('has its words read in English as the simplified text has them (開發 is 开发 "to develop"), and a simplified one keeps its own', () => {
    const seed = JSON.parse(readFileSync(join(ROOT, 'content/generated/zhou-hongyi-2023-05-31/interview.json'), 'utf8')) as InterviewRecord;
    // 4Gamer's interview on Armored Core VI, as a gamer.tw post translated it (gamer-tw-dash-labels-legend).
    const text = '他們正在開發兩款未公開的新作。';
    // And a simplified turn beside it: the script table folds variants simplified text writes (著 → 着, 么 → 幺).
    const famous = '他是一位著名的作家，为什么不请他来？';
    const record = {
      ...seed,
      turns: [
        { ...seed.turns[0]!, paragraphs: [text] },
        { ...seed.turns[1]!, paragraphs: [famous] },
      ],
    };
    const files = buildSearchData({
      records: [record],
      glossary: [],
      bundles: [],
      dictionary: [
        { simplified: '开发', english: ['to exploit (a resource)', 'to develop'] },
        { simplified: '新作', english: ['new work'] },
        { simplified: '著名', english: ['famous', 'noted', 'well-known', 'celebrated'] },
        { simplified: '为什么', english: ['why?', 'for what reason?'] },
      ],
      script: { characters: traditionalCharacters(), toSimplified },
    });
    const letters = new Map(
      [...files].flatMap(([path, shard]) => (path.includes('/dictionary/') ? [[path.replace(/.*\/|\.json$/g, ''), shard]] : [])),
    );
    const dictionary = lookupIn(letters as Map<string, Record<string, string[]>>);
    expect(dictionary('develop')).toEqual(['开发']);
    expect(dictionary('new work')).toEqual(['新作']);
    expect(dictionary('why')).toEqual(['为什么']);
    const manifest = files.get('search/manifest.json') as { script: string };
    const stored = [...files].flatMap(([path, chunk]) => (path.includes('/turns/') ? (chunk as { turns: SearchTurn[] }).turns : []));
    const script = parseScriptTable(manifest.script);
    const turns = prepareTurns(stored, script);
    const hits = rankTurns(turns, parseQuery('developing new works', { dictionary, script }));
    expect(hits.map((h) => h.turn.text)).toEqual([text]);
    expect(rankTurns(turns, parseQuery('famous', { dictionary, script })).map((h) => h.turn.text)).toEqual([famous]);
  });
});
