/**
 * Line breaks that are no paragraph breaks. A file may be hard-wrapped: its paragraphs broken into lines at a fixed
 * width (a bulletin board's 80 columns, a document saved as text), so a line ending without a stop is usually a
 * paragraph going on. A file may separate its paragraphs with blank lines (Markdown notes), so a line break there
 * mid-sentence is a soft one. And a bracket opened on one line and closed a line or two below holds one aside
 * (`(BNCT: Boron Neutron` ⏎ `Capture Therapy,` ⏎ `一种…疗法)`) in any file. Pure, over the whole file.
 */
import type { SpeakerLine } from './lines.ts';

/** A line as the wrap rules see it. */
export interface WrapLine {
  text: string;
  /** A blank line stood right before it in the source. */
  afterBlank?: true;
  /** Indented further than the line of words above it in the source (`    The second year…`). */
  indented?: true;
}

/** How a paragraph can end: a line ending otherwise, followed by more words, was wrapped. */
const ENDS_PARAGRAPH = /[。.？?！!…:：」』”"’）)\]】]$/u;
/**
 * How a sentence ends, its closing quotes and brackets after the stop (`…吗？”`); a colon or a gloss's `)` does not
 * end one, nor a transcriber's `[?]` for a word not made out.
 */
const ENDS_SENTENCE = /(?<!\[)[。.？?！!…][」』”"’）)\]】]*$/u;
/** Fewest wrapped lines, and least share of the dialogue's lines, that make a file hard-wrapped. */
const MIN_WRAPPED = 3;
const MIN_SHARE = 0.2;
/** A line of a hard-wrapped file at least this share of the wrap width was cut by the width, even after a stop. */
const FULL_LINE = 0.8;
/** Most lines a bracket may stay open over: an aside broken over lines closes soon; a stray `(` never does. */
const MAX_BRACKET_LINES = 3;

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

/** Opening minus closing brackets on a line. */
function bracketBalance(text: string): number {
  return (text.match(/[(（[【]/gu)?.length ?? 0) - (text.match(/[)）\]】]/gu)?.length ?? 0);
}

/**
 * Lines inside a bracket that an earlier line opened and a later one (at most MAX_BRACKET_LINES on, with no
 * blank line between) closes: words of that line's paragraph, never a label (`Chamber:` in `(Echo` ⏎ `Chamber:` ⏎ `指在…)`).
 * A bracket left open before a line `startsTurn` says opens someone's turn (its label is a speaker's elsewhere in the
 * file: `Bob: … (b buy it.` ⏎ `Alice: Which one?`) holds nothing: a stray bracket never takes the next speaker's words.
 */
export function insideBrackets(lines: readonly WrapLine[], startsTurn: (i: number) => boolean = () => false): boolean[] {
  const inside = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    if (inside[i]) continue;
    let depth = bracketBalance(lines[i]!.text);
    for (let k = i + 1; depth > 0 && k < lines.length && k <= i + MAX_BRACKET_LINES && !lines[k]!.afterBlank && !startsTurn(k); k++) {
      depth += bracketBalance(lines[k]!.text);
      if (depth <= 0) inside.fill(true, i + 1, k + 1);
    }
  }
  return inside;
}

/** Columns a line takes: a Han character or a full-width form two, as a terminal or a bulletin board wraps them. */
function width(text: string): number {
  return [...text].reduce((n, c) => n + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(c) ? 2 : 1), 0);
}

/**
 * How the file breaks its lines, read over the dialogue's words (`words`: the lines that are no label alone, no
 * heading): whether it is hard-wrapped, the width it wraps at, and whether it breaks paragraphs only at blank lines
 * (no line ending a sentence is followed by more words without one).
 */
export function lineBreaks(
  lines: readonly WrapLine[],
  shapes: readonly (SpeakerLine | undefined)[],
  words: (i: number) => boolean,
): { hardWrapped: boolean; width: number; blankSeparated: boolean } {
  const hardWrapped = isHardWrapped(
    lines.map((l) => l.text),
    shapes,
  );
  const widths = lines
    .filter((_, i) => words(i))
    .map((l) => width(l.text))
    .sort((a, b) => a - b);
  let blankBreaks = 0;
  let singleBreaks = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!words(i) || !ENDS_SENTENCE.test(lines[i]!.text)) continue;
    if (lines[i + 1]!.afterBlank) blankBreaks++;
    else singleBreaks++;
  }
  return {
    hardWrapped,
    width: widths[Math.floor(widths.length * 0.9)] ?? 0,
    blankSeparated: blankBreaks >= MIN_WRAPPED && singleBreaks === 0,
  };
}

/**
 * Whether `line` goes on the paragraph `previous` (the line right above it, whose words end that paragraph) belongs
 * to: never across a blank line; inside a bracket, always; never where it is indented after a sentence's end; in a
 * hard-wrapped file, unless `previous` ends a paragraph
 * and is shorter than the width (a full line was cut by the width, stop or not); in a file that breaks paragraphs at
 * blank lines, unless `previous` ends a sentence.
 */
export function continuesParagraph(
  previous: WrapLine,
  line: WrapLine,
  inBracket: boolean,
  breaks: { hardWrapped: boolean; width: number; blankSeparated: boolean },
): boolean {
  if (line.afterBlank) return false;
  if (inBracket) return true;
  // A typist's paragraph: indented after a sentence's end, a full line or not (`…walked the mile.` ⏎ `    The second year`).
  if (line.indented && ENDS_SENTENCE.test(previous.text)) return false;
  if (breaks.hardWrapped) return !ENDS_PARAGRAPH.test(previous.text) || width(previous.text) >= FULL_LINE * breaks.width;
  return breaks.blankSeparated && !ENDS_SENTENCE.test(previous.text);
}

/**
 * Two lines of one paragraph as one text, every character kept: a space where the break stood between Latin words,
 * or after Latin punctuation or a dash (`Neutron` ⏎ `Capture`, `Chamber:` ⏎ `指在`, `about-` ⏎ `you know`: the break was
 * whitespace, and which dash ends a word cut in two no one can tell), none between Chinese characters or
 * after a closing bracket before them (`药物)` ⏎ `的事。`).
 */
export function joinWrapped(left: string, right: string): string {
  const latinWords = /[\p{Script=Latin}\d%'’]$/u.test(left) && /^[\p{Script=Latin}\d(["“‘]/u.test(right);
  const afterPunctuation = /[,.;:!?-]$/u.test(left) && !/^[)\]）】,.;:!?，。、；：！？]/u.test(right);
  const afterBracket = /[)\]"”]$/u.test(left) && /^[\p{Script=Latin}\d]/u.test(right);
  return latinWords || afterPunctuation || afterBracket ? `${left} ${right}` : `${left}${right}`;
}
