/**
 * Search for what readers remember: other scripts, English for Chinese, speakers in the query,
 * quotes half remembered — and the things that must never happen (a half character in a
 * link, a name alone making a hit).
 */
import { describe, expect, test } from 'vitest';
import { fold, foldForSearch } from '../../src/lib/fold.ts';
import { align, symbolsOf } from '../../src/lib/search/align.ts';
import { buildChineseDictionary, buildDictionary, lookupIn, translate, type DictionaryEntry } from '../../src/lib/search/dictionary.ts';
import { excerpt } from '../../src/lib/search/excerpt.ts';
import { buildShards, decodePostings, encodePostings, lookupUnits, shardOf, unitsIn } from '../../src/lib/search/grams.ts';
import {
  CANDIDATES,
  LOOSE_SHARE,
  LOOSE_TURNS,
  looksAgain,
  lookupReadings,
  pickCandidates,
  quotePairs,
  rarePairs,
} from '../../src/lib/search/candidates.ts';
import { toGraphemes } from '../../src/lib/search/graphemes.ts';
import { toSimplified, traditionalCharacters } from '../../src/lib/search/opencc.ts';
import { rankedBy, searchTurns, smallSite } from '../support/search-turns.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { looseHits, prepareTurns, rankTurns, type SearchTurn } from '../../src/lib/search/rank.ts';
import { buildScriptTable, parseScriptTable } from '../../src/lib/search/script-table.ts';
import { speakerFilter } from '../../src/lib/search/speakers.ts';
import { parseWordNet } from '../../src/lib/search/wordnet.ts';

const texts = {
  a: '我觉得差距是客观存在的,只是行业中有人爱吹牛。',
  b: '现在有一个趋势是把大模型做小,小到一台安装了英伟达芯片的机器可以微调。',
  c: '那取决于我怎么给prompt,出现模型幻觉的原因往往是prompt给得不好。',
  d: '训练的数据和训练的方法现在一样重要了。三星前不久有员工把机密数据放到网上导致数据泄露。',
  e: '我现在是品玩的首席布道师,今天跟我对话的是周鸿祎先生。',
  f: '用户数据安全很重要,光是网络安全不够。 🚀 发射',
};
const turn = (id: keyof typeof texts, speaker: string, role: string): SearchTurn => ({
  key: `i/${id}`,
  interview: 'i',
  id,
  url: `/i/t/#${id}`,
  speaker,
  role,
  theme: 't',
  themeTitle: 'T',
  text: texts[id],
});
const allText = Object.values(texts).join('\n');
const script = parseScriptTable(buildScriptTable(`${allText}\n辉达`, traditionalCharacters(), toSimplified));
/** A dictionary table built from these entries for this text, as the browser looks it up. */
const tableOf = (entries: DictionaryEntry[], text: string, thesaurus?: Map<string, string[]>) =>
  lookupIn(new Map(Object.entries(buildDictionary(entries, text, thesaurus))));
const dictionary = tableOf(
  [
    { simplified: '训练', english: ['to train', 'training'] },
    { simplified: '数据', english: ['data'] },
    { simplified: '泄露', english: ['to leak (information); to divulge'] },
    { simplified: '量子', english: ['quantum'] },
  ],
  allText,
);
const glossary = [
  { term: '英伟达', aliases: ['Nvidia', '辉达'] },
  { term: '周鸿祎', aliases: ['Zhou Hongyi'] },
];
const names = [
  { name: '周鸿祎', speaker: '周鸿祎' },
  { name: 'zhouhongyi', speaker: '周鸿祎' },
  { name: '骆轶航', speaker: '骆轶航' },
];
const turns = prepareTurns(
  [
    turn('a', '周鸿祎', 'interviewee'),
    turn('b', '周鸿祎', 'interviewee'),
    turn('c', '骆轶航', 'interviewer'),
    turn('d', '周鸿祎', 'interviewee'),
    turn('e', '骆轶航', 'interviewer'),
    turn('f', '周鸿祎', 'interviewee'),
  ],
  script,
);
const hits = (q: string) => rankTurns(turns, parseQuery(q, { glossary, names, script, dictionary }));
const ids = (q: string) => hits(q).map((h) => h.turn.id);

describe('traditional and simplified characters', () => {
  test('fold to one form through the table built from OpenCC, on both sides', () => {
    expect(fold('數據安全', script)).toBe('数据安全');
    expect(ids('數據安全')).toEqual(['f']);
    expect(ids('模型幻覺')).toEqual(['c']);
  });

  test('a traditional spelling of a glossary alias finds the term', () => {
    expect(ids('輝達')).toEqual(['b']);
  });

  test('the table holds only pairs the site can use', () => {
    const table = parseScriptTable(buildScriptTable('数据', traditionalCharacters(), toSimplified));
    expect(table.get('數')).toBe('数');
    expect(table.get('據')).toBe('据');
    expect(table.has('龍')).toBe(false);
  });
});

describe('English for Chinese', () => {
  test('English words find the Chinese words the dictionary gives them', () => {
    expect(ids('training data')[0]).toBe('d');
    expect(ids('data leak')).toEqual(['d']);
  });

  test('a word that occurs nowhere keeps the query from matching on the rest', () => {
    expect(ids('quantum data')).toEqual([]);
  });

  test('the dictionary keeps only headwords of the site, by normalised gloss', () => {
    const shards = buildDictionary(
      [
        { simplified: '数据', english: ['data'] },
        { simplified: '龙卷风', english: ['tornado'] },
      ],
      '数据',
    );
    expect(shards).toEqual({ d: { data: ['数据'] } });
    expect(translate(['leaks'], dictionary)).toEqual([{ words: ['leaks'], headwords: ['泄露'] }]);
  });

  test('another form of a gloss word finds it: inflected words first, stems only where those find nothing', () => {
    const table = tableOf(
      [
        { simplified: '脑筋', english: ['brains', 'mind'] },
        { simplified: '成本', english: ['costs'] },
        { simplified: '运营', english: ['to be in operation', 'operation'] },
        { simplified: '利益', english: ['interest'] },
        { simplified: '有趣', english: ['interesting'] },
      ],
      '脑筋 成本 运营 利益 有趣',
    );
    expect(translate(['brain'], table)).toEqual([{ words: ['brain'], headwords: ['脑筋'] }]);
    expect(translate(['cost'], table)).toEqual([{ words: ['cost'], headwords: ['成本'] }]);
    expect(translate(['operating'], table)).toEqual([{ words: ['operating'], headwords: ['运营'] }]);
    expect(translate(['interesting'], table)).toEqual([{ words: ['interesting'], headwords: ['有趣'] }]);
  });

  test('a word worded otherwise than the gloss finds it through the thesaurus, only where it is no gloss itself', () => {
    const thesaurus = new Map([
      ['legal', ['law']],
      ['law', ['jurisprudence']],
      ['data', ['information']],
    ]);
    const entries = [
      { simplified: '法律', english: ['law'] },
      { simplified: '数据', english: ['data'] },
      { simplified: '信息', english: ['information'] },
    ];
    const table = tableOf(entries, '法律 数据 信息', thesaurus);
    expect(translate(['legal'], table)).toEqual([{ words: ['legal'], headwords: ['法律'] }]);
    expect(translate(['data'], table)).toEqual([{ words: ['data'], headwords: ['数据'] }]);
  });

  test('translated words side by side in a turn are the whole query, translated: an exact match', () => {
    expect(parseQuery('data leak', { dictionary }).variants).toContain('数据泄露');
    expect(hits('data leak')[0]).toMatchObject({ kind: 'exact', turn: { id: 'd' } });
  });

  test('an idiom or a longer term in the reader’s own English is found by its whole gloss: most of the words, two at least', () => {
    // CC-CEDICT's glosses as they stand; 商业访谈录 #119 and 知行小酒馆 E194 say these.
    const { ranked } = smallSite(
      [
        { simplified: '开倒车', english: ['to drive in reverse', 'fig. to take a backward step', 'to turn the clock back'] },
        { simplified: '以毒攻毒', english: ['to cure ills with poison (TCM)', 'to fight fire with fire'] },
        { simplified: '倒车', english: ['to reverse (a vehicle)', 'to drive backwards'] },
      ],
      { back: '我觉得那个方案是在开倒车。', poison: '这就是以毒攻毒。', car: '他在倒车。' },
    );
    // The idiom said is the whole query, translated (倒车 "to drive backwards" is a close match after it).
    expect(ranked('a step backwards')[0]).toEqual(['back', 'exact']);
    expect(ranked('fight poison with poison')[0]).toEqual(['poison', 'exact']);
    expect(ranked('turn back the clock')[0]).toEqual(['back', 'exact']);
    // One word of a gloss is not its meaning (a step forward), and a word of two characters (倒车)
    // is read by its own glosses only, not by its description (drive a vehicle).
    const exact = (q: string) => ranked(q).filter(([, kind]) => kind === 'exact');
    expect(exact('a step forward')).toEqual([]);
    expect(exact('drive a vehicle')).toEqual([]);
  });
});

describe('Chinese for English', () => {
  const entries: DictionaryEntry[] = [
    { simplified: '利益', english: ['benefit', 'interest'] },
    { simplified: '运营', english: ['to be in operation', 'operation'] },
    { simplified: '律师', english: ['lawyer'] },
    { simplified: '区块', english: ['block', 'section'] },
    { simplified: '妻子', english: ['wife'] },
  ];
  const text =
    "It's super-interesting, a conflict of interest. Operating costs. Ask the attorneys, and the legal department. My wife's company.";
  const thesaurus = new Map([
    ['attorney', ['lawyer']],
    ['department', ['section']],
  ]);
  const table = Object.assign({}, ...buildChineseDictionary(entries, [text], thesaurus)) as Record<string, string[]>;

  test('a gloss meets the text as inflected words first, by stems only where that finds nothing', () => {
    expect(table['利益']).toEqual(['interest']);
    expect(table['运营']).toEqual(['operating']);
    expect(table['妻子']).toEqual(['wifes']);
  });

  test("a short word's first gloss meets the text through the thesaurus; later glosses do not", () => {
    expect(table['律师']).toEqual(['attorneys']);
    expect(table['区块']).toBeUndefined();
  });
});

describe('the thesaurus from WordNet', () => {
  const wordnet = parseWordNet([
    {
      pos: 'noun',
      index: ['lawyer n 2 0 2 1 10269647 00000100  ', 'attorney n 1 0 1 1 10269647  ', 'law n 1 0 1 1 08458195  '].join('\n'),
      data: [
        '  1 This software and database is being provided',
        '00000100 18 n 01 lawyer 0 000 | a later sense  ',
        '08458195 14 n 02 law 0 jurisprudence 0 000 | the collection of rules  ',
        '10269647 18 n 02 lawyer 0 attorney 0 000 | a professional person authorized to practice law  ',
      ].join('\n'),
    },
    {
      pos: 'adj',
      index: 'legal a 2 1 \\ 2 1 01403566 02764868  ',
      data: [
        '01403566 00 a 01 legal 0 000 | established by or founded upon law  ',
        '02764868 01 a 01 legal 0 001 \\ 08458195 n 0101 | of or relating to jurisprudence  ',
      ].join('\n'),
    },
  ]);

  test('a noun stands for the other words of its first synset, an adjective for the noun it pertains to', () => {
    expect(wordnet.synonyms.get('lawyer')).toEqual(['attorney']);
    expect(wordnet.synonyms.get('attorney')).toEqual(['lawyer']);
    expect(wordnet.synonyms.get('law')).toEqual(['jurisprudence']);
    expect(wordnet.synonyms.get('legal')).toEqual(['law']);
  });
});

describe("an interview's own spellings in the glossary", () => {
  test("apply to that interview's turns only (ChatGPT finds the seed's typo ChaPT there, nowhere else)", () => {
    const own = (interview: string, id: string): SearchTurn => ({
      ...turn('a', '周鸿祎', 'interviewee'),
      key: `${interview}/${id}`,
      interview,
      id,
      text: '用ChaPT写诉状',
    });
    const scoped = [{ term: 'ChaPT', aliases: ['ChatGPT'], interview: 'seed' }];
    const found = rankTurns(prepareTurns([own('seed', 'x'), own('other', 'y')]), parseQuery('ChatGPT', { glossary: scoped }));
    expect(found.map((h) => h.turn.key)).toEqual(['seed/x']);
    expect(parseQuery('ChatGPT', { glossary: scoped }).variants).toEqual(['chatgpt']);
  });
});

describe('speakers and roles in the query', () => {
  test('a name filters by speaker; the rest decides the match', () => {
    expect(speakerFilter('周鸿祎 吹牛', names)).toEqual({ filter: { speakers: ['周鸿祎'] }, body: '吹牛' });
    expect(ids('周鸿祎 吹牛')).toEqual(['a']);
    expect(ids('Zhou Hongyi 吹牛')).toEqual(['a']);
    expect(ids('骆轶航 prompt')).toEqual(['c']);
  });

  test('a role word filters by role', () => {
    expect(ids('主持人 幻觉')).toEqual(['c']);
    // A podcast's host is its 主播 (`[主播]：` labels a role, too).
    expect(ids('主播 幻觉')).toEqual(['c']);
    // Not the host's words: the guest's answer after them, marked as a reply (above).
    expect(hits('嘉宾 幻觉').map((h) => [h.turn.id, h.kind])).toEqual([['d', 'reply']]);
  });

  test('Q and A, as transcripts label turns, are role words before Chinese, but a capital A begins an English phrase', () => {
    // Q is whoever asks: the interviewer, or at a panel or talk the audience too (search-panel-roles.test.ts).
    expect(speakerFilter('Q 幻觉', names)).toEqual({ filter: { speakers: [], roles: ['interviewer', 'audience'] }, body: '幻觉' });
    expect(speakerFilter('A: 开源', names)).toEqual({ filter: { speakers: [], roles: ['interviewee'] }, body: '开源' });
    expect(ids('Q 幻觉')).toEqual(['c']);
    expect(speakerFilter('A search engine', names)).toEqual({ body: 'A search engine' });
    expect(speakerFilter('a 开源', names)).toEqual({ body: 'a 开源' });
  });

  test('a surname with a title names the speaker, as readers call people: 周总, 骆老师, 周先生说搜索', () => {
    expect(speakerFilter('周总 吹牛', names)).toEqual({ filter: { speakers: ['周鸿祎'] }, body: '吹牛' });
    expect(speakerFilter('骆老师 prompt', names)).toEqual({ filter: { speakers: ['骆轶航'] }, body: 'prompt' });
    expect(speakerFilter('周先生说搜索', names)).toEqual({ filter: { speakers: ['周鸿祎'] }, body: '搜索' });
    expect(ids('骆老师 prompt')).toEqual(['c']);
    // Not another word that begins with the surname: 周末 is the weekend, 周总结 a summary, 周总是 "always".
    expect(speakerFilter('周末 吹牛', names)).toEqual({ body: '周末 吹牛' });
    expect(speakerFilter('周总结', names)).toEqual({ body: '周总结' });
    expect(speakerFilter('周总是说开源', names)).toEqual({ body: '周总是说开源' });
    // Titles go with a speaker's own name, never a label's or an alias's (老周 is no 老总).
    const labelled = [...names, { name: '老周', speaker: '周鸿祎' }];
    expect(speakerFilter('老总 吹牛', labelled)).toEqual({ body: '老总 吹牛' });
    // A surname of two characters keeps both; two speakers of one surname are both asked about.
    const two = [
      { name: '欧阳修', speaker: '欧阳修' },
      { name: '周鸿祎', speaker: '周鸿祎' },
      { name: '周轶', speaker: '周轶' },
    ];
    expect(speakerFilter('欧阳老师说开源', two).filter?.speakers).toEqual(['欧阳修']);
    expect(speakerFilter('周总说开源', two).filter?.speakers).toEqual(['周鸿祎', '周轶']);
  });

  test('an English title before a surname names the speaker: Mr. Rogers, Dr Reece; not a first name', () => {
    // Founders Talk #7 (thechangelog/transcripts): the host asks Henk Rogers, who founded The Tetris Company.
    const english = [
      { name: 'henkrogers', speaker: 'Henk Rogers' },
      { name: 'henk', speaker: 'Henk Rogers' },
      { name: 'rogers', speaker: 'Henk Rogers' },
    ];
    for (const query of ['Mr. Rogers Tetris', 'Mr Rogers Tetris', 'Tetris Mr. Rogers', 'Dr. Rogers Tetris'])
      expect(speakerFilter(query, english)).toEqual({ filter: { speakers: ['Henk Rogers'] }, body: 'Tetris' });
    expect(speakerFilter('Mr. Henk Tetris', english)).toEqual({ body: 'Mr. Henk Tetris' });
  });

  test('a role word and a name together at the start both ask who spoke', () => {
    expect(speakerFilter('主持人 骆轶航 prompt', names)).toEqual({
      filter: { speakers: ['骆轶航'], roles: ['interviewer'] },
      body: 'prompt',
    });
    expect(speakerFilter('guest Zhou Hongyi 吹牛', names)).toEqual({
      filter: { speakers: ['周鸿祎'], roles: ['interviewee'] },
      body: '吹牛',
    });
    // Inside a sentence a name is its word.
    expect(speakerFilter('prompt 骆轶航 幻觉', names)).toEqual({ body: 'prompt 骆轶航 幻觉' });
  });

  test('a reporter asks and a spokesperson answers, in either language', () => {
    const asks = { filter: { speakers: [], roles: ['interviewer', 'audience'] }, body: '幻觉' };
    expect(speakerFilter('记者 幻觉', names)).toEqual(asks);
    expect(speakerFilter('reporter 幻觉', names)).toEqual(asks);
    expect(speakerFilter('发言人 幻觉', names)).toEqual({ filter: { speakers: [], roles: ['interviewee'] }, body: '幻觉' });
    expect(ids('journalists prompt')).toEqual(['c']);
  });

  test('a name with a topic that occurs nowhere finds nothing, not the introduction', () => {
    expect(ids('周鸿祎 退休')).toEqual([]);
    expect(ids('骆轶航的童年')).toEqual([]);
  });

  test("what a speaker said about a topic includes the answer to a question naming it, ranked below the speaker's own words and marked as a reply", () => {
    // Stephan Livera Podcast #52 (bitcointranscripts): Dorsey answers without naming Musk again.
    const show: SearchTurn[] = [
      [
        'ask',
        'Stephan Livera',
        'interviewer',
        'Jack, do you have any ideas on who might be a good person to send the Lightning torch to next, perhaps someone like Elon Musk?',
      ],
      [
        'reply',
        'Jack Dorsey',
        'interviewee',
        'That’s what everyone’s been suggesting. I think it’d be… He’s definitely had the, somewhat of a contentious relationship with crypto, specifically Ethereum, at least on Twitter.',
      ],
      ['aside', 'Elizabeth Stark', 'interviewee', 'I believe Elon once tweeting a Twitter anime, sorry a Bitcoin anime character but…'],
      ['later', 'Jack Dorsey', 'interviewee', 'I think Elon Musk would be a great person for it.'],
      ['next', 'Stephan Livera', 'interviewer', 'Yeah, it was something like, “Do you want to buy Bitcoin?”'],
    ].map(([id, speaker, role, text]) => ({
      key: `l/${id}`,
      interview: 'l',
      id: id!,
      url: `/l/#${id}`,
      speaker: speaker!,
      role: role!,
      theme: 't',
      themeTitle: 'T',
      text: text!,
    }));
    const cast = [
      { name: 'jackdorsey', speaker: 'Jack Dorsey' },
      { name: 'elizabethstark', speaker: 'Elizabeth Stark' },
    ];
    const found = (q: string, turns = show) =>
      rankTurns(prepareTurns(turns), parseQuery(q, { names: cast })).map((h) => [h.turn.id, h.kind]);
    expect(found('Jack Dorsey Elon Musk')).toEqual([
      ['later', 'exact'],
      ['reply', 'reply'],
    ]);
    // His own words on part of it still come first: a reply holds the words only in the question.
    expect(found('Jack Dorsey Elon Musk torch')).toEqual([
      ['later', 'partial'],
      ['reply', 'reply'],
    ]);
    // Without his own words on it, the reply alone; another guest's remark before is no question to Dorsey's later turn.
    expect(
      found(
        'Jack Dorsey Elon Musk',
        show.filter((t) => t.id !== 'later'),
      ),
    ).toEqual([['reply', 'reply']]);
    // Only with a speaker asked about: a plain query finds the words where they are said.
    expect(found('Elon Musk').map(([id]) => id)).toEqual(['ask', 'later']);
    // A host's turn after an answer is the next question, not a reply about it.
    expect(found('Stephan Livera Ethereum')).toEqual([]);
  });

  test('a reply counts the words of the question and the answer together: 还有一家Minimax … M2', () => {
    // 商业访谈录 #119 (张小珺 × 杨松琳): the host names the company, the guest its model.
    const turns = prepareTurns([
      {
        key: 'z/q',
        interview: 'z',
        id: 'q',
        url: '/z/#q',
        speaker: '张小珺',
        role: 'interviewer',
        theme: 't',
        themeTitle: 'T',
        text: '还有一家Minimax，他们最新也做了一个算法的选择。',
      },
      {
        key: 'z/a',
        interview: 'z',
        id: 'a',
        url: '/z/#a',
        speaker: '杨松琳',
        role: 'interviewee',
        theme: 't',
        themeTitle: 'T',
        text: '而他们前几天发布了一个叫做M2的模型，它干脆退回到了Full Attention。',
      },
      {
        key: 'z/o',
        interview: 'z',
        id: 'o',
        url: '/z/#o',
        speaker: '杨松琳',
        role: 'interviewee',
        theme: 't',
        themeTitle: 'T',
        text: 'M2之后还会有别的模型。',
      },
    ]);
    const [hit, ...rest] = rankTurns(turns, parseQuery('guest Minimax M2'));
    expect([hit?.turn.id, hit?.kind]).toEqual(['a', 'reply']);
    // Marked in the answer only, where it says M2.
    expect(hit!.ranges.map(([a, b]) => hit!.turn.text.slice(a, b))).toEqual(['M2']);
    // The next answer is no reply to that question: half the words alone is no match.
    expect(rest).toEqual([]);
  });

  test('a name alone is text to find', () => {
    expect(ids('周鸿祎')).toEqual(['e']);
  });

  test('a name glued to a topic or to what it said filters; at the head of a longer sentence it is the subject of a quote', () => {
    expect(speakerFilter('周鸿祎说搜索', names)).toEqual({ filter: { speakers: ['周鸿祎'] }, body: '搜索' });
    expect(speakerFilter('周鸿祎吹牛', names)).toEqual({ filter: { speakers: ['周鸿祎'] }, body: '吹牛' });
    // A Latin word is one word of the topic, however many letters.
    expect(speakerFilter('周鸿祎的ChatGPT', names)).toEqual({ filter: { speakers: ['周鸿祎'] }, body: 'ChatGPT' });
    expect(speakerFilter('周鸿祎说行业里有人爱吹牛', names)).toEqual({ filter: { speakers: ['周鸿祎'] }, body: '行业里有人爱吹牛' });
    // Web3 101 (对话匹马): the host says it of his guest — 匹马老师一直的特点就是文字非常的优美，逻辑非常的缜密.
    expect(speakerFilter('周鸿祎的文字很优美逻辑很严密', names)).toEqual({ body: '周鸿祎的文字很优美逻辑很严密' });
    const host = searchTurns({ praise: '周鸿祎老师一直的特点就是文字非常的优美，逻辑非常的缜密' }, { speaker: '骆轶航' });
    expect(rankTurns(host, parseQuery('周鸿祎的文字很优美逻辑很严密', { names })).map((h) => h.turn.id)).toEqual(['praise']);
  });
});

describe('misremembered quotes', () => {
  test('a quote typed without its little words finds the passage that says them (知行小酒馆 E194)', () => {
    const said = '但这个包装会更巧妙。它只是在适应症上忽悠了你，但它其实也不会伤害你的身体，只会伤害你的钱包，耽误你的救治机会。';
    const quote = '不伤你身体，只伤你钱包，还耽误治疗';
    const aligned = align(symbolsOf(quote), symbolsOf(said));
    // 不[会]伤[害]你[的]身体，只[会]伤[害]你[的]钱包 is one run, marked whole; 耽误 another; 还 and 疗 are not said.
    expect(aligned.runs.map(([a, b]) => said.slice(a, b))).toEqual(['不会伤害你的身体，只会伤害你的钱包', '耽误']);
    expect(aligned.coverage).toBeCloseTo(12 / 15);
    expect(rankedBy(searchTurns({ said }))(quote)).toEqual([['said', 'partial']]);
    // Two characters one apart are a coincidence, not a run: 不[会]伤 alone holds nothing; nor do
    // characters one apart throughout, with no stretch said word for word.
    expect(align(symbolsOf('不伤'), symbolsOf('不会伤')).coverage).toBe(0);
    expect(align(symbolsOf('数据安全'), symbolsOf('数字据说安排全面')).coverage).toBe(0);
    expect(align(symbolsOf('我不知道'), symbolsOf('我们不是知识道理')).coverage).toBe(0);
  });

  test('a synonym swapped or words left out still finds the turn, as a close match', () => {
    expect(hits('行业里有人喜欢吹牛').map((h) => [h.turn.id, h.kind])).toEqual([['a', 'partial']]);
    expect(ids('模型幻觉往往是因为prompt给得不好')).toEqual(['c']);
  });

  test('marks only runs the turn holds in order, never lone characters', () => {
    const [hit] = hits('行业里有人喜欢吹牛');
    expect(hit!.ranges.map(([a, b]) => hit!.turn.text.slice(a, b))).toEqual(['行业', '有人', '吹牛']);
  });

  test('a short quote missing a whole word is no close match: the word left out is its topic', () => {
    // Only 的原因 of 华为的原因 is in c: three characters of five, but 华为 is what was asked.
    expect(ids('华为的原因')).toEqual([]);
    // One character (a particle) left out of a short quote still finds the turn.
    expect(hits('三星的数据泄露').map((h) => [h.turn.id, h.kind])).toEqual([['d', 'partial']]);
  });

  test('a short quote lacking a first or last character that is more than a particle is no close match', () => {
    // Web3 101 (对话匹马): the podcast is on 小宇宙 (an app); 元宇宙 (the metaverse) is never discussed.
    const found = rankedBy(
      searchTurns({
        app: '大家可以在苹果播客、小宇宙等渠道订阅Web3 101',
        console: '微软当年也是这样，用芯片做家用游戏机，进入console市场',
      }),
    );
    expect(found('元宇宙')).toEqual([]);
    // An end the turn says elsewhere is not lacking: 微软 before, apart from 游戏机.
    expect(found('微软的游戏机')).toEqual([['console', 'partial']]);
  });

  test('a quote remembered in clauses, with a comma or a space between them, is still a quote', () => {
    // The text says 行业中有人爱吹牛: each clause typed is misremembered, so neither is a keyword found whole.
    for (const q of ['行业里有人喜欢吹牛', '我觉得差距客观存在，行业里有人喜欢吹牛', '我觉得差距客观存在 行业里有人喜欢吹牛'])
      expect(hits(q).map((h) => [h.turn.id, h.kind])).toEqual([['a', 'partial']]);
    // Short words apart are still keywords, found whole in any order: no quote of 数据 泄露 训练 is needed.
    expect(ids('泄露 数据 训练')).toEqual(['d']);
  });

  test('a long quote reworded inside still finds the turn; one lacking a whole end does not', () => {
    // 莫言 (People's Daily, Whisper's words), and the seed on models.
    const found = rankedBy(
      searchTurns({ herd: '难道天天放牛吗 当时就想一定要出去', models: '百度也好，阿里也好，大家都在做的大模型，其实差不多' }),
    );
    // 难道 and 放牛吗 in order: 每天都要 said as 天天, five characters of nine.
    expect(found('难道每天都要放牛吗')).toEqual([['herd', 'partial']]);
    // 的大模型 is half of 字节跳动的大模型, in order, but 字节跳动 — what was asked — is not there.
    expect(found('字节跳动的大模型')).toEqual([]);
  });

  test('a long keyword remembered with a character more at an end finds the turn saying the rest; a short one does not', () => {
    // 知行小酒馆 E194: 我做科研不是最厉害的 …, typed as 可惜 不做科研.
    const found = rankedBy(
      searchTurns({
        pity: '没有那么可惜。我一直觉得，我做科研不是最厉害的，这是事实。',
        other: '可惜那天下雨，我们没去成。',
        videos: '算法推给老人的短视频，全是养生偏方。',
      }),
    );
    expect(found('可惜 不做科研')).toEqual([['pity', 'partial']]);
    // Three characters at least, and most of the keyword: 科研 alone of 不做科研 is no topic.
    expect(found('可惜 不搞科研')).toEqual([]);
    // A keyword of three characters is whole or not there: 做科研 does not find 科研.
    expect(found('可惜 做实验')).toEqual([]);
    // 养生 alone of 养生视频 is half of it.
    expect(found('偏方 养生视频')).toEqual([]);
    expect(found('算法 短视频平台')).toEqual([['videos', 'partial']]);
  });

  test('a long quote reworded at both ends finds the turn that holds a phrase of it word for word', () => {
    // 面基 E146 (weisi-gu/xiaoyuzhou-podcast-notes): 高波动本身就会把你的回报率拉低; the seed on the gap.
    const found = rankedBy(
      searchTurns({
        swings: '但是只要有一个市场是高波动的话，高波动本身就会把你的回报率拉低。',
        gap: '我觉得差距是客观存在的,只是行业中有人爱吹牛。',
      }),
    );
    // 本身就会把你的 word for word, 波动 and 拉 in order: nine of sixteen; both ends said otherwise.
    expect(found('波动太大本身就会把你的收益拉下来')).toEqual([['swings', 'partial']]);
    // 差距 and 有人 alone, scattered among other words, are no phrase remembered.
    expect(found('两边的差距很大但是总有人喜欢夸口')).toEqual([]);
    // A name said whole is the quote's subject: a turn about the company is not one about its models.
    const company = rankedBy(searchTurns({ bytedance: '字节跳动这家公司做得很好，人工智能也做得早。' }));
    expect(company('字节跳动的大模型')).toEqual([]);
    expect(company('人工智能改变世界')).toEqual([]);
  });

  test('a long quote with a word swapped at its start or end still finds the turn', () => {
    // Web3 101 (对话匹马): 专注 for 聚焦 with its negation, 人家 for 他.
    const found = rankedBy(
      searchTurns({
        focus: '不聚焦，很难取得一定的成果。你只有聚焦了，你的注意力才会得到很好地呈现。',
        rich: '就他可能不一定接受别人的钱，因为他自己就都赚麻了。',
      }),
    );
    expect(found('不专注很难有成果')).toEqual([['focus', 'partial']]);
    expect(found('人家自己都已经赚麻了')).toEqual([['rich', 'partial']]);
  });

  test('the alignment counts runs of two or more symbols', () => {
    const { coverage } = align(symbolsOf('小米手机'), symbolsOf(fold('拿出手机刷短视频')));
    expect(coverage).toBe(0.5);
  });

  test("and a lone character one misremembered character from a run, in the quote and the text alike: that run's word", () => {
    // 莫言 (People's Daily, Whisper's words): 读的越多 for 读得越多.
    const text = '读的越多就能欲望越强烈';
    const aligned = align(symbolsOf('书读得越多想写的欲望就越强烈'), symbolsOf(text));
    expect(aligned.runs.map(([a, b]) => text.slice(a, b))).toEqual(['读', '越多', '欲望', '越强烈']);
    expect(aligned.ends).toEqual([1, 0]);
    expect(rankedBy(searchTurns({ read: text }))('书读得越多想写的欲望就越强烈')).toEqual([['read', 'partial']]);
    // Two apart in the text is no misremembered character: 太 of 别太当真 is not counted in 不要太相信.
    const other = align(symbolsOf('他的话你们别太当真'), symbolsOf(fold('他的话你们不要太相信')));
    expect(other.coverage).toBeCloseTo(5 / 9);
  });

  test('a quote whose remembered parts the text says a clause apart still finds the turn, in order', () => {
    // 余华 (莫言余华谈写作, subtitles): the reader's 前后都缺了 is ten characters of the text.
    const text = '我拿到一份外国小说 都是没头没尾的 前面少了十多页 后面又少了十多页';
    const aligned = align(symbolsOf('外国小说前后都缺了十几页'), symbolsOf(text));
    expect(aligned.runs.map(([a, b]) => text.slice(a, b))).toEqual(['外国小说', '了十', '页']);
    expect(rankedBy(searchTurns({ pages: text }))('外国小说前后都缺了十几页')).toEqual([['pages', 'partial']]);
    // Cheap gaps alone would go through 多 of 喜多的欲望 (莫言, the turn before), a lone character that counts for nothing.
    const read = '产生了喜多的欲望 读的越多就能欲望越强烈';
    const runs = align(symbolsOf('书读得越多想写的欲望就越强烈'), symbolsOf(read)).runs.map(([a, b]) => read.slice(a, b));
    expect(runs).toEqual(['读', '越多', '欲望', '越强烈']);
  });
});

describe('robustness', () => {
  test('ranges never cut a surrogate pair, a combining mark or an emoji sequence', () => {
    expect(toGraphemes('好𠀀字', [1, 2])).toEqual([1, 3]);
    expect(toGraphemes('e\u0301x', [0, 1])).toEqual([0, 2]);
    expect(toGraphemes('a👩‍💻b', [1, 3])).toEqual([1, 6]);
    const { folded, map } = foldForSearch('字𠀀');
    expect(folded).toBe('字𠀀');
    expect(map).toEqual([0, 1, 1]);
  });

  test('a query ending in a character outside the BMP gives a whole-character range', () => {
    const extra = prepareTurns([{ ...turn('a', 'x', 'interviewee'), text: '罕见字𠀀在此' }]);
    const [hit] = rankTurns(extra, parseQuery('罕见字𠀀'));
    const phrase = hit!.turn.text.slice(...hit!.ranges[0]!);
    expect(phrase).toBe('罕见字𠀀');
    expect(() => encodeURIComponent(phrase)).not.toThrow();
  });

  test('a symbol-only query is matched as text', () => {
    expect(ids('🚀')).toEqual(['f']);
  });

  test('an excerpt never starts on punctuation', () => {
    const text = `${'前面的话很长。'.repeat(8)}关键的一句话${'后'.repeat(80)}`;
    const at = text.indexOf('关键');
    const segments = excerpt(text, [[at, at + 6]]);
    expect(segments[0]!.text).toBe('…');
    expect(segments[1]!.text).not.toMatch(/^[\p{P}\s]/u);
  });
});

/** The index of these turn texts, as the build makes it (with their Latin words), read as the browser reads it. */
function postingsOf(all: readonly string[]): (unit: string) => number[] {
  const words = all.map((t) => symbolsOf(t).flatMap((s) => (/\p{Script=Han}/u.test(s.text) ? [] : [s.text])));
  const shards = buildShards(
    all.map((t) => foldForSearch(t).folded),
    words,
  );
  return (unit) => decodePostings(shards[shardOf(unit, shards.length)]![unit]);
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('a long quote reworded past a close match', () => {
  // 商业访谈录 #119: the guest's words, and other turns of a site that share the common ones.
  const all = [
    '所以大家都不需要去动算法了，大家就只需要买卡就行了。',
    '大家只要去看看就够了，不用想太多。',
    '我觉得大家都差不多，就够了。',
    '算法这个东西，大家都在讲。',
    '自动驾驶这件事我们做了十年。',
    // A site's everyday words: in most turns, so they say little of where a quote is.
    ...Array.from({ length: 40 }, (_, i) => `大家只要去第${i}期看看，不用急，就够了。`),
  ];
  const postings = postingsOf(all);
  const quote = parseQuery('大家只要去买显卡就够了，不用动算法');

  test('is looked for again by its rarest pairs of characters: the turn holding most of its rarity is its likely place', () => {
    expect(looksAgain(quote)).toBe(true);
    const shares = rarePairs(quotePairs(quote), postings, all.length);
    expect([...shares.keys()][0]).toBe(0);
    expect(shares.size).toBeLessThanOrEqual(LOOSE_TURNS);
    for (const share of shares.values()) expect(share).toBeGreaterThanOrEqual(LOOSE_SHARE);
  });

  test('is shown as its own kind, below all others, marked only where three characters or more stand in order', () => {
    // Numbered as the site numbers them: t0 is turn 0.
    const turns = searchTurns(Object.fromEntries(all.map((text, n) => [`t${n}`, text])));
    const hits = looseHits(turns, quote, rarePairs(quotePairs(quote), postings, all.length));
    expect(hits[0]).toMatchObject({ kind: 'loose', turn: { id: 't0' } });
    for (const [start, end] of hits[0]!.ranges) expect(end - start).toBeGreaterThanOrEqual(3);
  });

  test('never for keywords, a short quote or a quoted phrase: an absent topic stays absent', () => {
    expect(looksAgain(parseQuery('显卡 算法 大家 够了 不用'))).toBe(false);
    expect(looksAgain(parseQuery('买显卡就够了'))).toBe(false);
    expect(looksAgain(parseQuery('“大家只要去买显卡就够了，不用动算法”'))).toBe(false);
    // A quote whose rare words no turn holds points nowhere.
    expect(rarePairs(quotePairs(parseQuery('量子计算机明年就会取代所有的显卡')), postings, all.length).size).toBe(0);
    // Nor does a sentence of which a turn holds one rare word alone (a quarter of its rarity):
    // 自动驾驶 is its topic, and 自动驾驶出租车已经普及 no one said.
    expect(rarePairs(quotePairs(parseQuery('自动驾驶出租车已经普及')), postings, all.length).size).toBe(0);
  });
});

describe('the sharded index', () => {
  test('every unit of every turn is listed, in the shard its hash names', () => {
    const folded = Object.values(texts).map((t) => fold(t));
    const shards = buildShards(folded);
    folded.forEach((text, n) => {
      for (const unit of unitsIn(text)) expect(decodePostings(shards[shardOf(unit, shards.length)]![unit])).toContain(n);
    });
  });

  test('postings are stored as gaps in base 36 and read back exactly', () => {
    expect(encodePostings([3, 40, 41, 1000])).toBe('3,11,1,qn');
    expect(decodePostings(encodePostings([3, 40, 41, 1000]))).toEqual([3, 40, 41, 1000]);
    expect(decodePostings(undefined)).toEqual([]);
  });

  test('a query verifies its best few candidates at first; the other turns holding all it asks are kept, in order, for more', () => {
    // A keyword said in 30 turns, and 10 more turns holding half of it.
    const postings = (unit: string) => (unit === '大模' ? range(0, 40) : unit === '模型' ? range(0, 30) : []);
    const found = pickCandidates(lookupReadings(parseQuery('大模型')), postings);
    expect(found.numbers).toEqual(range(0, CANDIDATES));
    expect(found.rest).toEqual(range(CANDIDATES, 30));
    // Fewer than a page tied: nothing kept aside, the best partial ones fill the page.
    const few = pickCandidates(lookupReadings(parseQuery('大模型')), (unit) =>
      unit === '大模' ? range(0, 40) : unit === '模型' ? [1, 2] : [],
    );
    expect(few.numbers.slice(0, 2)).toEqual([1, 2]);
    expect(few.numbers).toHaveLength(CANDIDATES);
    expect(few.rest).toEqual([]);
  });

  test("with a speaker named, the candidates are that speaker's interview's turns, not the first turns of the site to hold the word", () => {
    // A library: AI said in 30 turns of one interview (0–29), and in two of the named speaker's (40–59).
    const postings = (unit: string) => (unit === 'ai' ? [...range(0, 30), 45, 52] : []);
    const body = parseQuery('AI');
    expect(pickCandidates(lookupReadings(body), postings).numbers).not.toContain(45);
    expect(pickCandidates(lookupReadings(body), postings, [[40, 59]]).numbers).toEqual([45, 52]);
  });

  test("a Chinese turn holding an English word's translation is a candidate before English turns holding part of its letters", () => {
    // A library with an interview in English and its Chinese translation: 16 English turns share
    // two of the three letter triples of "leaking" (lea, kin, ing), one Chinese turn says 泄露.
    // And one English turn says the word itself, in another form.
    const english = Array.from({ length: CANDIDATES }, (_, i) => `the leader is king number ${i}`);
    const all = [...english, texts.d, 'Nothing leaked, as far as I know.'];
    const postings = postingsOf(all);
    const { numbers } = pickCandidates(lookupReadings(parseQuery('leaking', { dictionary })), postings);
    // The turn saying the reader's word first, then the one saying its translation.
    expect(numbers.slice(0, 2)).toEqual([CANDIDATES + 1, CANDIDATES]);
  });

  test('a turn holding a keyword query translated whole is a candidate, though it holds no one word’s own translation', () => {
    // 小 and 车 stand for small and car only side by side (小车); 16 English turns hold "small" or "car".
    const table = lookupIn(
      new Map(
        Object.entries(
          buildDictionary(
            [
              { simplified: '小', english: ['small', 'tiny'] },
              { simplified: '车', english: ['car', 'vehicle'] },
            ],
            '那个小车',
          ),
        ),
      ),
    );
    const all = [...Array.from({ length: CANDIDATES }, (_, i) => `a small ${i} and a car`), '就是那个菲亚特的那个小车'];
    const { numbers } = pickCandidates(lookupReadings(parseQuery('small car', { dictionary: table })), postingsOf(all));
    expect(numbers).toContain(CANDIDATES);
  });

  test("turns in the reader's own words come first among equals, and turns in other words keep a few places", () => {
    // 20 English turns say "leaking", then two Chinese turns say 泄露.
    const all = [...Array.from({ length: 20 }, (_, i) => `leaking ${i}`), texts.d, texts.d];
    const postings = postingsOf(all);
    const { numbers, rest } = pickCandidates(lookupReadings(parseQuery('leaking', { dictionary })), postings);
    expect(numbers).toHaveLength(CANDIDATES);
    expect(numbers.slice(0, CANDIDATES - 2)).toEqual(range(0, CANDIDATES - 2));
    expect(numbers.slice(-2)).toEqual([20, 21]);
    expect(rest).toEqual(range(CANDIDATES - 2, 20));
  });

  test('among turns holding a translation, those holding the closest are looked at first', () => {
    // Twenty turns say 可能 ("…; possibility; probability"), the last one 概率 ("probability").
    const probability = tableOf(
      [
        { simplified: '可能', english: ['might (happen)', 'possible', 'probable', 'possibility', 'probability'] },
        { simplified: '概率', english: ['probability (math.)'] },
      ],
      '可能 概率',
    );
    const all = [...Array.from({ length: 20 }, (_, i) => `这可能是第${i}个`), '内部概率统计的参数'];
    const postings = postingsOf(all);
    const { numbers } = pickCandidates(lookupReadings(parseQuery('probability', { dictionary: probability })), postings);
    expect(numbers[0]).toBe(20);
  });

  test("a Chinese quote's English reading counts for the characters it reads, not for the whole quote", () => {
    // Twenty English turns say "industry", the one word of 行业中有人吹牛 the dictionary reads in English.
    const all = [...Array.from({ length: 20 }, (_, i) => `the industry, part ${i}`), texts.a];
    const postings = postingsOf(all);
    const chinese = (word: string) => (word === '行业' ? ['industry'] : undefined);
    const query = parseQuery('行业中有人吹牛', { chinese });
    expect(query.body.english?.words.map((w) => w.text)).toEqual(['行业']);
    expect(pickCandidates(lookupReadings(query), postings).numbers[0]).toBe(20);
  });

  test('a query looks up Han pairs and Latin triples that cover it without overlap', () => {
    expect(lookupUnits('行业中有人')).toEqual(['行业', '中有', '有人']);
    expect(lookupUnits('prompt给得')).toEqual(['pro', 'mpt', '给得']);
    expect(lookupUnits('langchain')).toEqual(['lan', 'gch', 'ain']);
  });
});
