import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseTranscript } from '../../scripts/lib/parse/parse-transcript.ts';
import { buildInterview } from '../../scripts/lib/build-interview.ts';
import { segmentText, spokenText } from '../../src/lib/segment-text.ts';
import { FIXTURES } from '../support/paths.ts';

const file = join(FIXTURES, 'transcripts', 'real', 'courtroom-html-tooltips.txt');
const { transcript, warnings } = parseTranscript(readFileSync(file, 'utf8'), file);

describe('inline HTML in a page exported as Markdown', () => {
  test("is markup: no tag reaches the speaker's words that search, excerpts and themes read", () => {
    const spoken = transcript.turns.flatMap((t) => t.paragraphs.map(spokenText));
    expect(spoken.filter((p) => p.includes('<'))).toEqual([]);
    expect(spoken[0]).toContain('他在美国与政治庇护（政庇）打交道的一些传奇经历');
  });

  test('leaves no tag in a lead quote, and no theme keyed by one', () => {
    const built = buildInterview(readFileSync(file, 'utf8'), file, undefined);
    const leads = [...built.files.values()].flatMap((f) => f.match(/^lead:\n {2}text: .*$/gmu) ?? []);
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.filter((l) => /<|span/u.test(l))).toEqual([]);
    expect(built.themes.flatMap((t) => t.keywords).filter((k) => /span|class|tooltip/iu.test(k))).toEqual([]);
  });

  test("keeps the editor's hover gloss once, in its place, as an annotation apart from the speaker's words", () => {
    const [first] = transcript.turns[0]!.paragraphs;
    const segments = segmentText(first!);
    const notes = segments.filter((s) => s.kind === 'annotation');
    expect(notes).toEqual([
      expect.objectContaining({
        inner: '政治庇护(Political Asylum)：一国对因政治原因（如种族、宗教、国籍、政治观点）而无法或不愿返回原籍国的外国人提供的保护。',
        bracketed: false,
      }),
    ]);
    const after = segments[segments.findIndex((s) => s.kind === 'annotation') + 1];
    expect(after?.value.startsWith('打交道的一些传奇经历')).toBe(true);
  });

  test('reads an element that runs over a line break as one paragraph (Political / Asylum, work / permit)', () => {
    expect(transcript.turns[0]!.paragraphs).toHaveLength(1);
    const permit = transcript.turns.flatMap((t) => t.paragraphs).find((p) => p.includes('工作许可'));
    expect(permit).toContain('没有工作许可（work permit）<span class="tooltiptext">工作许可(Work Permit)：允许外国人');
  });

  test('says once that it left the tags out, at the first line that had them', () => {
    expect(warnings.filter((w) => /inline HTML/u.test(w.message)).map((w) => w.line)).toEqual([6]);
  });

  test('a gloss the source already sets in brackets is not bracketed again', () => {
    const [note] = segmentText('上野千鹤子（<span class="term-def">日本社会学家</span>）一本书卖爆了').filter(
      (s) => s.kind === 'annotation',
    );
    expect(note).toMatchObject({ inner: '日本社会学家', bracketed: true });
  });
});

describe('an exported page whose markup goes wrong', () => {
  test('an element never closed ends with its paragraph, not the file', () => {
    const page =
      '<div>\n<a id="part1"/>\n## 第一部分\n\n**甲：** 你好，<span class="hl">这里没有关上。\n\n**乙：** 你好。\n\n**甲：** 再见。';
    const { transcript: read } = parseTranscript(page, 'page.md');
    expect(read.turns.map((t) => [t.speaker, t.paragraphs])).toEqual([
      ['甲', ['你好，这里没有关上。']],
      ['乙', ['你好。']],
      ['甲', ['再见。']],
    ]);
  });

  test("an annotation with tags inside is still one annotation, the editor's, not the speaker's", () => {
    const page =
      '<div>\n甲：他是<span class="tooltip">拓扑学家<span class="tooltiptext">研究<b>拓扑</b>的人<br>数学家</span></span>。\n乙：好。';
    const [said] = parseTranscript(page, 'page.md').transcript.turns[0]!.paragraphs;
    expect(spokenText(said!)).toBe('他是拓扑学家。');
    expect(
      segmentText(said!)
        .filter((s) => s.kind === 'annotation')
        .map((s) => s.kind === 'annotation' && s.inner),
    ).toEqual(['研究拓扑的人数学家']);
  });

  test('angle brackets that are no tag stay words (当 x<b 且 y>c 时)', () => {
    const page = '<div>\n甲：当 x<b 且 y>c 时呢？\n乙：成立。';
    expect(parseTranscript(page, 'page.md').transcript.turns[0]!.paragraphs).toEqual(['当 x<b 且 y>c 时呢？']);
  });

  test('bold inside an annotation is the annotation’s, and the segments still give back the paragraph', () => {
    const text = '他说<span class="tooltiptext">有**重点**词</span>后面**真的**';
    const segments = segmentText(text, [], 'emphasis');
    expect(segments.map((s) => s.value).join('')).toBe(text);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'annotation', 'text', 'emphasis']);
  });
});

describe('angle brackets in a plain transcript', () => {
  test('are the speaker’s words, as written', () => {
    const { transcript: plain } = parseTranscript('主持人：你们怎么写网页？\n嘉宾：我们用<b>标签加粗，<span>也常用。\n', 'plain.txt');
    expect(plain.turns[1]!.paragraphs).toEqual(['我们用<b>标签加粗，<span>也常用。']);
  });
});
