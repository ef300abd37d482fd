import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseTranscript } from '../../scripts/lib/parse/parse-transcript.ts';
import { segmentText, shownText } from '../../src/lib/segment-text.ts';
import { FIXTURES } from '../support/paths.ts';

const file = join(FIXTURES, 'transcripts', 'real', 'courtroom-html-tooltips.txt');
const { transcript, warnings } = parseTranscript(readFileSync(file, 'utf8'), file);

describe('inline HTML in a page exported as Markdown', () => {
  test('is markup: no tag reaches the words a reader sees or searches', () => {
    const shown = transcript.turns.flatMap((t) => t.paragraphs.map(shownText));
    expect(shown.filter((p) => p.includes('<'))).toEqual([]);
    expect(shown[0]).toContain('他在美国与政治庇护（政庇）政治庇护(Political Asylum)：');
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
    expect(shownText(permit!)).toContain('没有工作许可（work permit）工作许可(Work Permit)：允许外国人');
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

describe('angle brackets in a plain transcript', () => {
  test('are the speaker’s words, as written', () => {
    const { transcript: plain } = parseTranscript('主持人：你们怎么写网页？\n嘉宾：我们用<b>标签加粗，<span>也常用。\n', 'plain.txt');
    expect(plain.turns[1]!.paragraphs).toEqual(['我们用<b>标签加粗，<span>也常用。']);
  });
});
