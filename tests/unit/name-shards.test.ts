/** Speakers' names in shards: a query loads a few, and understands who it asks about as with all of them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSearchData } from '../../src/lib/search/build-data.ts';
import { fold } from '../../src/lib/fold.ts';
import { buildNameShards, nameShardsFor } from '../../src/lib/search/name-shards.ts';
import { parseScriptTable } from '../../src/lib/search/script-table.ts';
import { toSimplified, traditionalCharacters } from '../../src/lib/search/opencc.ts';
import { nameStarts, speakerFilter, type SpeakerName } from '../../src/lib/search/speakers.ts';
import { ROOT } from '../support/paths.ts';

/** The seed's and an English interview's speakers, and 400 more: a library's worth, in many shards. */
const names: SpeakerName[] = [
  ...['周鸿祎', '周总', 'Zhou Hongyi'].map((n) => ({ name: fold(n), speaker: '周鸿祎' })),
  { name: fold('骆轶航'), speaker: '骆轶航' },
  ...['Daniel Whitenack', 'Daniel', 'Whitenack'].map((n) => ({ name: fold(n), speaker: 'Daniel Whitenack' })),
  ...['Chris Benson', 'Chris', 'Benson'].map((n) => ({ name: fold(n), speaker: 'Chris Benson' })),
  ...Array.from({ length: 400 }, (_, i) => {
    const name = `${'王李张刘陈杨黄赵吴周'[i % 10]}${'伟芳娜敏静丽强磊军洋'[Math.floor(i / 10) % 10]}${'一二三四'[Math.floor(i / 100)]}`;
    return { name: fold(name), speaker: name };
  }),
];
const shards = buildNameShards(names);

describe('speaker names in shards', () => {
  test('every name is in the shard of its first character, and the shards multiply with the names', () => {
    expect(shards.length).toBeGreaterThanOrEqual(4);
    expect(shards.flat()).toHaveLength(names.length);
    expect(buildNameShards(names.slice(0, 10))).toHaveLength(1);
  });

  test.each([
    '周鸿祎 开源',
    '开源 周鸿祎',
    '周总说搜索',
    '周鸿祎谈开源',
    'Daniel Whitenack training data',
    'training data Daniel Whitenack',
    'chris 开源',
    '王伟一 幻觉',
    '幻觉 黄强二',
    '主持人 差距',
    '英伟达 GPU',
  ])('"%s" loads the shards of its words’ first characters and reads its speaker as with every name', (query) => {
    const needed = nameShardsFor(nameStarts(query), shards.length);
    expect(needed.length).toBeLessThan(shards.length);
    const loaded = needed.flatMap((n) => shards[n]!);
    expect(speakerFilter(query, loaded)).toEqual(speakerFilter(query, names));
  });

  test('the names found that way are the ones asked about', () => {
    const read = (query: string) =>
      speakerFilter(
        query,
        nameShardsFor(nameStarts(query), shards.length).flatMap((n) => shards[n]!),
      );
    expect(read('周总说搜索').filter?.speakers).toEqual(['周鸿祎']);
    expect(read('training data Daniel Whitenack').filter?.speakers).toEqual(['Daniel Whitenack']);
    expect(read('幻觉 黄强二').filter?.speakers).toEqual(['黄强二']);
  });
});

/** The seed's record, its speakers renamed (and a turn's paragraphs changed) as a test needs. */
function seedRecord(renamed: Record<string, string> = {}, paragraphs?: (i: number, own: string[]) => string[]) {
  const seed = JSON.parse(readFileSync(join(ROOT, 'content/generated/zhou-hongyi-2023-05-31/interview.json'), 'utf8'));
  const name = (n: string) => renamed[n] ?? n;
  return {
    ...seed,
    speakers: seed.speakers.map((s: { name: string }) => ({ ...s, name: name(s.name) })),
    turns: seed.turns.map((t: { speaker: string; paragraphs: string[] }, i: number) => ({
      ...t,
      speaker: name(t.speaker),
      paragraphs: paragraphs ? paragraphs(i, t.paragraphs) : t.paragraphs,
    })),
  };
}

/** The names a site of these records holds for speaker filters, and its script table (OpenCC's with `opencc`). */
function siteNames(records: unknown[], { opencc = false, words = [] as string[] } = {}) {
  const files = buildSearchData({
    records: records as never,
    glossary: [],
    bundles: [],
    dictionary: words.map((simplified) => ({ simplified, english: ['(a word)'] })),
    script: opencc ? { characters: traditionalCharacters(), toSimplified } : { characters: [], toSimplified: (c) => c },
  });
  const script = parseScriptTable((files.get('search/manifest.json') as { script: string }).script);
  const all = [...files].filter(([path]) => path.includes('/names/')).flatMap(([, shard]) => shard as SpeakerName[]);
  return { all, script };
}

describe('where a speaker spoke', () => {
  test("a name carries its interview's turn numbers in the site, one range per interview the name speaks in", () => {
    // Two interviews of one host: the site numbers turns interview by interview, in slug order.
    const seed = seedRecord();
    const other = { ...seedRecord({ 周鸿祎: '唐鳳' }), slug: 'zz-later' };
    const { all } = siteNames([other, seed]);
    const [a, b] = [seed.turns.length, other.turns.length];
    expect(speakerFilter('周鸿祎 开源', all).filter?.within).toEqual([[0, a - 1]]);
    expect(speakerFilter('唐鳳 开源', all).filter?.within).toEqual([[a, a + b - 1]]);
    expect(speakerFilter('骆轶航 开源', all).filter?.within).toEqual([
      [0, a - 1],
      [a, a + b - 1],
    ]);
    // A role word names no one: its speakers are anywhere.
    expect(speakerFilter('主持人 开源', all).filter?.within).toBeUndefined();
  });
});

describe('a guest the host calls by name', () => {
  /** The seed with its speakers renamed, and the host's first turns opening with these words. */
  const hosted = (renamed: Record<string, string>, said: string[], words: string[] = []) => {
    const record = seedRecord(renamed);
    const host = record.speakers.find((s: { role: string }) => s.role === 'interviewer').name;
    let k = 0;
    const turns = record.turns.map((t: { speaker: string; paragraphs: string[] }) =>
      t.speaker === host && k < said.length ? { ...t, paragraphs: [said[k++]!, ...t.paragraphs] } : t,
    );
    return siteNames([{ ...record, turns }], { words }).all;
  };

  test('is asked about by that name where the label names no one: 猫草 for 说话人1 (面基 E146, an ASR transcript)', () => {
    const all = hosted({ 周鸿祎: '说话人1', 骆轶航: '说话人0' }, ['好，我们今天请到了猫草老师。', '猫草老师您怎么看？']);
    expect(speakerFilter('猫草 低欲望', all).filter?.speakers).toEqual(['说话人1']);
    expect(speakerFilter('猫草老师说低欲望', all).filter?.speakers).toEqual(['说话人1']);
  });

  test('and by a name that sounds as the label does, as speech recognition writes it: 志中老师 for 李志忠 (知行小酒馆 E194)', () => {
    const all = hosted({ 周鸿祎: '李志忠', 骆轶航: '雨白' }, ['志中老师好。', '志中老师，最后一个问题。']);
    expect(speakerFilter('志中老师 肠镜', all).filter?.speakers).toEqual(['李志忠']);
  });

  test('but not by someone else the host names, nor by words that stand before a title, nor by a name said once', () => {
    const all = hosted({ 周鸿祎: '杨松琳', 骆轶航: '张小珺' }, ['俊贤老师说过，', '正如俊贤老师所说。各位老师好。', '各位老师再见。']);
    expect(speakerFilter('俊贤老师 注意力', all)).toEqual({ body: '俊贤老师 注意力' });
    const voices = hosted({ 周鸿祎: '说话人1', 骆轶航: '说话人0' }, ['各位老师好，茂草老师好。', '各位老师再见。']);
    expect(speakerFilter('各位 再见', voices)).toEqual({ body: '各位 再见' });
    expect(speakerFilter('茂草 低欲望', voices)).toEqual({ body: '茂草 低欲望' });
  });

  test('where the label names no one, not by a word before a title, nor when the host so calls two people', () => {
    // 谢谢老师 is thanks: 谢谢大家 stays a quote, and 猫草 is still the guest.
    const thanks = hosted({ 周鸿祎: '说话人1', 骆轶航: '说话人0' }, ['谢谢老师，猫草老师。', '谢谢老师。猫草老师您说。'], ['谢谢']);
    expect(speakerFilter('谢谢大家', thanks)).toEqual({ body: '谢谢大家' });
    expect(speakerFilter('猫草 低欲望', thanks).filter?.speakers).toEqual(['说话人1']);
    // 罗翔老师 quoted as often as 猫草老师 is addressed: the text does not say which one is the guest.
    const two = hosted({ 周鸿祎: '说话人1', 骆轶航: '说话人0' }, ['罗翔老师说过，猫草老师。', '猫草老师，罗翔老师很有名。']);
    expect(speakerFilter('罗翔 法律', two)).toEqual({ body: '罗翔 法律' });
    expect(speakerFilter('猫草 法律', two)).toEqual({ body: '猫草 法律' });
  });
});

describe('a Chinese speaker’s name in pinyin', () => {
  test('filters by that speaker, surname first or last: Zhou Hongyi, Hongyi Zhou, luoyihang', () => {
    // No glossary: the pinyin comes from the names alone.
    const { all } = siteNames([seedRecord()]);
    for (const query of ['Zhou Hongyi 开源', 'Hongyi Zhou 开源', 'luoyihang 退休'])
      expect(speakerFilter(query, all).filter?.speakers).toEqual([query.startsWith('luo') ? '骆轶航' : '周鸿祎']);
  });
});

describe('a speaker named in traditional characters', () => {
  test('is asked about in either script, by name, glued to the topic, or in pinyin: 唐凤 is 唐鳳', () => {
    // audreyt/transcript labels its speakers 唐鳳 and 徐國勇 (a Taiwan press tea, 2016-11-16).
    const record = seedRecord({ 周鸿祎: '唐鳳', 骆轶航: '徐國勇' });
    const { all, script } = siteNames([record], { opencc: true });
    const within = [[0, record.turns.length - 1]];
    for (const query of ['唐凤 开源', '唐鳳 开源', '唐凤说开源', '唐鳳說開源', '「唐鳳」說開源', '開源 唐鳳', 'Tang Feng 开源'])
      expect(speakerFilter(query, all, script).filter?.speakers).toEqual(['唐鳳']);
    expect(speakerFilter('唐凤说开源', all, script).body).toBe('开源');
    expect(speakerFilter('唐鳳說數位發展很重要', all, script)).toEqual({ filter: { speakers: ['唐鳳'], within }, body: '數位發展很重要' });
    expect(speakerFilter('徐国勇 问 开源', all, script)).toEqual({ filter: { speakers: ['徐國勇'], within }, body: '开源' });
    expect(nameStarts('开源 唐凤', script)).toContain('唐');
  });
});

describe('a speaker whose role the transcript does not tell', () => {
  test('is still asked about by name: the name is no role word, and the reader knows who spoke', () => {
    const seed = seedRecord();
    const { all } = siteNames([{ ...seed, speakers: seed.speakers.map((s: object) => ({ ...s, role: 'other' })) }]);
    expect(speakerFilter('周鸿祎 开源', all)).toEqual({
      filter: { speakers: ['周鸿祎'], within: [[0, seed.turns.length - 1]] },
      body: '开源',
    });
    expect(speakerFilter('Zhou Hongyi 开源', all).filter?.speakers).toEqual(['周鸿祎']);
  });
});

describe('a speaker the text calls by a title', () => {
  test('is asked about by the title alone: 市长 is the mayor the text calls 柯市長; a title never used names no one', () => {
    // The host calls the guest 柯市長 (政問, 2015: 柯市長表示他今天已經吃過麵了; 今天非常感謝柯市長), and says
    // 对于老师 once, which calls no one 于老师.
    const said = '柯市長表示他今天已經吃過麵了。今天非常感謝柯市長。对于老师来说呢？';
    const record = seedRecord({ 周鸿祎: '柯文哲', 骆轶航: '于鐵志' }, (i, own) => (i === 0 ? [said, ...own] : own));
    const { all, script } = siteNames([record], { opencc: true });
    const within = [[0, record.turns.length - 1]];
    expect(speakerFilter('市长 开源', all, script)).toEqual({ filter: { speakers: ['柯文哲'], within }, body: '开源' });
    expect(speakerFilter('市長說開源', all, script)).toEqual({ filter: { speakers: ['柯文哲'], within }, body: '開源' });
    // A title joins its topic only by a joiner: 市长选举 is an election.
    expect(speakerFilter('市长选举', all, script)).toEqual({ body: '市长选举' });
    // Never called 教授 here; and the seed's 周总 gives no 总 alone (总的来说).
    expect(speakerFilter('教授 开源', all, script)).toEqual({ body: '教授 开源' });
    expect(speakerFilter('老师 开源', all, script)).toEqual({ body: '老师 开源' });
    expect(all.some((n) => n.name === '总')).toBe(false);
  });
});
