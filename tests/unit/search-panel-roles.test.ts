/**
 * Role words in queries as readers type them for panels and talks, not only one-on-one interviews:
 * the moderator (主持人, moderator, host), the panelists (嘉宾, panelist, guest) and the audience
 * asking from the floor (观众, 听众, audience; 问/Q/提问者 for whoever asks).
 *
 * The turns are real: TABConf 2021 "Covenants" (moderator Shaun Apps, panelists Andrew Poelstra and
 * Jeremy Rubin, questions from the floor labelled `Q -` / `Q：`), from bitcointranscripts/bitcointranscripts,
 * tabconf/2021/2021-11-05-jeremy-rubin-andrew-poelstra-covenants.md (English, transcript by Jeremy Rubin) and
 * .zh.md (Chinese translation by Ajian), MIT licence. Short turns quoted whole; long ones by their opening
 * sentences, cut at a sentence end. Roles as the ingest reads them (tests/fixtures/transcripts/real/tabconf-covenants-panel).
 */
import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../src/lib/search/query.ts';
import { prepareTurns, rankTurns, type SearchTurn } from '../../src/lib/search/rank.ts';
import { speakerFilter, type SpeakerName } from '../../src/lib/search/speakers.ts';

const SA = 'Shaun Apps';
const AP = 'Andrew Poelstra';
const JR = 'Jeremy Rubin';

/** [interview, id, speaker, role, text]: the id names the source line. */
const quoted: [string, string, string, string, string][] = [
  // covenants.md, line 49
  [
    'en',
    'l49',
    SA,
    'interviewer',
    "Jeremy you mentioned one of the use cases being congestion control. Can you guys talk about these proposals with regards to how covenants would affect Layer 2 solutions, like the Lightning Network? What's to be gained from these proposals? How can it improve things and what can it do?",
  ],
  // line 51 (opening sentences)
  ['en', 'l51', JR, 'interviewee', 'Layer 2 with covenants is amazing. Right now Layer2, uh whatever. Layer 2 with covenants? Awesome.'],
  // line 55
  ['en', 'l55', SA, 'interviewer', 'Want to field some questions from from the audience?'],
  // line 59
  ['en', 'l59', 'Q', 'audience', 'I’d love to hear more about your thoughts on vault applications.'],
  // line 61 (opening sentences)
  [
    'en',
    'l61',
    AP,
    'interviewee',
    'What do I think? I think that vaults are necessary for major Bitcoin adoption quite bluntly. So what vaults are is they are a covenant construction where you can constrain coins such that they cannot be directly moved to any particular destination.',
  ],
  // line 63 (opening sentence)
  ['en', 'l63', JR, 'interviewee', 'I like vaults, CHECKTEMPLATEVERIFY can do a slightly different variant of them but also meaningful.'],
  // line 85
  ['en', 'l85', 'Q', 'audience', 'Why did Satoshi originally disable CAT?'],
  // line 87 (opening sentence)
  [
    'en',
    'l87',
    AP,
    'interviewee',
    "The original implementation of CAT had a memory blow up issue where it didn't constrain the size of its output.",
  ],
  // covenants.zh.md, line 67
  [
    'zh',
    'l67',
    SA,
    'interviewer',
    'Jeremy，你提到限制条款的用途之一是拥堵控制。你们能不能从它们会如何影响 Layer 2 解决方案（比如闪电网络）的角度讲讲这些提议？我们能从这些提议中得到什么？它们能不能优化现有的东西、如何优化？',
  ],
  // line 87
  ['zh', 'l87', SA, 'interviewer', '你们想回答观众的问题吗？'],
  // line 91
  ['zh', 'l91', 'Q', 'audience', '我想听听你们对保险柜应用的看法。'],
  // line 93 (opening sentences)
  [
    'zh',
    'l93',
    AP,
    'interviewee',
    '我的想法吗？坦率地说，我认为保险柜对比特币的大规模采用是必要的。那么，保险柜是什么呢，它们是一种限制条款构造，你可以约束资金的流向，使它们除了去往某个特定的目的地，哪儿也去不了。',
  ],
  // line 101 (opening sentence)
  ['zh', 'l101', JR, 'interviewee', '我也喜欢保险柜，CHECKTEMPLATEVERIFY 可以做出稍有区别的变种，但也是很有意义的。'],
  // line 127
  ['zh', 'l127', 'Q', 'audience', '为什么当初中本聪要禁用 CAT？'],
  // line 129 (opening sentences)
  [
    'zh',
    'l129',
    AP,
    'interviewee',
    '最初的 CAT 实现有一个内存膨胀问题，它并没有约束输出的大小。你可以把 0 字节或者别的什么东西推进去，然后使用 OP_DUP 来复制它，再使用 CAT 把它们拼再一起。只要重复使用 DUP 和 CAT，很快数据量就能长到天上去。这就是它被禁用的原因。',
  ],
];

const turns = prepareTurns(
  quoted.map(([interview, id, speaker, role, text]): SearchTurn => ({
    key: `${interview}/${id}`,
    interview,
    id,
    url: `/${interview}/t/#${id}`,
    speaker,
    role,
    theme: 't',
    themeTitle: 'T',
    text,
  })),
);
/** The names the site's search data holds for these speakers (build-data.ts: each name, and each word of a Latin one). */
const names: SpeakerName[] = [SA, AP, JR, 'Q'].flatMap((speaker) =>
  [speaker, ...(speaker.includes(' ') ? speaker.split(' ') : [])].map((name) => ({
    name: name.toLowerCase().replace(/\s+/gu, ''),
    speaker,
  })),
);
const keys = (q: string) => rankTurns(turns, parseQuery(q, { names })).map((h) => h.turn.key);

describe('the audience in the query', () => {
  test('观众 / audience find the question asked from the floor, not the answers nor the moderator who names the audience', () => {
    expect(keys('观众 保险柜')).toEqual(['zh/l91']);
    expect(keys('audience vaults')).toEqual(['en/l59']);
    expect(keys('听众 保险柜')).toEqual(['zh/l91']);
  });

  test('观众 问 …: what the audience asked, never the answer that repeats its words', () => {
    expect(speakerFilter('观众 问 中本聪 禁用', names)).toEqual({ filter: { speakers: [], roles: ['audience'] }, body: '中本聪 禁用' });
    expect(keys('观众 问 中本聪 禁用')).toEqual(['zh/l127']);
    expect(keys('观众问中本聪禁用')).toEqual(['zh/l127']);
    expect(keys('audience Satoshi disable')).toEqual(['en/l85']);
  });

  test('a role word is a role even where a transcript labels a speaker with it (观众：, as the roundtable fixture does)', () => {
    const labelled = [...names, { name: '观众', speaker: '观众' }];
    expect(speakerFilter('观众 保险柜', labelled)).toEqual({ filter: { speakers: [], roles: ['audience'] }, body: '保险柜' });
  });
});

describe('the moderator and the panelists in the query', () => {
  test('moderator / 主持人 find the moderator’s question, not the panelist’s answer on the same topic', () => {
    expect(keys('moderator Layer 2').sort()).toEqual(['en/l49', 'zh/l67']);
    expect(keys('主持人 拥堵控制')).toEqual(['zh/l67']);
    expect(keys('host congestion control')).toEqual(['en/l49']);
  });

  test('panelist / 嘉宾 find the answers, not the question', () => {
    expect(keys('嘉宾 保险柜').sort()).toEqual(['zh/l101', 'zh/l93']);
    expect(keys('panelist vaults').sort()).toEqual(['en/l61', 'en/l63']);
  });

  test('Q, 问 and 提问者 are whoever asks: the moderator on stage or the audience from the floor', () => {
    expect(speakerFilter('提问者 保险柜', [])).toEqual({ filter: { speakers: [], roles: ['interviewer', 'audience'] }, body: '保险柜' });
    expect(speakerFilter('questioner vaults', [])).toEqual({
      filter: { speakers: [], roles: ['interviewer', 'audience'] },
      body: 'vaults',
    });
    expect(keys('提问者 保险柜')).toEqual(['zh/l91']);
    expect(keys('问 拥堵控制')).toEqual(['zh/l67']);
  });

  test('a role word glued to a topic by anything but 问 is read whole, as a quote may start so', () => {
    expect(speakerFilter('主持人说得对', [])).toEqual({ body: '主持人说得对' });
  });
});

describe('a role word with a topic that occurs nowhere for that role', () => {
  test('finds nothing, not the turns of others that hold the topic', () => {
    expect(keys('主持人 保险柜')).toEqual([]);
    expect(keys('moderator vaults')).toEqual([]);
    expect(keys('观众 Layer 2')).toEqual([]);
    expect(keys('audience Layer 2')).toEqual([]);
  });

  test('finds nothing for a topic no one spoke of', () => {
    expect(keys('观众 以太坊')).toEqual([]);
    expect(keys('audience Ethereum')).toEqual([]);
    expect(keys('moderator inflation')).toEqual([]);
  });
});
