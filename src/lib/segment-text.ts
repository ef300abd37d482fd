/**
 * Splits a paragraph into what is rendered as plain text and what is rendered differently
 * but kept verbatim: the source's masks (`**`, words a publisher blanked out), stage notes
 * (`（笑）`, `[laughter]`) and peculiarities an editor marked "sic". Joining the segments'
 * values gives back the paragraph exactly.
 */


export type Segment =
  | { kind: 'text'; value: string }
  | { kind: 'mask'; value: string }
  | { kind: 'note'; value: string }
  | { kind: 'sic'; value: string; note: string };

/** A stage note: `（笑）`, `[laughter]` … words about the conversation, not in it. */
const STAGE_NOTE =
  /[（(\[【]\s*(?:笑|大笑|笑声|众笑|全场笑|掌声|鼓掌|停顿|沉默|叹气|音频中断|听不清|laughs?|laughter|applause|crosstalk|inaudible|pause|sighs?)\s*[）)\]】]/giu;

/** Two or more asterisks: how the source marks words it withheld. */
const MASK = /\*{2,}/gu;

/** Segments of `text`; `sics` are exact source strings with their notes. */
export function segmentText(text: string, sics: readonly { text: string; note: string }[] = []): Segment[] {
  const marks: { start: number; end: number; segment: Segment }[] = [];
  for (const m of text.matchAll(MASK)) {
    marks.push({ start: m.index, end: m.index + m[0].length, segment: { kind: 'mask', value: m[0] } });
  }
  for (const m of text.matchAll(STAGE_NOTE)) {
    marks.push({ start: m.index, end: m.index + m[0].length, segment: { kind: 'note', value: m[0] } });
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
