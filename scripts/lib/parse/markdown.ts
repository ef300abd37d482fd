/**
 * Markdown furniture a transcript may arrive in: YAML front matter, backslash escapes,
 * horizontal rules. Transcripts copied from Markdown sources carry these; none of them is
 * the conversation's words.
 */
import { parse } from 'yaml';

/** A document's YAML front matter (`---` … `---` at the very top), read as plain data. */
export interface FrontMatter {
  data: Record<string, unknown>;
  /** 0-based index of the first line after the closing `---`. */
  end: number;
}

/** Reads front matter from the raw lines, when the file opens with it and it is valid YAML mapping. */
export function readFrontMatter(rawLines: readonly string[]): FrontMatter | undefined {
  if (rawLines[0]?.trim() !== '---') return undefined;
  const close = rawLines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/u.test(line));
  if (close === -1) return undefined;
  try {
    const data: unknown = parse(rawLines.slice(1, close).join('\n'));
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
    return { data: data as Record<string, unknown>, end: close + 1 };
  } catch {
    // Not YAML after all (a transcript that opens with a rule): read the lines as text.
    return undefined;
  }
}

// CommonMark: a backslash before ASCII punctuation stands for the character itself.
const ESCAPE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/gu;

/**
 * Whether the text was escaped for Markdown by whatever exported it: an escaped bracket
 * pair (`\[laughter\]`, `\[00:04:05.03\]`). Only then are backslashes escapes; in a plain
 * text transcript `C:\path` and `\*` are the source's characters.
 */
export function isMarkdownEscaped(text: string): boolean {
  return /\\\[[^\]\n]*\\\]/u.test(text);
}

/** `\[laughter\]` → `[laughter]`: Markdown's escapes undone, so no literal backslash reaches a reader. */
export function unescapeMarkdown(line: string): string {
  return line.includes('\\') ? line.replace(ESCAPE, '$1') : line;
}

/** `> 孔子：…` → `孔子：…`: a Markdown blockquote's markers (a quoted interview inside an article). */
export function unquote(line: string): string {
  return line.replace(/^(?:>(?:\s|$))+/u, '').trim();
}

/** `> …`: a line of a Markdown blockquote, where a transcript's editor writes in their own voice (`> （大家說好）`). */
export function isQuoteLine(raw: string): boolean {
  return /^\s*>(?:\s|$)/u.test(raw);
}

/** A horizontal rule or setext underline: `---`, `***`, `===`, `————`, `* * *`. Never words, never a heading. */
export function isRule(line: string): boolean {
  return /^(?:[-=_*—─━~·•.]\s*){3,}$/u.test(line);
}

/** `# Title` … `###### Title`, with its level. */
export function markdownHeading(line: string): { level: number; text: string } | undefined {
  const m = /^(#{1,6})\s+(.+?)\s*#*$/u.exec(line);
  return m ? { level: m[1]!.length, text: m[2]!.replace(/^\*\*(.+)\*\*$/u, '$1') } : undefined;
}

/** A value of the front matter as text (numbers and dates too), or undefined. */
export function frontMatterText(data: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return undefined;
}

/** A list value of the front matter (`keywords: [a, b]` or `keywords: a, b`). */
export function frontMatterList(data: Record<string, unknown>, ...keys: string[]): string[] | undefined {
  for (const key of keys) {
    const value = data[key];
    if (Array.isArray(value)) return value.map(String).filter((v) => v.trim() !== '');
    if (typeof value === 'string' && value.trim() !== '')
      return value
        .split(/[,，、;；]/u)
        .map((v) => v.trim())
        .filter(Boolean);
  }
  return undefined;
}
