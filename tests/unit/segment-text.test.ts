import { describe, expect, test } from 'vitest';
import { segmentText, spokenText } from '../../src/lib/segment-text.ts';

describe('segmenting a paragraph', () => {
  test('marks runs of two or more asterisks as masks, keeping them verbatim', () => {
    expect(segmentText('GPT4.0是****的,短小**的prompt')).toEqual([
      { kind: 'text', value: 'GPT4.0是' },
      { kind: 'mask', value: '****' },
      { kind: 'text', value: '的,短小' },
      { kind: 'mask', value: '**' },
      { kind: 'text', value: '的prompt' },
    ]);
  });

  test('leaves a single asterisk as text', () => {
    expect(segmentText('5*3')).toEqual([{ kind: 'text', value: '5*3' }]);
  });

  test('marks every occurrence of a sic entry with its note', () => {
    const segments = segmentText('用ChaPT写,ChaPT4.0', [{ text: 'ChaPT', note: '原文如此' }]);
    expect(segments.filter((s) => s.kind === 'sic')).toHaveLength(2);
    expect(segments[1]).toEqual({ kind: 'sic', value: 'ChaPT', note: '原文如此' });
  });

  test.each(['', '**', '开头**', '**结尾', 'a**b**c', '用ChaPT**了'])('joins back to exactly the paragraph (%j)', (text) => {
    expect(
      segmentText(text, [{ text: 'ChaPT', note: 'n' }])
        .map((s) => s.value)
        .join(''),
    ).toBe(text);
  });

  test('in a source that uses emphasis, paired ** are emphasis and keep their words', () => {
    expect(segmentText('The **key** point', [], 'emphasis')).toEqual([
      { kind: 'text', value: 'The ' },
      { kind: 'emphasis', value: '**key**', inner: 'key' },
      { kind: 'text', value: ' point' },
    ]);
  });

  test.each(['[inaudible 00:20:12]', '[crosstalk]', '[crosstalk 00:04:22]', '（笑）', '[掌声]', '[silence]'])(
    '%s is a stage note',
    (note) => {
      expect(
        segmentText(`Well ${note} then`)
          .filter((s) => s.kind === 'note')
          .map((s) => s.value),
      ).toEqual([note]);
    },
  );
});

describe('times the source writes among the words', () => {
  // Request for Commits #10 (thechangelog/transcripts): `…you think is easy. \[00:39:54.23\] Some people use…`; the
  // real excerpt is real/changelog-rfc-mid-paragraph-time.
  const paragraph = 'the thing that you think is easy. [00:39:54.23] Some people use "easy" as a label';

  test('a bare time in square brackets mid-paragraph is a time mark, kept in place as written', () => {
    expect(segmentText(paragraph)).toEqual([
      { kind: 'text', value: 'the thing that you think is easy. ' },
      { kind: 'time', value: '[00:39:54.23]' },
      { kind: 'text', value: ' Some people use "easy" as a label' },
    ]);
  });

  test.each(['threads and [01:20] messages', 'and[00:01:30]so', '[00:02:10]So we went', 'I believe... [00:17:56.09]'])(
    'glued to a word or at either end, it is a time mark too, and the paragraph joins back exactly (%j)',
    (text) => {
      const segments = segmentText(text);
      expect(segments.filter((s) => s.kind === 'time')).toHaveLength(1);
      expect(segments.map((s) => s.value).join('')).toBe(text);
    },
  );

  test('a time with words in its brackets stays a stage note; a time in round brackets or a link stays as written', () => {
    expect(segmentText('which is- [crosstalk 00:13:22]').map((s) => s.kind)).toEqual(['text', 'note']);
    expect(segmentText('at (10:30) we met').map((s) => s.kind)).toEqual(['text']);
    expect(segmentText('see [01:20](https://example.com/v?t=80)').map((s) => s.kind)).toEqual(['text', 'link']);
  });

  test('the words search reads leave it out: one space between words, nothing at either end', () => {
    expect(spokenText(paragraph)).toBe('the thing that you think is easy. Some people use "easy" as a label');
    expect(spokenText('and[00:01:30]so')).toBe('and so');
    expect(spokenText('[00:02:10]So we went')).toBe('So we went');
    expect(spokenText('I believe... [00:17:56.09]')).toBe('I believe...');
  });

  test('a run of marks leaves one space between words', () => {
    expect(spokenText('x [00:01][00:02] y')).toBe('x y');
    expect(spokenText('x [00:01] [00:02] y')).toBe('x y');
  });

  test('a mark beside a Chinese character leaves nothing: Chinese puts no space between words', () => {
    expect(spokenText('我们[00:12]今天聊一聊')).toBe('我们今天聊一聊');
    expect(spokenText('我们 [00:12] 今天')).toBe('我们今天');
    expect(spokenText('你好。[00:12]我们')).toBe('你好。我们');
    expect(spokenText('我们用[00:12]GPT')).toBe('我们用 GPT');
  });

  test('a time has two-digit minutes: `[1:27]` is a chapter and verse, words as written', () => {
    expect(segmentText('see Genesis [1:27] and').map((s) => s.kind)).toEqual(['text']);
    expect(spokenText('see Genesis [1:27] and')).toBe('see Genesis [1:27] and');
    for (const mark of ['[01:20]', '[00:39:54.23]', '[1:02:03]'])
      expect(segmentText(`a ${mark} b`).filter((s) => s.kind === 'time')).toEqual([{ kind: 'time', value: mark }]);
  });
});

describe('Markdown links in a paragraph', () => {
  const paragraph = '見 [紀錄稿](https://sayit.archive.tw/2016-%E7%A0%94?a=1&amp;b=2) 與 [x](javascript:alert(1))。';

  test('a link to a web address is its text, linking to the address; any other destination stays text', () => {
    const segments = segmentText(paragraph);
    expect(segments.filter((s) => s.kind === 'link')).toEqual([
      {
        kind: 'link',
        value: '[紀錄稿](https://sayit.archive.tw/2016-%E7%A0%94?a=1&amp;b=2)',
        text: '紀錄稿',
        href: 'https://sayit.archive.tw/2016-%E7%A0%94?a=1&b=2',
      },
    ]);
    expect(segments.map((s) => s.value).join('')).toBe(paragraph);
  });

  test('the words search and the themes read hold the link as the page shows it, not its address', () => {
    expect(spokenText(paragraph)).toBe('見 紀錄稿 與 [x](javascript:alert(1))。');
  });
});
