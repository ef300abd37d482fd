/**
 * Whether a file is hard-wrapped: its paragraphs broken into lines at a fixed width (a bulletin board's
 * 80 columns, a caption's length), so a line ending without a stop is usually a paragraph going on, or
 * one whose stop the writer left out — not an editor's heading. Pure, over the whole file.
 */
import type { SpeakerLine } from './lines.ts';

/** How a paragraph can end: a line ending otherwise, followed by more words, was wrapped. */
const ENDS_PARAGRAPH = /[。.？?！!…:：」』”"’）)\]】]$/u;
/** Fewest wrapped lines, and least share of the dialogue's lines, that make a file hard-wrapped. */
const MIN_WRAPPED = 3;
const MIN_SHARE = 0.2;

/**
 * True when, after the first label-shaped line, enough lines break off mid-sentence with more words (not
 * a label) on the next line (`请问您有什麽讯息` ⏎ `想传达给小朋友呢?`).
 */
export function isHardWrapped(lines: readonly string[], shapes: readonly (SpeakerLine | undefined)[]): boolean {
  const first = shapes.findIndex((s) => s !== undefined);
  if (first === -1) return false;
  let wrapped = 0;
  let words = 0;
  for (let i = first + 1; i < lines.length - 1; i++) {
    if (shapes[i]) continue;
    words++;
    if (!shapes[i + 1] && !ENDS_PARAGRAPH.test(lines[i]!)) wrapped++;
  }
  return wrapped >= MIN_WRAPPED && wrapped >= MIN_SHARE * words;
}
