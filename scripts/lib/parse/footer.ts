/**
 * Where the dialogue ends and the page's own footer begins, and what the footer holds: lines after the
 * last turn that no one says (a republisher's keys, a service's signature, a release's dateline, a legend).
 */
import type { MetaEntry, Transcript } from '../model.ts';
import { legendLine } from './labels.ts';
import { accountCardName, footerHeading } from './furniture.ts';
import { imageLine, matchMetaLine, type SpeakerLine } from './lines.ts';
import { isRule } from './markdown.ts';
import { DATELINE, FOOTER_KEYS, PAGE_NAVIGATION, RELEASE_END, SERVICE_SIGNATURE } from './vocabulary.ts';

/** A line of the transcript, numbered as in the file. */
interface Line {
  number: number;
  text: string;
}

/**
 * The footer begins at the first footer-key line (or a transcription service's signature,
 * `Transcribed by https://otter.ai`, a release's dateline, `2017年2月28日(星期二)`, a page's navigation,
 * `Jump To: Tape 02`, a WeChat article's footer heading, `**更多阅读**`, or its account's card, a legend,
 * `(M=被访者,R=记者)`, or a press release's closing `ends` as the file's last line) after which no speaker speaks
 * again, so a `文章标题:` line can never swallow dialogue, and what follows a dateline (the page's time and
 * navigation) is no one's words. The rules and images right above it (a clipper's `*** ** * ** ***`, a linked
 * banner) are the footer's too.
 */
export function findFooterStart(lines: readonly Line[], from: number, speakerLine: (i: number) => SpeakerLine | undefined): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= from; i--) {
    const text = lines[i]!.text;
    if (
      matchMetaLine(text, FOOTER_KEYS) ||
      SERVICE_SIGNATURE.test(text) ||
      DATELINE.test(text) ||
      PAGE_NAVIGATION.test(text) ||
      footerHeading(text) ||
      accountCardName(lines, i) ||
      legendLine(text) ||
      (i === lines.length - 1 && RELEASE_END.test(text))
    )
      start = i;
    else if (speakerLine(i)) break;
  }
  while (start < lines.length && start > from && !speakerLine(start - 1) && furniture(lines[start - 1]!.text)) start--;
  return start;
}

/** A rule or an image alone on its line: the page's layout, no one's words. */
function furniture(text: string): boolean {
  return isRule(text) || imageLine(text)?.caption === '';
}

/** The footer's `key: value` lines as metadata, and the rest (a disclaimer, a dateline, navigation) as notes. */
export function readFooter(lines: readonly Line[]): { footer: MetaEntry[]; notes: Transcript['footerNotes'] } {
  const footer: MetaEntry[] = [];
  const notes: Transcript['footerNotes'] = [];
  for (const line of lines) {
    const meta = matchMetaLine(line.text, FOOTER_KEYS);
    if (meta) footer.push({ ...meta, line: line.number });
    else notes.push({ text: line.text, line: line.number });
  }
  return { footer, notes };
}
