/**
 * Tables of contents, as pure functions of the interview record: a theme page lists its
 * exchanges by their questions; the full transcript lists the source's headings with the runs
 * of exchanges under one theme that follow each.
 */
import type { InterviewRecord } from '../schemas/generated.ts';
import { spokenText } from './segment-text.ts';

export interface TocEntry {
  /** Fragment the entry links to (without `#`). */
  target: string;
  text: string;
  children?: TocEntry[];
}

/** The first `n` characters of a text, with an ellipsis when cut. */
export function clip(text: string, n: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > n ? `${chars.slice(0, n).join('')}…` : chars.join('');
}

/** A theme page's exchanges: "第 N 段" and the first words of the exchange. */
export function exchangeEntries(
  record: Pick<InterviewRecord, 'turns'>,
  exchanges: readonly { number: number; turns: readonly string[] }[],
  label: (n: number) => string,
): TocEntry[] {
  const byId = new Map(record.turns.map((t) => [t.id, t]));
  return exchanges.map((e) => ({
    target: `e-${e.number}`,
    text: `${label(e.number)} ${clip(byId.get(e.turns[0]!)?.paragraphs.map(spokenText).join('') ?? '', 18)}`,
  }));
}

/** Consecutive exchanges under one theme: `from`–`to` (1-based exchange numbers). */
export interface ThemeRun {
  theme: string;
  from: number;
  to: number;
}

/** The runs of exchanges that share a theme, in interview order; a run also ends before each of `breaks`. */
export function themeRuns(record: Pick<InterviewRecord, 'turns'>, breaks: ReadonlySet<number> = new Set()): ThemeRun[] {
  const runs: ThemeRun[] = [];
  for (const turn of record.turns) {
    const last = runs.at(-1);
    const breaksHere = breaks.has(turn.exchange) && last !== undefined && turn.exchange > last.to;
    if (last && last.theme === turn.theme && !breaksHere) last.to = Math.max(last.to, turn.exchange);
    else if (!last || turn.exchange > last.to) runs.push({ theme: turn.theme, from: turn.exchange, to: turn.exchange });
  }
  return runs;
}

/**
 * Where the transcript's headings stand: the number of the exchange each one precedes, read
 * from the generated transcript's body (a `## heading` line, then `<Exchange … number="N"`).
 */
export function headingPositions(body: string): number[] {
  const found: number[] = [];
  let pending = 0;
  for (const line of body.split('\n')) {
    if (/^#{1,6} /.test(line)) pending++;
    const exchange = /^<Exchange\b.*\snumber="(\d+)"/.exec(line);
    if (exchange) for (; pending > 0; pending--) found.push(Number(exchange[1]));
  }
  return found;
}

/**
 * The transcript's contents: each heading (linking to its own anchor) with the theme runs
 * that follow it; runs before the first heading stand on their own.
 */
export function transcriptEntries(
  runs: readonly ThemeRun[],
  headings: readonly { slug: string; text: string; before: number }[],
  runText: (run: ThemeRun) => string,
): TocEntry[] {
  const entries: TocEntry[] = [];
  let current: TocEntry | undefined;
  let h = 0;
  for (const run of runs) {
    while (h < headings.length && headings[h]!.before <= run.from) {
      current = { target: headings[h]!.slug, text: headings[h]!.text, children: [] };
      entries.push(current);
      h++;
    }
    const entry = { target: `e-${run.from}`, text: runText(run) };
    if (current) current.children!.push(entry);
    else entries.push(entry);
  }
  return entries;
}
