/**
 * Classifiers for one line of a transcript. Pure and small, so each format rule can be
 * read, tested and extended on its own.
 */
import { EDITOR_LABELS, FOOTER_KEYS, HEADER_KEYS, QA_LABELS, ROLE_KEYS } from './vocabulary.ts';

/** `key: value` with an ASCII or full-width colon; the value may be empty (it is then on the next line). */
export function matchMetaLine(line: string, keys: ReadonlySet<string>): { key: string; value: string } | undefined {
  const m = /^\**([^:：*]{1,12}?)\**\s*[:：]\s*\**\s*(.*)$/u.exec(line);
  if (!m || !keys.has(m[1]!.trim())) return undefined;
  return { key: m[1]!.trim(), value: m[2]!.trim() };
}

// A name as transcripts print it: one to four Han characters (a longer run before a colon
// is more likely a clause, 回答的第二段:…), a transliterated name with its interpunct
// (汤姆·汉克斯), or up to four capitalised Latin words (Sam Altman, Q).
const HAN_NAME = /^(?:\p{Script=Han}{1,4}|\p{Script=Han}{1,6}[·•]\p{Script=Han}{1,6})$/u;
const LATIN_NAME = /^[A-Z][\p{L}.'-]*(?: (?:[A-Z][\p{L}.'-]*|\d{1,2})){0,3}$/u; // … and `Speaker 1`
const TIME = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}`;

/** A speaker line, taken apart. */
export interface SpeakerLine {
  /** The label as written (mapped to a speaker's name later). */
  label: string;
  /** The words after the label; empty when they start on the next line. */
  text: string;
  /** `00:12:34` when the line carries a timestamp. */
  timestamp?: string;
}

/** A shape of speaker line: which capture groups hold the label, the words and the time. */
interface SpeakerShape {
  pattern: RegExp;
  label: number;
  /** Absent: the words start on the next line. */
  text?: number;
  time?: number;
}

/** The shapes of a speaker line, tried in order. */
const SPEAKER_SHAPES: SpeakerShape[] = [
  // 【名字】说的话
  { pattern: /^【([^】]{1,40})】\s*[:：]?\s*(.*)$/u, label: 1, text: 2 },
  // **名字：**说的话   **Name:** words
  { pattern: /^\*\*([^*]{1,40}?)\s*[:：]\s*\*\*\s*(.*)$/u, label: 1, text: 2 },
  // **名字**：说的话
  { pattern: /^\*\*([^*]{1,40}?)\*\*\s*[:：]\s*(.*)$/u, label: 1, text: 2 },
  // Name (00:12:34): words   Name [00:12:34]
  { pattern: new RegExp(String.raw`^([^:：\[(（]{1,40}?)\s*[\[(（](${TIME})[\])）]\s*[:：]?\s*(.*)$`, 'u'), label: 1, time: 2, text: 3 },
  // Speaker 1  0:03   (a transcription service's label line)
  { pattern: new RegExp(String.raw`^([^:：\[(（]{1,40}?)\s+(${TIME})$`, 'u'), label: 1, time: 2 },
  // 名字:说的话   Name: words
  { pattern: /^([^:：]{1,40}?)\s*[:：]\s*(.*)$/u, label: 1, text: 2 },
];

/**
 * `名字:说的话`, `名字：说的话`, `**名字：**说的话`, `**Name**: words`, `【名字】说的话`,
 * `[00:12:34] Name: words`, `Name (00:12:34):` or `Speaker 1  0:03` alone on its line … A
 * label counts when it is a known label, a Q/A or role label, or shaped like a name and not
 * a metadata key; anything else stays text, so a sentence such as `一个是数字安全:…` is not
 * mistaken for a speaker.
 */
export function matchSpeakerLine(line: string, knownLabels: ReadonlySet<string>): SpeakerLine | undefined {
  let rest = line;
  let timestamp: string | undefined;
  const leading = new RegExp(String.raw`^[\[(（【]?(${TIME})[\])）】]?\s+`, 'u').exec(rest);
  if (leading) {
    timestamp = leading[1];
    rest = rest.slice(leading[0].length);
  }
  const found = SPEAKER_SHAPES.map((shape) => ({ shape, m: shape.pattern.exec(rest) })).find(({ m }) => m !== null);
  if (!found) return undefined;
  const { shape, m } = found as { shape: SpeakerShape; m: RegExpExecArray };
  const label = m[shape.label]!.trim();
  const text = shape.text === undefined ? '' : m[shape.text]!.trim();
  timestamp ??= shape.time === undefined ? undefined : m[shape.time];
  // Metadata keys are not speakers, but role words are fine labels (`主持人：…` in a roundtable).
  if ((HEADER_KEYS.has(label) && !ROLE_KEYS.has(label)) || FOOTER_KEYS.has(label) || EDITOR_LABELS.has(label)) return undefined;
  const known = knownLabels.has(label) || QA_LABELS.has(label) || ROLE_KEYS.has(label);
  // Unknown labels must look like a name; the words may start on the next line (`Name:` alone).
  if (!known && !HAN_NAME.test(label) && !LATIN_NAME.test(label)) return undefined;
  return { label, text, ...(timestamp && { timestamp }) };
}

// Sentence and clause punctuation: a line that has any is prose, not a title.
const PROSE_PUNCTUATION = /[。，,；;！!？?…]|[:：.]$/u;

/** Longest line still taken for a heading, in characters. */
export const MAX_HEADING_LENGTH = 40;
/** A heading this short could as well be a one-line reply: `--explain` flags it. */
export const UNSURE_HEADING_LENGTH = 6;

/**
 * Whether a line is shaped like an editorial heading: a Markdown `#` heading, or a short line
 * with no sentence punctuation. (The parser also requires a speaker turn right after it.)
 */
export function headingText(line: string): { text: string; markdown: boolean } | undefined {
  const markdown = /^#{1,6}\s+(.+?)\s*#*$/u.exec(line);
  if (markdown) return { text: markdown[1]!, markdown: true };
  if ([...line].length > MAX_HEADING_LENGTH || PROSE_PUNCTUATION.test(line)) return undefined;
  return { text: line.replace(/^\*\*(.+)\*\*$/u, '$1'), markdown: false };
}

/** `===` or `---` under a line: Markdown's underlined (setext) heading. */
export function isUnderline(line: string): boolean {
  return /^(?:={3,}|-{3,})$/u.test(line);
}

/** An image, not words: `![alt](src)`, `<img …>`, `[图片]`. Skipped, with a warning. */
export function isImageLine(line: string): boolean {
  return /^!\[[^\]]*\]\([^)]*\)$/u.test(line) || /^<img\b[^>]*>$/iu.test(line) || /^[\[【](?:图片|图|image|photo)[\]】]$/iu.test(line);
}
