/**
 * Inline HTML in a page exported as Markdown: a file whose layout comes as lines of tags alone
 * (`<div class="container">`, `isMarkupLine`). There, tags around words are markup, as `**` is:
 * `<span class="speaker-name">李厚辰：</span>有一个…` is the label 李厚辰 and its words, and
 * `丁克（<span class="term-def">DINK：…</span>）` the words the page shows. Only in such a file:
 * in a plain transcript `<b>` may be what a speaker said about HTML.
 *
 * An annotation the page shows only on hover (`<span class="tooltiptext">…</span>`) is the
 * editor's words, not the speaker's: it stays in its place, tags and all, and the renderer sets
 * it apart (`segment-text.ts`), so every word of the source is still there once, in order.
 */
import { ANNOTATION } from '../../../src/lib/segment-text.ts';

/** Phrasing tags: markup around words, never a page's layout. */
const INLINE_TAG = /<\/?(?:span|b|strong|i|em|u|s|mark|font|small|big|sup|sub|a|abbr|cite|q|code|kbd|time|br)\b[^<>]*>/giu;

/** An opening inline tag that a later line closes: Markdown's soft line break inside an element. */
const OPENS = /<(?:span|b|strong|i|em|u|s|mark|font|small|big|sup|sub|a|abbr|cite|q|code|kbd|time)\b[^<>]*>/giu;

const CLOSES = /<\/(?:span|b|strong|i|em|u|s|mark|font|small|big|sup|sub|a|abbr|cite|q|code|kbd|time)\s*>/giu;

/** How many inline elements `text` opens and leaves open (fewer where it closes those of a line before). */
const openElements = (text: string) => (text.match(OPENS) ?? []).length - (text.match(CLOSES) ?? []).length;

/**
 * Lines that an inline element runs across joined into one (`<span class="term-def">DINK：Double`
 * / `Income, No Kids…</span>`): one sentence, which Markdown reads as one paragraph. A space
 * between two Latin words, nothing between Chinese characters — as the page shows them.
 */
export function joinOpenElements<L extends { text: string }>(lines: readonly L[]): L[] {
  const joined: L[] = [];
  let open = 0;
  for (const line of lines) {
    const last = joined.at(-1);
    if (open > 0 && last) {
      const space = /[A-Za-z0-9,.;:]$/u.test(last.text) && /^[A-Za-z0-9]/u.test(line.text) ? ' ' : '';
      joined[joined.length - 1] = { ...last, text: `${last.text}${space}${line.text}` };
    } else joined.push(line);
    open = Math.max(0, open + openElements(line.text));
  }
  return joined;
}

/** A line's words without inline tags; an annotation (`ANNOTATION`) kept as written, to be set apart. */
export function withoutInlineTags(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(new RegExp(ANNOTATION.source, 'giu'))) {
    out += text.slice(at, m.index).replace(INLINE_TAG, '');
    out += m[0];
    at = m.index + m[0].length;
  }
  return out + text.slice(at).replace(INLINE_TAG, '');
}

/** Whether a line has inline tags to drop. */
export const hasInlineTags = (text: string) => withoutInlineTags(text) !== text;
