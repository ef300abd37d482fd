/**
 * Awkward and bad transcripts (tests/fixtures/transcripts/), each with its expected outcome
 * beside it (`<name>.expect.yaml`): the exact error and line, or the expected parse. The
 * inputs are read as `npm run ingest` reads them (scripts/lib/read-interview.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { IngestError } from '../../scripts/lib/errors.ts';
import { readInterview, siblingFiles } from '../../scripts/lib/read-interview.ts';
import { FIXTURES } from '../support/paths.ts';

interface Expected {
  error?: { line: number; message: string; file?: 'data' };
  encoding?: string;
  speakers?: { name: string; role: string }[];
  turns?: number;
  turnSpeakers?: string[];
  exchanges?: number;
  paragraphs?: number[];
  lastParagraphs?: string[];
  timestamps?: string[];
  headings?: string[];
  intro?: string[];
  unsure?: { line: number; text: string; readAs: string }[];
  distinctIds?: number;
  warnings?: string[];
}

const dir = join(FIXTURES, 'transcripts');
const cases = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => [name, parse(readFileSync(join(dir, name.replace(/\.txt$/, '.expect.yaml')), 'utf8')) as Expected] as const);

describe('awkward and bad transcripts', () => {
  test('every fixture has an expected outcome', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  test.each(cases)('%s', async (name, expected) => {
    const file = join(dir, name);
    if (expected.error) {
      const error = await readInterview(file).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(IngestError);
      const { place, message, hint } = error as IngestError;
      expect(place).toEqual({ file: expected.error.file === 'data' ? siblingFiles(file).dataFile : file, line: expected.error.line });
      expect(message).toContain(expected.error.message);
      expect(hint.length).toBeGreaterThan(10);
      return;
    }
    const built = await readInterview(file);
    const { transcript } = built;
    if (expected.encoding) expect(built.encoding).toBe(expected.encoding);
    if (expected.speakers) expect(transcript.speakers.map(({ name, role }) => ({ name, role }))).toEqual(expected.speakers);
    if (expected.turns !== undefined) expect(transcript.turns).toHaveLength(expected.turns);
    if (expected.turnSpeakers) expect(transcript.turns.map((t) => t.speaker)).toEqual(expected.turnSpeakers);
    if (expected.exchanges !== undefined) expect(built.exchanges).toHaveLength(expected.exchanges);
    if (expected.paragraphs) expect(transcript.turns.map((t) => t.paragraphs.length)).toEqual(expected.paragraphs);
    if (expected.lastParagraphs) expect(transcript.turns.at(-1)!.paragraphs).toEqual(expected.lastParagraphs);
    if (expected.timestamps) expect(transcript.turns.map((t) => t.timestamp)).toEqual(expected.timestamps);
    if (expected.headings) expect(transcript.headings.map((h) => h.text)).toEqual(expected.headings);
    if (expected.intro) expect(transcript.intro.map((p) => p.text)).toEqual(expected.intro);
    if (expected.unsure) expect(transcript.unsure).toEqual(expected.unsure);
    if (expected.distinctIds !== undefined) expect(new Set(built.ids).size).toBe(expected.distinctIds);
    if (expected.warnings) {
      // Themes are not the point of these fixtures: leave out the "no themes yet" notice.
      const warnings = built.warnings.map((w) => w.message).filter((m) => !m.startsWith('no themes for'));
      expect(warnings).toHaveLength(expected.warnings.length);
      expected.warnings.forEach((fragment, i) => expect(warnings[i]).toContain(fragment));
    }
  });

  test('nothing of a fixture’s dialogue is lost: every non-metadata line is a turn, a heading, intro or skipped image', async () => {
    const built = await readInterview(join(dir, 'headings-and-images.txt'));
    const kept = [...built.transcript.turns.flatMap((t) => t.paragraphs), ...built.transcript.headings.map((h) => h.text)];
    for (const words of ['问题一？', '回答一。', '问题二？', '回答二。', '---', '这一行上面的横线是原文里的。'])
      expect(kept).toContain(words);
  });
});
