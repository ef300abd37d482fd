/**
 * Real public transcripts (tests/fixtures/transcripts/real/): short verbatim excerpts of the shapes editors
 * actually paste — podcast exports, subtitles, web and magazine interviews, Q/A articles — each with its source
 * named beside it (`<name>.source.md`) and the parse a reader expects (`<name>.expect.yaml`). The expectations
 * were written from reading the sources, before running the parser on them: they are the specification, and a
 * failure here means the parser misreads a real transcript, not that the expectation needs adjusting.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { readInterview } from '../../scripts/lib/read-interview.ts';
import { segmentText, spokenText } from '../../src/lib/segment-text.ts';
import { FIXTURES } from '../support/paths.ts';

/** What a reader expects from one real transcript. Strict, so a misspelt key fails instead of being ignored. */
const Expected = z.strictObject({
  /** Language of the interview's text: `zh` is Chinese in simplified characters (tagged zh-CN), `zh-Hant` in traditional. */
  language: z.enum(['en', 'zh', 'zh-Hant']),
  /** The title the source itself gives (front matter, `# Title`, `文章标题:` …); absent when it gives none. */
  title: z.string().optional(),
  /** Speakers in order of first speech, with the name a reader wants and the role a reader sees. */
  speakers: z.array(z.strictObject({ name: z.string(), role: z.enum(['interviewer', 'interviewee', 'audience', 'other']) })),
  /** Every turn in order: its speaker and the first words of its spoken text (labels, markup, times removed). */
  turns: z.array(z.tuple([z.string(), z.string().min(1)])),
  /** Editorial headings in order, without markup; absent where the source leaves it to judgement. */
  headings: z.array(z.string()).optional(),
  /** Each turn's timestamp as written, or null for a turn without one. */
  timestamps: z.array(z.string().nullable()).optional(),
  /**
   * Lines of the source that are nobody's words — a page's date line, navigation, a byline block, a legend after the
   * dialogue: no turn holds any of them (wherever else the parser puts them).
   */
  notSpoken: z.array(z.string().min(1)).optional(),
  /**
   * Times the source writes inside a paragraph (`…is easy. \[00:39:54.23\] Some people…`), as written: each stays in
   * its paragraph, in place, and is shown as a time — never as words of the speaker's.
   */
  timeMarks: z.array(z.string().min(1)).optional(),
  /** Each turn's number of paragraphs, as the source's blank lines give them (a line wrapped at a width is no new paragraph). */
  paragraphs: z.array(z.number().int().positive()).optional(),
  /** Passages the source breaks over lines mid-sentence, as a reader reads them: each stands whole in one paragraph. */
  wrapped: z.array(z.string().min(1)).optional(),
  /** Stage notes that must stay notes (documentation for the parser's authors; not asserted here). */
  notes: z.array(z.string()).optional(),
  /** First words of the paragraphs before the first turn that are not metadata (documentation; not asserted). */
  intro: z.array(z.string()).optional(),
  /** An editor's closing section after the last turn (a glossary, notes): its heading and its paragraphs' first words, in order. */
  closing: z
    .strictObject({
      heading: z.string(),
      paragraphs: z.array(z.string().min(1)),
      /** How many paragraphs it has, and the first words of its last: none lost or cut short. */
      count: z.number().int().positive(),
      last: z.string().min(1),
    })
    .optional(),
});
type Expected = z.infer<typeof Expected>;

/** The BCP 47 tag the interview record must carry for each expected language. */
const LANGUAGE_TAGS: Record<Expected['language'], string> = { en: 'en', zh: 'zh-CN', 'zh-Hant': 'zh-Hant' };

const dir = join(FIXTURES, 'transcripts', 'real');
const cases = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const expectFile = join(dir, name.replace(/\.txt$/, '.expect.yaml'));
    return [name, Expected.parse(parse(readFileSync(expectFile, 'utf8')))] as const;
  });

/**
 * Pairs each actual turn with the expected first words when its text starts with them, else with the start of
 * what the parser found — so a failure's diff shows exactly which turn went wrong and what was read instead.
 */
function turnsAsRead(turns: readonly { speaker: string; paragraphs: string[] }[], expected: Expected['turns']) {
  return turns.map(({ speaker, paragraphs }, i) => {
    const text = paragraphs.join('\n');
    const firstWords = expected[i]?.[1];
    return [speaker, firstWords !== undefined && text.startsWith(firstWords) ? firstWords : text.slice(0, 40)];
  });
}

describe('real public transcripts', () => {
  test('there are at least 14 fixtures, at least 5 in each language', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
    const count = (language: string) => cases.filter(([, expected]) => expected.language.startsWith(language)).length;
    expect(count('en')).toBeGreaterThanOrEqual(5);
    expect(count('zh')).toBeGreaterThanOrEqual(5);
  });

  test.each(cases)('%s names its source beside it', (name) => {
    const sidecar = join(dir, name.replace(/\.txt$/, '.source.md'));
    expect(existsSync(sidecar)).toBe(true);
    expect(readFileSync(sidecar, 'utf8')).toMatch(/\*\*Source:\*\*/);
  });

  test.each(cases)('%s is an excerpt of at most 60 lines', (name) => {
    expect(readFileSync(join(dir, name), 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(60);
  });

  test.each(cases)('%s parses as a reader reads it', async (name, expected) => {
    const built = await readInterview(join(dir, name));
    const { transcript } = built;
    const record = JSON.parse(built.files.get('interview.json')!) as { language: string; title: string };

    expect(transcript.speakers.map(({ name, role }) => ({ name, role }))).toEqual(expected.speakers);
    expect(turnsAsRead(transcript.turns, expected.turns)).toEqual(expected.turns);
    if (expected.headings) expect(transcript.headings.map((h) => h.text)).toEqual(expected.headings);
    expect(record.language).toBe(LANGUAGE_TAGS[expected.language]);
    if (expected.title !== undefined) expect(record.title).toBe(expected.title);
    if (expected.timestamps) expect(transcript.turns.map((t) => t.timestamp ?? null)).toEqual(expected.timestamps);
    if (expected.notSpoken) {
      const spoken = transcript.turns.map((t) => t.paragraphs.join('\n'));
      expect(expected.notSpoken.filter((line) => spoken.some((text) => text.includes(line)))).toEqual([]);
    }
    if (expected.paragraphs) expect(transcript.turns.map((t) => t.paragraphs.length)).toEqual(expected.paragraphs);
    if (expected.wrapped) {
      const paragraphs = transcript.turns.flatMap((t) => t.paragraphs);
      expect(expected.wrapped.filter((passage) => !paragraphs.some((p) => p.includes(passage)))).toEqual([]);
    }
    if (expected.timeMarks) {
      const paragraphs = transcript.turns.flatMap((t) => t.paragraphs);
      const marked = paragraphs.flatMap((p) =>
        segmentText(p)
          .filter((s) => s.kind === 'time')
          .map((s) => s.value),
      );
      expect(marked).toEqual(expected.timeMarks);
      expect(expected.timeMarks.filter((mark) => paragraphs.some((p) => spokenText(p).includes(mark)))).toEqual([]);
    }
    if (expected.closing) {
      const { heading, paragraphs, count, last } = expected.closing;
      expect(transcript.closing?.heading).toBe(heading);
      const read = (transcript.closing?.paragraphs ?? []).map((p) => p.text);
      expect(paragraphs.map((first, i) => (read[i]?.startsWith(first) ? first : read[i]))).toEqual(paragraphs);
      expect(read.length).toBe(count);
      expect(read.at(-1)?.startsWith(last) ? last : read.at(-1)).toBe(last);
      // Nothing of it is a turn's.
      const spoken = transcript.turns.flatMap((t) => t.paragraphs).join('\n');
      expect(read.filter((p) => spoken.includes(p))).toEqual([]);
    }
  });

  test('a hard-wrapped oral history keeps every word of its turns once, in order', async () => {
    const source = readFileSync(join(dir, 'rand-oral-history-hard-wrap.txt'), 'utf8');
    const said = source
      .split('\n')
      .map((line) => line.replace(/^(?:Interviewer|Rand):/u, ''))
      .join(' ')
      .split(/\s+/u)
      .filter(Boolean);
    const { transcript } = await readInterview(join(dir, 'rand-oral-history-hard-wrap.txt'));
    expect(transcript.turns.flatMap((t) => t.paragraphs.join(' ').split(/\s+/u)).filter(Boolean)).toEqual(said);
  });

  test.each(['rand-oral-history-tape-sides.txt', 'rand-oral-history-tape-end.txt'])(
    "%s: the transcriber's notes about the tape are notes where they stand",
    async (name) => {
      const { transcript } = await readInterview(join(dir, name));
      const [, expected] = cases.find(([file]) => file === name)!;
      expect(transcript.notes.map((n) => n.text)).toEqual(expected.notes);
      expect(transcript.notes.every((n) => n.afterTurn === transcript.notes[0]!.afterTurn && n.afterTurn >= 0)).toBe(true);
    },
  );

  test("a web page's navigation after the dialogue (`Jump To: Tape 02`) is its footer, not a speaker", async () => {
    const { transcript } = await readInterview(join(dir, 'rand-oral-history-tape-end.txt'));
    expect(transcript.footerNotes.map((n) => n.text)).toEqual(['Jump To: Tape 02']);
  });

  test("front matter's nested `data:` block declares the host and the guest (知行小酒馆 E194)", async () => {
    const { transcript } = await readInterview(join(dir, 'zhixing-front-matter-own-h1.txt'));
    expect(transcript.speakers.map((s) => `${s.name}/${s.role}/${s.declared}`)).toEqual([
      '雨白/interviewer/true',
      '李志忠/interviewee/true',
    ]);
  });

  test("an Otter export's signature is its footer, not the last speaker's words", async () => {
    const { transcript } = await readInterview(join(dir, 'ladybug-otter-export.txt'));
    expect(transcript.turns.at(-1)!.paragraphs.join('\n')).not.toMatch(/otter\.ai/u);
    expect(transcript.footerNotes.map((n) => n.text)).toEqual(['Transcribed by https://otter.ai']);
  });

  test("the editor's bios under a heading that introduces the speakers stay, as the introduction, not as their turns", async () => {
    const { transcript } = await readInterview(join(dir, 'dachuan-markdown-html-report.txt'));
    const [, expected] = cases.find(([name]) => name === 'dachuan-markdown-html-report.txt')!;
    expect(expected.intro!.map((first) => transcript.intro.some((p) => p.text.startsWith(first)))).toEqual(expected.intro!.map(() => true));
    expect(transcript.intro.map((p) => p.text).join('\n')).not.toMatch(/<div/u);
  });
});
