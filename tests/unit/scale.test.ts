/** Large inputs ingest without error and without losing words (speed is printed by `npm run bench`). */
import { describe, expect, test } from 'vitest';
import { buildInterview } from '../../scripts/lib/build-interview.ts';
import { oneLongParagraph, syntheticTranscript } from '../../scripts/lib/dev/synthetic.ts';

describe('scale', () => {
  test('a 3 MB transcript ingests whole', () => {
    const text = syntheticTranscript(3 * 1024 * 1024);
    const built = buildInterview(text, 'big.txt', undefined);
    expect(built.transcript.turns).toHaveLength(text.split('\n').length - 2);
    expect(new Set(built.ids).size).toBe(built.ids.length);
    // Automatic themes spread the turns over several sections: each turn is in exactly one.
    const sections = [...built.files].filter(([path]) => path.startsWith('sections/')).map(([, text]) => text);
    expect(sections.flatMap((text) => text.match(/<Turn /g) ?? [])).toHaveLength(built.ids.length);
  }, 60_000);

  test('a single 600 KB paragraph ingests whole', () => {
    const text = oneLongParagraph(600 * 1024);
    const built = buildInterview(text, 'long.txt', undefined);
    expect(built.transcript.turns[1]!.paragraphs).toEqual([text.split('\n')[3]!.slice(2)]);
  }, 60_000);
});
