/**
 * Splits a paragraph into what is rendered as plain text and what is rendered differently
 * but kept verbatim: the source's masks (`**`, words a publisher blanked out) and
 * peculiarities an editor marked "sic". Joining the segments' values gives back the
 * paragraph exactly.
 */

export type Segment =
  | { kind: 'text'; value: string }
  | { kind: 'mask'; value: string }
  | { kind: 'sic'; value: string; note: string };

/** Two or more asterisks: how the source marks words it withheld. */
const MASK = /\*{2,}/gu;

/** Segments of `text`; `sics` are exact source strings with their notes. */
export function segmentText(text: string, sics: readonly { text: string; note: string }[] = []): Segment[] {
  const marks: { start: number; end: number; segment: Segment }[] = [];
  for (const m of text.matchAll(MASK)) {
    marks.push({ start: m.index, end: m.index + m[0].length, segment: { kind: 'mask', value: m[0] } });
  }
  for (const sic of sics) {
    for (let at = text.indexOf(sic.text); at !== -1; at = text.indexOf(sic.text, at + sic.text.length)) {
      const end = at + sic.text.length;
      if (!marks.some((m) => m.start < end && at < m.end)) marks.push({ start: at, end, segment: { kind: 'sic', value: sic.text, note: sic.note } });
    }
  }
  marks.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const mark of marks) {
    if (mark.start > cursor) segments.push({ kind: 'text', value: text.slice(cursor, mark.start) });
    segments.push(mark.segment);
    cursor = mark.end;
  }
  if (cursor < text.length) segments.push({ kind: 'text', value: text.slice(cursor) });
  return segments;
}
