/**
 * A short stretch of a turn around its longest match, as segments (never HTML), so the UI
 * can build it with text nodes and a `<mark>` per matched phrase. It starts at a sentence
 * start where one is near, never on punctuation (no "…。"), and never inside a character or
 * an English word.
 */
import { toGraphemes } from './graphemes.ts';

export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

/** Characters shown before the first match. */
const LEAD_IN = 24;
/** How much further back a sentence start may be looked for. */
const SENTENCE_REACH = 16;
const SENTENCE_END = /[。！？!?；;…\n]/u;
const LEADING_JUNK = /^[\p{P}\p{Z}\s]+/u;

export function excerpt(text: string, ranges: readonly [number, number][], length = 90): ExcerptSegment[] {
  const flat = text.replace(/\n/g, ' ');
  const focus = longest(ranges) ?? [0, 0];
  // Latin-script words are longer than Chinese ones: the same excerpt says as much in twice the characters.
  const span = LATIN_WORD.test(flat[focus[0]] ?? flat[0] ?? '') ? length * 2 : length;
  const lead = span === length ? LEAD_IN : LEAD_IN * 2;
  const end0 = (s: number) => Math.min(flat.length, Math.max(s + span, focus[1] + 10));
  let start = focus[0] <= lead ? 0 : sentenceStart(text, focus[0], lead);
  if (start > 0) start += LEADING_JUNK.exec(flat.slice(start, focus[0]))?.[0].length ?? 0;
  const [from, to] = toGraphemes(flat, [start, end0(start)]);
  start = wordStart(flat, from);
  const end = wordEnd(flat, to);
  const segments: ExcerptSegment[] = [];
  let cursor = start;
  for (const [a0, b0] of ranges) {
    if (b0 <= start || a0 >= end) continue;
    const a = Math.max(a0, start);
    const b = Math.min(b0, end);
    if (a > cursor) segments.push({ text: flat.slice(cursor, a), mark: false });
    segments.push({ text: flat.slice(a, b), mark: true });
    cursor = b;
  }
  if (cursor < end) segments.push({ text: flat.slice(cursor, end), mark: false });
  if (start > 0) segments.unshift({ text: '…', mark: false });
  if (end < flat.length) segments.push({ text: '…', mark: false });
  return segments;
}

/** Where to start before `at`: just after a sentence end within reach, or `lead` back. */
function sentenceStart(text: string, at: number, lead: number): number {
  const earliest = Math.max(0, at - lead - SENTENCE_REACH);
  for (let i = at - 1; i >= earliest; i--)
    if (SENTENCE_END.test(text[i]!) || (text[i] === '.' && /\s/u.test(text[i + 1] ?? ''))) return i + 1;
  return at - lead;
}

/** A letter or digit of a Latin-script word (Chinese has no spaces to cut at: any character will do). */
const LATIN_WORD = /[\p{Script=Latin}\p{N}]/u;
/** How far a cut moves to reach a word's edge. */
const WORD_REACH = 24;

/** `at`, or the start of the Latin word it falls inside. */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < WORD_REACH && LATIN_WORD.test(text[i - 1]!) && LATIN_WORD.test(text[i]!)) i--;
  return i;
}

/** `at`, or the end of the Latin word it falls inside. */
function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < WORD_REACH && LATIN_WORD.test(text[i - 1]!) && LATIN_WORD.test(text[i]!)) i++;
  return i;
}

/** The longest range (the first of equals). */
export function longest(ranges: readonly [number, number][]): [number, number] | undefined {
  return ranges.reduce<[number, number] | undefined>((best, r) => (!best || r[1] - r[0] > best[1] - best[0] ? r : best), undefined);
}
