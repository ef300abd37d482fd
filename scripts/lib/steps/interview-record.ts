/** Step: `interview.json`, the interview as data: metadata, speakers, themes and every turn. */
import { basename } from 'node:path';
import type { InterviewData, ThemeData } from '../../../src/schemas/interview-data.ts';
import type { AsteriskUse } from '../../../src/lib/asterisks.ts';
import { interviewSchema, type InterviewRecord } from '../../../src/schemas/generated.ts';
import type { IdLock } from '../ids/lock.ts';
import type { ExchangeView } from '../mdx/build-tree.ts';
import type { Transcript } from '../model.ts';

export function interviewRecord(
  slug: string,
  file: string,
  data: InterviewData | undefined,
  transcript: Transcript,
  views: readonly ExchangeView[],
  usedThemes: readonly ThemeData[],
  lock: IdLock,
  exchangeCount: number,
  language: string,
  asterisks: AsteriskUse,
): string {
  const record: InterviewRecord = interviewSchema.parse({
    slug,
    title: data?.title ?? transcript.source.title ?? slug,
    titleEn: data?.titleEn,
    // The data file's date, else the file name's, else the date the source gives itself (`# 2016-11-16 …`, front matter).
    date: data?.date ?? /\d{4}-\d{2}-\d{2}/.exec(basename(file))?.[0] ?? /^\d{4}-\d{2}-\d{2}$/.exec(transcript.source.published ?? '')?.[0],
    language,
    event: data?.event,
    source: { ...transcript.source, ...data?.source },
    speakers: transcript.speakers,
    header: transcript.header.map(({ key, value }) => ({ key, value })),
    footer: transcript.footer.map(({ key, value }) => ({ key, value })),
    footerNotes: transcript.footerNotes.map((n) => n.text),
    intro: transcript.intro.map((p) => p.text),
    ...(transcript.closing && {
      closing: { heading: transcript.closing.heading, paragraphs: transcript.closing.paragraphs.map((p) => p.text) },
    }),
    notes: transcript.notes.map(({ text, afterTurn }) => ({
      text,
      ...(afterTurn >= 0 && { after: views.flatMap((v) => v.turns).find((t) => t.turn.index === afterTurn)!.id }),
    })),
    themes: usedThemes.map(({ slug, title, titleEn, shared }) => ({ slug, title, titleEn, ...(shared && { shared }) })),
    turns: views.flatMap((v) =>
      v.turns.map(({ turn, id, role }) => ({
        id,
        speaker: turn.speaker,
        role,
        exchange: v.number,
        theme: v.theme,
        paragraphs: turn.paragraphs,
        ...(turn.timestamp && { timestamp: turn.timestamp }),
        ...(turn.paragraphTimes && { paragraphTimes: turn.paragraphTimes }),
      })),
    ),
    sic: data?.sic ?? [],
    asterisks,
    retired: lock.retired.map(({ id, to, reason }) => ({ id, to, reason })),
    exchangeCount,
    turnCount: transcript.turns.length,
  });
  return `${JSON.stringify(record, null, 2)}\n`;
}
