/**
 * Splits a paragraph into what is rendered as plain text and what is rendered differently
 * but kept verbatim: the source's masks (`**`, words a publisher blanked out), stage notes
 * (`（笑）`, `[laughter]`) and peculiarities an editor marked "sic". Joining the segments'
 * values gives back the paragraph exactly.
 */

import { emphasisPairs, type AsteriskUse } from './asterisks.ts';

export type Segment =
  | { kind: 'text'; value: string }
  /** `**words**` in a source that uses asterisks for emphasis: shown bold, without the asterisks. */
  | { kind: 'emphasis'; value: string; inner: string }
  | { kind: 'mask'; value: string }
  | { kind: 'note'; value: string }
  /** A time the source writes among the words (`…is easy. [00:39:54.23] Some people…`): a time marker, not speech. */
  | { kind: 'time'; value: string }
  /** An editor's annotation a page exported as Markdown shows on hover (`<span class="tooltiptext">…</span>`): its words, set apart. */
  | { kind: 'annotation'; value: string; inner: string; bracketed: boolean }
  /** A Markdown link to a web address (`[title](https://…)`): shown as its text, linking to the address, as Markdown shows it. */
  | { kind: 'link'; value: string; text: string; href: string }
  | { kind: 'sic'; value: string; note: string };

/** A stage note: `（笑）`, `[laughter]` … words about the conversation, not in it. */
const STAGE_NOTE =
  /[（([【]\s*(?:笑|大笑|笑声|众笑|全场笑|全场大笑|掌声|鼓掌|停顿|沉默|叹气|音乐|音频中断|听不清|laughs?|laughing|laughter|applause|cross-?talk|inaudible|indiscernible|unintelligible|silence|music|pause|sighs?)(?:\s+(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)?\s*[）)\]】]/giu;

/**
 * A time in square brackets among the words, `[01:20]`, `[00:39:54.23]`, `[1:02:03]`: where the recording was, written
 * into the text by the transcriber (a time opening a paragraph or a turn is read off as its metadata by the parser).
 * Its minutes have two digits: `[1:27]` is a chapter and verse (`Genesis [1:27]`), not a time. Not in round brackets:
 * `(10:30)` may be a time someone says.
 */
const TIME_MARK = /\[(?:\d{1,2}:)?\d{2}:\d{2}(?:[.,]\d{1,3})?\]/gu;

/**
 * An annotation of a page exported as Markdown (scripts/lib/parse/inline-html.ts keeps it, tags
 * and all): the editor's explanation of a term, not the speaker's words — shown on hover
 * (`tooltiptext`) or in brackets (`上野千鹤子（<span class="term-def">日本著名社会学家…</span>）`).
 */
export const ANNOTATION_OPEN = /<span\s+class="[^"<>]*\b(?:tooltip-?text|term-def)\b[^"<>]*"\s*>/u;
export const ANNOTATION = new RegExp(`${ANNOTATION_OPEN.source}([^<]*)<\\/span>`, 'u');

/**
 * A Markdown link to a web address: `[text](https://…)`, the address perhaps holding one level of brackets
 * (`…/Foo_(bar)`). Other destinations (`javascript:`, relative paths) are not links here: they stay text.
 */
const LINK = /\[([^[\]\n]+)\]\((https?:\/\/[^\s()<>]+(?:\([^\s()<>]*\)[^\s()<>]*)*)\)/giu;

/** The character references an exported address may hold (`&amp;`), as CommonMark reads them in a link's destination. */
const ADDRESS_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function address(destination: string): string {
  return destination.replace(/&(?:amp|lt|gt|quot|#39);/gu, (entity) => ADDRESS_ENTITIES[entity]!);
}

/** Two or more asterisks: how the source marks words it withheld. */
const MASK = /\*{2,}/gu;

/**
 * Segments of `text`; `sics` are exact source strings with their notes; `asterisks` says
 * whether the source's `**` are masks (the default) or emphasis (src/lib/asterisks.ts).
 */
export function segmentText(
  text: string,
  sics: readonly { text: string; note: string }[] = [],
  asterisks: AsteriskUse = 'masks',
): Segment[] {
  const marks: { start: number; end: number; segment: Segment }[] = [];
  // An annotation first: the editor's words, whatever `**` they hold (no emphasis across its edges).
  for (const m of text.matchAll(new RegExp(ANNOTATION.source, 'gu'))) {
    marks.push({
      start: m.index,
      end: m.index + m[0].length,
      segment: { kind: 'annotation', value: m[0], inner: m[1]!, bracketed: /[（(]$/u.test(text.slice(0, m.index)) },
    });
  }
  // A link next, whole: its address is no place for masks, emphasis or notes.
  for (const m of text.matchAll(LINK)) {
    if (marks.some((mark) => mark.start < m.index + m[0].length && m.index < mark.end)) continue;
    marks.push({ start: m.index, end: m.index + m[0].length, segment: { kind: 'link', value: m[0], text: m[1]!, href: address(m[2]!) } });
  }
  const pairs = asterisks === 'emphasis' ? emphasisPairs(text).pairs : [];
  for (const { start, end } of pairs) {
    if (marks.some((mark) => mark.start < end && start < mark.end)) continue;
    marks.push({ start, end, segment: { kind: 'emphasis', value: text.slice(start, end), inner: text.slice(start + 2, end - 2) } });
  }
  for (const m of text.matchAll(MASK)) {
    if (marks.some((mark) => mark.start <= m.index && m.index < mark.end)) continue;
    marks.push({ start: m.index, end: m.index + m[0].length, segment: { kind: 'mask', value: m[0] } });
  }
  for (const m of text.matchAll(STAGE_NOTE)) {
    if (marks.some((mark) => mark.start < m.index + m[0].length && m.index < mark.end)) continue;
    marks.push({ start: m.index, end: m.index + m[0].length, segment: { kind: 'note', value: m[0] } });
  }
  for (const m of text.matchAll(TIME_MARK)) {
    if (marks.some((mark) => mark.start < m.index + m[0].length && m.index < mark.end)) continue;
    marks.push({ start: m.index, end: m.index + m[0].length, segment: { kind: 'time', value: m[0] } });
  }
  for (const sic of sics) {
    for (let at = text.indexOf(sic.text); at !== -1; at = text.indexOf(sic.text, at + sic.text.length)) {
      const end = at + sic.text.length;
      if (!marks.some((m) => m.start < end && at < m.end))
        marks.push({ start: at, end, segment: { kind: 'sic', value: sic.text, note: sic.note } });
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

/**
 * The speaker's words alone, without the editor's annotations or the transcriber's time marks, and a link as the page
 * shows it (its text, not its address): what search finds, what a quote's opening words, an excerpt or a theme's
 * evidence are cut from (never a tag cut in half, never `%E5%8F…`). A time mark between words leaves one space.
 */
export function spokenText(text: string): string {
  const words = text.includes('<') ? text.replace(new RegExp(ANNOTATION.source, 'gu'), '') : text;
  const linked = words.includes('](') ? words.replace(LINK, '$1') : words;
  return linked.includes(':') ? withoutTimeMarks(linked) : linked;
}

/**
 * `is easy. [00:39:54.23] Some` → `is easy. Some`: a run of marks (`[00:01][00:02]`) and the spaces around it leave one
 * space between words, nothing beside a Chinese character (`我们[00:12]今天` → `我们今天`: Chinese puts no space between
 * words) unless a Latin word or a number stands on the other side, and nothing where the run opens or closes the text.
 */
function withoutTimeMarks(text: string): string {
  return text.replace(new RegExp(String.raw`\s*(?:${TIME_MARK.source}\s*)+`, 'gu'), (run, at: number, whole: string) => {
    const before = whole[at - 1];
    const after = whole[at + run.length];
    if (before === undefined || after === undefined) return '';
    const han = (c: string) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(c);
    const latin = (c: string) => /[\p{Script=Latin}\d]/u.test(c);
    return (han(before) && !latin(after)) || (han(after) && !latin(before)) ? '' : ' ';
  });
}
