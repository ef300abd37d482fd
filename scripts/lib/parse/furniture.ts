/**
 * A clipped web page's furniture that has a label's shape and is no one's label: a WeChat account's card
 * (`**Founder Park**` over `303篇原创内容`), the heading of the article's own footer (`**更多阅读**`), and a line
 * underlined as a Markdown heading (`**杨植麟：**` ⏎ `--------`, a section titled with a name).
 */
import { isUnderline } from './lines.ts';
import { ACCOUNT_CARD_COUNT, FOOTER_HEADINGS } from './vocabulary.ts';

/** A line of the transcript, as the parser holds it (blank lines gone, `afterBlank` marking where one stood). */
interface Line {
  text: string;
  afterBlank?: true;
}

/** How many lines below an account's name its card's count may stand (its blurb may come between). */
const CARD_REACH = 2;

/** The line without the markup a clipper puts around a whole line: `#`, bold, a trailing colon. */
function bare(text: string): string {
  return text
    .replace(/^#{1,6}\s+/u, '')
    .replace(/^\*\*(.+)\*\*$/u, '$1')
    .replace(/\s*[:：]$/u, '')
    .trim();
}

/** `**更多阅读**`, `推荐阅读`, `# 往期回顾`: the heading an article's own footer opens with (FOOTER_HEADINGS). */
export function footerHeading(text: string): boolean {
  return FOOTER_HEADINGS.has(bare(text));
}

/** Line i is underlined as a Markdown (setext) heading: `===` or `---` on the very next line, no blank between. */
export function underlinedAt(lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && !next.afterBlank && isUnderline(next.text) && !isUnderline(lines[i]!.text);
}

/**
 * Line i names a WeChat account over its card: a name alone (`**Founder Park**`), its count (`303篇原创内容`) right
 * below it or below its blurb. A label with words (`**朱军**：对。`) just above a card is no card's name.
 */
export function accountCardName(lines: readonly Line[], i: number): boolean {
  const name = bare(lines[i]!.text);
  if (name === '' || [...name].length > 40 || /[:：*]/u.test(name)) return false;
  return lines.slice(i + 1, i + 1 + CARD_REACH).some((line) => ACCOUNT_CARD_COUNT.test(line.text));
}

/**
 * For each line, whether a label shape on it is the page's furniture or a heading rather than a speaker's label:
 * an account card's name, a footer's heading, a label alone underlined (`**朱军：**` ⏎ `-------`). A label with its
 * words on the line (`乙：回答二。` ⏎ `---`) stays a label: in a plain transcript the dashes are a rule under a turn.
 */
export function notLabels(lines: readonly Line[], wordsOnLine: (i: number) => boolean): boolean[] {
  return lines.map((line, i) => footerHeading(line.text) || accountCardName(lines, i) || (underlinedAt(lines, i) && !wordsOnLine(i)));
}
