/**
 * Classifiers for one line of a transcript. Pure and small, so each format rule can be
 * read, tested and extended on its own. A speaker line found here is a *candidate*: which
 * candidates are really speakers is decided over the whole file (./labels.ts).
 */
import { isRule } from './markdown.ts';
import { CREDENTIALS, LABEL_MARKERS } from './vocabulary.ts';

/** `key: value` with an ASCII or full-width colon; the value may be empty (it is then on the next line). */
export function matchMetaLine(line: string, keys: ReadonlySet<string>): { key: string; value: string } | undefined {
  const m = /^\**([^:：*]{1,16}?)\**\s*[:：]\s*\**\s*(.*)$/u.exec(line);
  if (!m || !keys.has(m[1]!.trim())) return undefined;
  return { key: m[1]!.trim(), value: m[2]!.trim() };
}

/** A time as transcripts write it: `1:02:03`, `00:12:34`, `00:04:05.03`, `0:03`. */
export const TIME = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;

/** How a speaker line is written: decides how much evidence the label needs. */
export type LabelShape =
  /** `【名字】`, `**Name:**`, `Name (00:12:34):`, `Speaker 1  0:03`, `Name: 00:00:00`, a subtitle voice: unmistakably a label. */
  | 'marked'
  /** `名字：说的话`, `Name — words`: a label only if the file's other labels look alike, or it recurs. */
  | 'plain'
  /** `Name:` or `**Name**` alone on its line. */
  | 'alone'
  /** `Full Name, Organisation` alone on its line: a label only when the shape recurs. */
  | 'byline'
  /** `Q - words` (a hyphen for a colon): prose has it too, so a label only when conventional or recurring. */
  | 'dash';

/** A speaker line, taken apart. */
export interface SpeakerLine {
  /** The label as written, without markup, times, affiliations or credentials. */
  label: string;
  /** The words after the label; empty when they start on the next line. */
  text: string;
  /** The time written with the label (`00:12:34`, or a sitting's `10.10`). */
  timestamp?: string;
  shape: LabelShape;
  /** A second turn on the same line (`**问：定价吗？** **答：**不方便讲。`). */
  next?: string;
  /** Written in Markdown bold: evidence that the source is Markdown. */
  bold?: true;
  /** Written as a Markdown heading (`### 唐鳳：`). */
  heading?: true;
}

/** A shape of speaker line: which capture groups hold the label, the words and the time. */
interface SpeakerShape {
  pattern: RegExp;
  shape: LabelShape;
  label: number;
  /** Absent: the words start on the next line. */
  text?: number;
  time?: number;
}

/** Parenthesised words after a name: an affiliation or constituency, `(Ginninderra)`, `（360）`. */
const AFFILIATION = String.raw`(?:\s*[(（][^()（）:：]{1,40}[)）])*`;

/**
 * A name without the credentials written after it (`Mireille Reece, PsyD` → `Mireille Reece`, `Jane Doe, M.D., MPH`):
 * only a full name (two words or more, capitalised) with nothing but credentials after its commas; `However, the point
 * is` and `Frankly, MD` stay as written, and whether what is left names anyone is still decided over the file (./labels.ts).
 */
export function withoutCredentials(label: string): string {
  const parts = label.split(/\s*,\s*/u);
  let end = parts.length;
  while (end > 1 && CREDENTIALS.has(parts[end - 1]!.replace(/\./gu, ''))) end--;
  return end === 1 && parts.length > 1 && /^\p{Lu}\S*\s+\S/u.test(parts[0]!) ? parts[0]! : label;
}

/** The shapes of a speaker line, tried in order; one row per convention. */
const SPEAKER_SHAPES: SpeakerShape[] = [
  // 【名字】说的话   (alone on its line, 【訪談實錄】 is a heading)
  { pattern: /^【([^】]{1,40})】\s*[:：]?\s*(\S.*)$/u, shape: 'marked', label: 1, text: 2 },
  // [主播]：说的话   [Host]: words   (a machine transcription's role labels; the colon is needed: `[笑声] 对` is a
  // sound, `[00:12]` a time, `[^1]: …` a footnote and `[id]: https://…` a Markdown link's address)
  { pattern: /^\[([^\][:：\d^][^\][:：]{0,39})\]\s*[:：]\s*(?!https?:|www\.|<)(\S.*)$/u, shape: 'marked', label: 1, text: 2 },
  // Name (00:12:34): words   Name [00:12:34]   MS CLAY (Ginninderra) (10.10): words
  {
    pattern: new RegExp(String.raw`^([^:：\[(（]{1,40}?)${AFFILIATION}\s*[\[(（](${TIME}|\d{1,2}\.\d{2})[\])）]\s*[:：]?\s*(.*)$`, 'u'),
    shape: 'marked',
    label: 1,
    time: 2,
    text: 3,
  },
  // Speaker 1  0:03   发言人1   00:05   (a transcription service's label line)
  { pattern: new RegExp(String.raw`^([^:：\[(（]{1,40}?)\s+(${TIME})$`, 'u'), shape: 'marked', label: 1, time: 2 },
  // Name: 00:00:00   (the time after the colon, the words below)
  { pattern: new RegExp(String.raw`^([^:：]{1,40}?)\s*[:：]\s*[\[(（]?(${TIME})[\])）]?$`, 'u'), shape: 'marked', label: 1, time: 2 },
  // Q - words   (an audience question in a conference transcript; a hyphen or en dash for the colon)
  { pattern: /^([A-Z][\p{L}.'’]*(?: [A-Z][\p{L}.'’]*){0,2}) [-–] (\S.*)$/u, shape: 'dash', label: 1, text: 2 },
  // Name:   alone, the words below
  { pattern: new RegExp(String.raw`^([^:：]{1,40}?)${AFFILIATION}\s*[:：]$`, 'u'), shape: 'alone', label: 1 },
  // 名字:说的话   Name: words   Sam Altman (OpenAI): words
  { pattern: new RegExp(String.raw`^([^:：]{1,40}?)${AFFILIATION}\s*[:：]\s*(.*)$`, 'u'), shape: 'plain', label: 1, text: 2 },
  // CHAIR —Welcome…   (Hansard: an em dash instead of a colon)
  { pattern: /^([A-Z][^—:：]{0,39}?)\s*—\s*(\S.*)$/u, shape: 'plain', label: 1, text: 2 },
  // Keith Cline, VentureFizz   (alone on its line, the words below)
  { pattern: /^([A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){1,3}),\s+[\p{L}\p{N}][\p{L}\p{N} .&'’-]{0,40}$/u, shape: 'byline', label: 1 },
];

/** Lines a file may open with before its time column starts (a title, a date). */
const BEFORE_COLUMN = 3;

/**
 * The same time before every line (`0:00 Michael Kennedy  00:10`, `0:00 And I am Brian.`): a converter's
 * column that says nothing — not a time of any turn, nor words. Returns that prefix and the first line
 * that has it, when at least three lines share it and every line from there on has it (a title or a
 * date may come before: `Episode 310`).
 */
export function constantTimeColumn(lines: readonly string[]): { prefix: string; from: number } | undefined {
  const pattern = new RegExp(String.raw`^${TIME}[ \t]+`, 'u');
  const from = lines.slice(0, BEFORE_COLUMN + 1).findIndex((line) => pattern.test(line));
  if (from === -1) return undefined;
  const prefix = pattern.exec(lines[from]!)![0];
  const rest = lines.slice(from);
  if (rest.length < 3) return undefined;
  return rest.every((line) => line.startsWith(prefix) && line.length > prefix.length) ? { prefix, from } : undefined;
}

/** A leading time: `[00:12:34] Name: words`. */
const LEADING_TIME = new RegExp(String.raw`^[\[(（【]?(${TIME})[\])）】]?\s+`, 'u');
/** A time right after the label: `**Name:** [00:04:05] Well…`. */
const TIME_AFTER_LABEL = new RegExp(String.raw`^[\[(（](${TIME})[\])）]\s*`, 'u');

/**
 * Every way a line can be a speaker line: `名字:说的话`, `**名字：**说的话`, `**问：…？**`,
 * `【名字】`, `[00:12:34] Name: words`, `Name (00:12:34):` or `Speaker 1  0:03` alone …
 * Only the shape: whether the label names a speaker is decided with the whole file.
 */
export function speakerLineShape(raw: string): SpeakerLine | undefined {
  const heading = headingLabel(raw);
  if (heading !== undefined) return heading;
  // `<u>Name:</u>\twords` (a word processor's export): the tags around the label are formatting;
  // so is a press transcript's marker before it (`▲DVB電視臺記者:`).
  const line = raw.replace(/^<(u|b|strong|em|i)>([^<]{1,40}?)<\/\1>\s*/u, '$2 ').replace(LABEL_MARKERS, '');
  const bold = boldSpeakerLine(line);
  if (bold) return bold;
  let rest = line;
  let timestamp: string | undefined;
  const leading = LEADING_TIME.exec(rest);
  if (leading) {
    timestamp = leading[1];
    rest = rest.slice(leading[0].length);
  }
  for (const shape of SPEAKER_SHAPES) {
    const m = shape.pattern.exec(rest);
    if (!m) continue;
    const label = withoutCredentials(m[shape.label]!.trim());
    if (label === '' || /[*]/u.test(label)) continue;
    let text = shape.text === undefined ? '' : m[shape.text]!.trim();
    timestamp ??= shape.time === undefined ? undefined : m[shape.time];
    const after = TIME_AFTER_LABEL.exec(text);
    if (after) {
      timestamp ??= after[1];
      text = text.slice(after[0].length);
    }
    // `Name: ` with words after it is 'plain'; with nothing after, the words come below.
    const kind: LabelShape = shape.shape === 'plain' && text === '' ? 'alone' : shape.shape;
    return { label, text, shape: kind, ...(timestamp && { timestamp }) };
  }
  return undefined;
}

/**
 * A Markdown heading whose text is a label and its colon, alone (`### 唐鳳：`, `## Audrey Tang:`, `### **問：**`): the
 * label of the words below, written as a heading (the convention of sayit-style archives). Only a heading that ends
 * in its colon: `## Background` and `### Q: why?` stay headings. Shaped `alone`, so it counts as a label only with
 * the evidence a label alone needs (it recurs, or looks like the file's other labels); otherwise it is a heading.
 */
function headingLabel(raw: string): SpeakerLine | undefined {
  const heading = /^#{1,6}\s+(.+?)(?:\s+#+)?\s*$/u.exec(raw.trim());
  if (!heading || !/[:：](?:\*\*)?$/u.test(heading[1]!)) return undefined;
  const said = speakerLineShape(heading[1]!);
  if (!said || said.text !== '' || said.next !== undefined) return undefined;
  return { ...said, shape: said.shape === 'marked' ? 'marked' : 'alone', heading: true };
}

/**
 * Bold around a label, or around a whole turn: `**Name:** words`, `**名字**：说的话`,
 * `**答** **：**…`, `**问：为什么？**`, `**Name**` alone, and two turns on one line
 * (`**问：定价吗？** **答：**不方便讲。`). The bold is formatting, not part of the words.
 */
function boldSpeakerLine(line: string): SpeakerLine | undefined {
  const found = boldShape(line);
  return found && { ...found, bold: true };
}

function boldShape(raw: string): SpeakerLine | undefined {
  if (!raw.startsWith('**')) return undefined;
  // Two bold runs with nothing between are one (`**Yizhou Zhen****g**`, as a page clipper splits a name): Markdown
  // shows them as one bold word.
  const line = raw.replace(/^\*\*([^*]+)\*\*\*\*(?=[^*\s])/u, '**$1');
  const alone = /^\*\*([^*:：]{1,40})\*\*$/u.exec(line);
  if (alone) return { label: withoutCredentials(alone[1]!.trim()), text: '', shape: 'alone' };
  // The label, with `**` opened and perhaps closed around it, then the colon, perhaps bold too.
  const m = /^\*\*([^*:：]{1,40}?)\s*(\*\*\s*(?:\*\*)?)?\s*([:：])\s*(\*\*)?\s*/u.exec(line);
  if (!m) return undefined;
  const label = withoutCredentials(m[1]!.trim());
  const toggles = (m[2] ?? '').split('**').length - 1 + (m[4] ? 1 : 0);
  let rest = line.slice(m[0].length);
  let timestamp: string | undefined;
  const after = TIME_AFTER_LABEL.exec(rest);
  if (after) {
    timestamp = after[1];
    rest = rest.slice(after[0].length);
  }
  // An odd number of `**` after the opening one: the bold is closed, the words are plain.
  if (toggles % 2 === 1) return { label, text: rest.trim(), shape: 'marked', ...(timestamp && { timestamp }) };
  // Still open: the bold wraps the turn's words (`**问：为什么？**`), and may close before another turn.
  const close = rest.indexOf('**');
  if (close === -1) return undefined;
  const text = rest.slice(0, close).trim();
  const tail = rest.slice(close + 2).trim();
  if (tail === '') return { label, text, shape: 'marked', ...(timestamp && { timestamp }) };
  if (boldSpeakerLine(tail)) return { label, text, shape: 'marked', next: tail, ...(timestamp && { timestamp }) };
  return {
    label,
    text: `${text}${rest.slice(close + 2).startsWith(' ') ? ' ' : ''}${tail}`.trim(),
    shape: 'marked',
    ...(timestamp && { timestamp }),
  };
}

/** A bare timestamp line, `(00:01:54):` or `[00:12:34]`: a paragraph break in the same turn, at that time. */
export function bareTimestamp(line: string): string | undefined {
  return new RegExp(String.raw`^[\[(（](${TIME})[\])）]\s*[:：]?$|^(${TIME})$`, 'u').exec(line)?.slice(1).find(Boolean);
}

// Sentence and clause punctuation: a line that has any is prose, not a title.
const PROSE_PUNCTUATION = /[。，,；;！!？?…]|[:：.]$/u;
// The same without the question mark: a title may ask (`如何界定“抄袭”?Perplexity的引用规范`).
const PROSE_BUT_QUESTION = /[。，,；;！!…]|[:：.]$/u;

/** Longest line still taken for a heading, in characters. */
export const MAX_HEADING_LENGTH = 40;
/** A heading this short could as well be a one-line reply: `--explain` flags it. */
export const UNSURE_HEADING_LENGTH = 6;

/** A heading's text, and what its shape says about how sure that is. */
export interface HeadingShape {
  text: string;
  /** Written as a Markdown `#` heading: sure. */
  markdown: boolean;
  /**
   * Asks (`?`/`？` its only punctuation): a title phrased as a question, or a question someone said.
   * `subtitled`: the question runs straight on into more words (`…“抄袭”?Perplexity的…`), as titles
   * do and speech, which puts a space or a stop after it, does not.
   */
  question?: { subtitled: boolean };
}

/**
 * Whether a line is shaped like an editorial heading: a Markdown `#` heading, or a short line
 * with no sentence punctuation but perhaps a question mark, and at least one letter or digit
 * (`01`, `6.天花板`). (The parser also requires a speaker turn or a list right after it, or
 * after the headings that follow it.)
 */
export function headingText(line: string): HeadingShape | undefined {
  const markdown = /^#{1,6}\s+(.+?)\s*#*$/u.exec(line);
  if (markdown) return { text: markdown[1]!.replace(/^\*\*(.+)\*\*$/u, '$1'), markdown: true };
  if ([...line].length > MAX_HEADING_LENGTH || PROSE_BUT_QUESTION.test(line) || isRule(line) || !/[\p{L}\p{N}]/u.test(line))
    return undefined;
  // `(以上圖片均為採訪現場)`, `（笑）`: a line wholly in brackets is an editor's or stage note, not a title.
  if (isBreadcrumb(line) || isListItem(line) || /^[(（][^()（）]*[)）]$/u.test(line)) return undefined;
  // A link alone (`https://example.com/ep/12`, `<https://…>`): an address said or shown, never a title.
  if (/^<?(?:https?:\/\/|www\.)\S+>?$/iu.test(line)) return undefined;
  const text = line.replace(/^\*\*(.+)\*\*$/u, '$1').replace(/^【(.+)】$/u, '$1');
  if (!PROSE_PUNCTUATION.test(line)) return { text, markdown: false };
  return { text, markdown: false, question: { subtitled: /[?？][^\s?？]/u.test(line) && !/[?？]\s*$/u.test(line) } };
}

/**
 * The heading an underlined line makes (Markdown's setext heading: `**杨植麟：**` ⏎ `--------`, `**o1 提升了 AI 上限，**` ⏎
 * `----`): sure whatever its punctuation, as a `#` heading is, so long as it is short and has words. Its text without
 * the bold, a clipper's bold split in two (`**还** **不明确，**`) read as one.
 */
export function underlinedHeadingText(line: string): HeadingShape | undefined {
  if ([...line].length > MAX_HEADING_LENGTH || isRule(line) || isListItem(line) || imageLine(line) || !/[\p{L}\p{N}]/u.test(line))
    return undefined;
  const text = line
    .replace(/(?<=\p{Script=Han}[，、：]?)\*\*\s*\*\*(?=\p{Script=Han})/gu, '')
    .replace(/\*\*(\s*)\*\*/gu, '$1')
    .replace(/^\*\*(.+)\*\*$/u, '$1')
    .trim();
  return { text, markdown: true };
}

/** Brackets an aside is written in, each opening one with its closing one. */
const ASIDE_BRACKETS: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']' };

/**
 * Whether the whole line is one bracketed aside, brackets and links inside it allowed: `（大家說好）`,
 * `（唐鳳現場演唱《漢米爾頓》（Hamilton）中的歌曲。）`, `(Audio recording: [title](https://…))`. Not `（笑）了。` nor
 * `[title](https://…)`, whose first bracket closes before the end.
 */
export function isBracketedAside(line: string): boolean {
  const close = ASIDE_BRACKETS[line[0] ?? ''];
  if (close === undefined || !line.endsWith(close) || line.length < 3) return false;
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char in ASIDE_BRACKETS) depth++;
    else if (Object.values(ASIDE_BRACKETS).includes(char)) depth--;
    if (depth === 0 && i < line.length - 1) return false;
  }
  return depth === 0;
}

/** A bulleted list item, `- words`, `• words`, or a bullet alone with its words on the next line. */
export function isListItem(line: string): boolean {
  return /^[-•*+](?:\s|$)/u.test(line) && !isRule(line);
}

/** A bullet alone on its line (`-`): list furniture, its item's words are on the next line. */
export function isListMarker(line: string): boolean {
  return /^[-•*+]$/u.test(line);
}

/** `新浪财经 > 国内财经 > 正文`: a web page's navigation trail. */
export function isBreadcrumb(line: string): boolean {
  return /^[^>]+(?:\s[>»›]\s[^>]+){2,}$/u.test(line);
}

/** `===` or `---` under a line: Markdown's underlined (setext) heading. */
export function isUnderline(line: string): boolean {
  return /^(?:={3,}|-{3,})$/u.test(line);
}

/**
 * What underlines a page's title: Markdown's `===`/`---`, or a row of asterisks (a press release's headline,
 * `*****` under it, as the Hong Kong government prints them). Only under the title: in Markdown, `***` between
 * paragraphs is a rule.
 */
export function isTitleUnderline(line: string): boolean {
  return isUnderline(line) || /^\*{3,}$/u.test(line);
}

/**
 * HTML tags alone on a line (`<div class="toc">`, `</div>`): the layout of the page a transcript
 * was exported from, not words. Inline markup inside a line stays, as written.
 */
export function isMarkupLine(line: string): boolean {
  return /^(?:<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>\s*)+$/iu.test(line);
}

/** A Markdown link's address in its brackets, which may hold brackets of its own (a clipper's `filters:no_upscale()?…`). */
const ADDRESS = String.raw`\((?:[^()]|\([^()]*\))*\)`;
/** `![alt](src)`, or the same image as a link's text, `[![alt](src)](href)` (a banner). */
const MARKDOWN_IMAGE = new RegExp(String.raw`^(?:!\[[^\]]*\]${ADDRESS}|\[!\[[^\]]*\]${ADDRESS}\]${ADDRESS})\s*(.*)$`, 'u');

/** An image, not words: `![alt](src)`, `[![alt](src)](href)`, `<img …>`, `[图片]`; a caption may follow on the line. */
export function imageLine(line: string): { caption: string } | undefined {
  const markdown = MARKDOWN_IMAGE.exec(line);
  if (markdown) return { caption: markdown[1]!.trim() };
  if (/^<img\b[^>]*>$/iu.test(line) || /^[[【](?:图片|图|image|photo)[\]】]$/iu.test(line)) return { caption: '' };
  return undefined;
}

/**
 * A printed page's number alone on its line, as OCR or a copied PDF leaves it: `-4-`, `- 4 -` anywhere; a bare `8.` or
 * `8` only between the two halves of a sentence (the line before ends in a letter or a comma, the line after opens in
 * lower case: `…in this country so` ⏎ `8.` ⏎ `transforming our…`), where no one says a number alone.
 */
export function isPageNumber(line: string, before: string | undefined, after: string | undefined): boolean {
  if (/^[-–]\s?\d{1,4}\s?[-–]$/u.test(line)) return true;
  return /^\d{1,4}\.?$/u.test(line) && before !== undefined && /[\p{L},]$/u.test(before) && after !== undefined && /^\p{Ll}/u.test(after);
}
