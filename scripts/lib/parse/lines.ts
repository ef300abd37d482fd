/**
 * Classifiers for one line of a transcript. Pure and small, so each format rule can be
 * read, tested and extended on its own.
 */
import { FOOTER_KEYS, HEADER_KEYS } from './vocabulary.ts';

/** `key: value` with an ASCII or full-width colon; the value may be empty (it is then on the next line). */
export function matchMetaLine(line: string, keys: ReadonlySet<string>): { key: string; value: string } | undefined {
  const m = /^([^:：]{1,12}?)\s*[:：]\s*(.*)$/u.exec(line);
  if (!m || !keys.has(m[1]!)) return undefined;
  return { key: m[1]!, value: m[2]! };
}

// A name as transcripts print it: Han characters (with the interpunct of transliterated
// names, 汤姆·汉克斯), or up to four capitalised Latin words (Sam Altman, Q).
const HAN_NAME = /^[\p{Script=Han}·•]{1,8}$/u;
const LATIN_NAME = /^[A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){0,3}$/u;

/**
 * `名字:说的话` or `名字：说的话`. A label counts when it is a known speaker, or when it is
 * shaped like a name and is not a metadata key; anything else stays text, so a sentence
 * such as `一个是数字安全:…` is not mistaken for a speaker.
 */
export function matchSpeakerLine(line: string, knownSpeakers: ReadonlySet<string>): { speaker: string; text: string } | undefined {
  const m = /^([^:：]{1,40}?)\s*[:：]\s*(.*)$/u.exec(line);
  if (!m) return undefined;
  const label = m[1]!.trim();
  const text = m[2]!;
  if (HEADER_KEYS.has(label) || FOOTER_KEYS.has(label)) return undefined;
  if (knownSpeakers.has(label)) return { speaker: label, text };
  if (text === '') return undefined;
  if (HAN_NAME.test(label) || LATIN_NAME.test(label)) return { speaker: label, text };
  return undefined;
}

// Sentence and clause punctuation: a line that has any is prose, not a title.
const PROSE_PUNCTUATION = /[。，,；;！!？?…]|[:：]$/u;

/** Longest line still taken for a heading, in characters. */
export const MAX_HEADING_LENGTH = 40;

/**
 * Whether a line is shaped like an editorial heading: a Markdown `#` heading, or a short line
 * with no sentence punctuation. The parser also requires a speaker turn right after it.
 */
export function headingText(line: string): string | undefined {
  const markdown = /^#{1,6}\s+(.+?)\s*#*$/u.exec(line);
  if (markdown) return markdown[1];
  if ([...line].length > MAX_HEADING_LENGTH || PROSE_PUNCTUATION.test(line)) return undefined;
  return line;
}
