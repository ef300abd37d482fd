import { describe, expect, test } from 'vitest';
import { IngestError } from '../../scripts/lib/errors.ts';
import { parseTranscript } from '../../scripts/lib/parse/parse-transcript.ts';
import { SEED } from '../support/paths.ts';
import { seedText } from '../support/seed.ts';

const { transcript, warnings } = parseTranscript(seedText, SEED);

describe('the seed transcript', () => {
  test('declares the interviewer and the interviewee in its header', () => {
    expect(transcript.speakers).toEqual([
      { name: '骆轶航', role: 'interviewer', declared: true },
      { name: '周鸿祎', role: 'interviewee', declared: true },
    ]);
    expect(warnings).toEqual([]);
  });

  test('has 23 turns by each speaker, alternating', () => {
    const count = (name: string) => transcript.turns.filter((t) => t.speaker === name).length;
    expect(count('骆轶航')).toBe(23);
    expect(count('周鸿祎')).toBe(23);
    expect(transcript.turns.every((t, i) => t.speaker === (i % 2 === 0 ? '骆轶航' : '周鸿祎'))).toBe(true);
  });

  test('finds the four editorial headings, each before an interviewer turn', () => {
    expect(transcript.headings.map((h) => h.text)).toEqual([
      '大模型确实要比光刻机简单很多',
      '垂直领域的机会还远远没有表现出来',
      '不要太着急于所谓“大模型生态”',
      '我觉得三个月都像过了三十年',
    ]);
    for (const h of transcript.headings) expect(transcript.turns[h.beforeTurn]!.speaker).toBe('骆轶航');
  });

  test('keeps header metadata, with 来源 taken from the next line', () => {
    expect(transcript.header.map((m) => m.key)).toEqual(['来源', '访谈人', '受访人', '图片来源']);
    expect(transcript.header[0]!.value).toMatch(/^本文是5月31日品玩举办的“模型思辨/);
    expect(transcript.header[3]!.value).toBe('由工具生成');
  });

  test('keeps footer metadata and the disclaimer out of the dialogue', () => {
    expect(transcript.footer).toEqual([
      { key: '文章标题', value: '对话360集团CEO创始人周鸿祎:做大语言模型比做光刻机简单多了', line: 94 },
      { key: '文章链接', value: 'https://www.btchangqing.cn/541022.html', line: 95 },
      { key: '更新时间', value: '2023年06月08日', line: 96 },
    ]);
    expect(transcript.footerNotes.map((n) => n.text)).toEqual([
      '本站大部分内容均收集于网络,若内容若侵犯到您的权益,请联系我们,我们将第一时间处理。',
    ]);
    const dialogue = transcript.turns.flatMap((t) => t.paragraphs).join('\n');
    expect(dialogue).not.toContain('文章链接');
    expect(dialogue).not.toContain('本站大部分内容');
  });

  test('takes lines without a speaker label as further paragraphs of the turn before', () => {
    const firstAnswer = transcript.turns.find((t) => t.paragraphs[0]!.startsWith('我觉得当然是更小了'))!;
    expect(firstAnswer.paragraphs).toHaveLength(6);
    expect(firstAnswer.paragraphs[5]).toBe('不过昨天看到英伟达的黄仁勋发布了GH200芯片组,我觉得差距是不是又拉大了。');
    expect(transcript.turns.filter((t) => t.paragraphs.length > 1)).toHaveLength(15);
  });

  test('loses no line of the source: every non-empty line is metadata, a heading or dialogue', () => {
    const used = new Set([
      ...transcript.header.flatMap((m) => [m.value, `${m.key}:`]),
      ...transcript.footer.map((m) => `${m.key}:${m.value}`),
      ...transcript.footerNotes.map((n) => n.text),
      ...transcript.headings.map((h) => h.text),
      ...transcript.turns.flatMap((t) => t.paragraphs),
    ]);
    const lines = seedText
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const unaccounted = lines.filter((line) => ![...used].some((u) => line.includes(u)));
    expect(unaccounted).toEqual([]);
  });
});

describe('other transcripts', () => {
  test('主讲人, listing who talks before they do, is metadata: no speaker, no turn', () => {
    const { transcript } = parseTranscript('主讲人：李厚辰、伍雷\n\n李厚辰：有一个数据变化很大。\n伍雷：当然，这是一个现象。\n', 'list.md');
    expect(transcript.speakers.map((s) => s.name)).toEqual(['李厚辰', '伍雷']);
    expect(transcript.turns.map((t) => t.speaker)).toEqual(['李厚辰', '伍雷']);
  });

  test('a speaker the header does not declare is still a speaker, reported with a warning', () => {
    const { transcript, warnings } = parseTranscript('访谈人:甲\n受访人:乙\n甲:问题?\n乙:回答。\n丙:我也想问一句。\n乙:请讲。', 'x.txt');
    expect(transcript.speakers.at(-1)).toEqual({ name: '丙', role: 'other', declared: false });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'x.txt', line: 5 });
    expect(warnings[0]!.message).toContain('丙');
  });

  test('观众, a label word like 问, asks from the floor: the audience, its role given by the label, no warning', () => {
    const { transcript, warnings } = parseTranscript('访谈人:甲\n受访人:乙\n甲:问题?\n乙:回答。\n观众:我也想问一句。\n乙:请讲。', 'x.txt');
    expect(transcript.speakers.at(-1)).toEqual({ name: '观众', role: 'audience', declared: false });
    expect(transcript.roleEvidence['观众']).toBe('label word “观众”');
    expect(warnings).toEqual([]);
  });

  test('those who answer only questions from the floor answer: a press conference’s officials are interviewees, not “other”', () => {
    // audreyt/transcript, 2016-11-16 徐發言人及唐政委與記者茶敘: reporters labelled 提問者, no host declared.
    const text = [
      '### 徐國勇：',
      '今天請唐政委來跟大家見面。',
      '### 唐鳳：',
      '大家好，我先簡單說明。',
      '### 提問者：',
      '請問Uber的問題怎麼處理？',
      '### 唐鳳：',
      '我們會先跟業者溝通。',
      '### 提問者：',
      '那電競呢？',
      '### 徐國勇：',
      '這個請唐政委回答。',
    ].join('\n');
    const { transcript } = parseTranscript(text, 'tea.md');
    expect(transcript.speakers.map((s) => `${s.name}/${s.role}`)).toEqual(['徐國勇/interviewee', '唐鳳/interviewee', '提問者/audience']);
    expect(transcript.roleEvidence['唐鳳']).toMatch(/^answers 提問者/);
  });

  test('full-width colons and Latin names are speaker labels too', () => {
    const { transcript } = parseTranscript('Host：Welcome.\nJane Doe: Thanks, glad to be here.\nHost: First question?', 'en.txt');
    expect(transcript.turns.map((t) => t.speaker)).toEqual(['Host', 'Jane Doe', 'Host']);
  });

  test.each(['我觉得360就是做好两件事情:一个是数字安全。', '回答的第二段:接在上一段发言后面。', '第一件事情是：数字安全。'])(
    'a sentence with a colon in it stays text, not a speaker (%s)',
    (line) => {
      const { transcript } = parseTranscript(`访谈人:甲\n受访人:乙\n甲:你们做什么?\n乙:两件事。\n${line}`, 'x.txt');
      expect(transcript.turns).toHaveLength(2);
      expect(transcript.turns[1]!.paragraphs).toEqual(['两件事。', line]);
    },
  );

  test('without declared roles the first speaker is taken as the interviewer, with a warning', () => {
    const { transcript, warnings } = parseTranscript('甲:问题?\n乙:回答。', 'x.txt');
    expect(transcript.speakers.map((s) => s.role)).toEqual(['interviewer', 'interviewee']);
    expect(warnings.some((w) => w.message.includes('no interviewer declared'))).toBe(true);
  });

  test.each([
    ['a file with no speaker turns', '只是一段文字，没有任何发言人。\n第二行也没有。', 1],
    ['a header with no dialogue', '来源:\n某次活动\n访谈人:甲\n受访人:乙', 4],
    ['a file of Markdown headings with no label among them', '# 会议纪要\n\n## 第一部分\n\n只是一段文字。\n\n> （会议结束）', 3],
  ])('%s is refused with its line', (_, text, line) => {
    expect(() => parseTranscript(text, 'bad.txt')).toThrow(IngestError);
    try {
      parseTranscript(text, 'bad.txt');
    } catch (error) {
      const e = error as IngestError;
      expect(e.place).toEqual({ file: 'bad.txt', line });
      expect(e.format()).toMatch(/^bad\.txt:\d+: error: no speaker turns found/);
      expect(e.hint).toContain('名字:说的话');
    }
  });

  test('a caption dump whose speaker changes are `>>` without names is refused at its first `>>`, saying to name them', () => {
    const text = '[00:03:47] [music]\n[00:03:52] >> Annie, welcome to the show.\n[00:03:55] >> Thank you for having me.';
    expect(() => parseTranscript(text, 'yt.txt')).toThrow(IngestError);
    try {
      parseTranscript(text, 'yt.txt');
    } catch (error) {
      const e = error as IngestError;
      expect(e.place).toEqual({ file: 'yt.txt', line: 2 });
      expect(e.format()).toMatch(/no speaker turns found: speaker changes are marked ">>" but no one is named/);
      expect(e.hint).toContain('replace each ">>" with the name');
    }
  });
});
