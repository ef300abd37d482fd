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
import { ANNOTATION_OPEN } from '../../../src/lib/segment-text.ts';

/** Phrasing elements: markup around words, never a page's layout. */
const PHRASING = 'span|b|strong|i|em|u|s|mark|font|small|big|sup|sub|a|abbr|cite|q|code|kbd|time|br';
/** Attributes as HTML writes them (`class="x"`, `id=part1`, `hidden`): `<b 且 y>` is no tag but words. */
const ATTRIBUTES = `(?:\\s+[A-Za-z_:][\\w:.-]*(?:\\s*=\\s*(?:"[^"<>]*"|'[^'<>]*'|[^\\s"'<>=\`]+))?)*\\s*`;
/** One phrasing tag: opening (`<span class="x">`), closing (`</span>`) or self-closing (`<br/>`, `<a id="p"/>`). */
const TAG = new RegExp(`<(/?)(${PHRASING})\\b(${ATTRIBUTES})(/?)>`, 'giu');
/** The opening tag of an annotation, as the renderer reads it (`segment-text.ts`). */
const IS_ANNOTATION_OPEN = new RegExp(`^${ANNOTATION_OPEN.source}$`, 'iu');

/** How many inline elements `text` opens and leaves open (fewer where it closes those of a line before). */
function openElements(text: string): number {
  let open = 0;
  for (const [, closing, name, , selfClosing] of text.matchAll(TAG)) {
    if (name!.toLowerCase() === 'br' || selfClosing) continue;
    open += closing ? -1 : 1;
  }
  return open;
}

/**
 * Lines that an inline element runs across joined into one (`<span class="term-def">DINK：Double`
 * / `Income, No Kids…</span>`): one sentence, which Markdown reads as one paragraph. A space
 * between two Latin words, nothing between Chinese characters — as the page shows them. Never
 * across a blank line, where Markdown ends the paragraph whatever is left open: an element that
 * never closes keeps its own paragraph, not the rest of the file.
 */
export function joinOpenElements<L extends { text: string; number: number }>(lines: readonly L[]): L[] {
  const joined: L[] = [];
  let open = 0;
  let lastNumber = -1;
  for (const line of lines) {
    const last = joined.at(-1);
    if (open > 0 && last && line.number === lastNumber + 1) {
      const space = /[A-Za-z0-9,.;:]$/u.test(last.text) && /^[A-Za-z0-9]/u.test(line.text) ? ' ' : '';
      joined[joined.length - 1] = { ...last, text: `${last.text}${space}${line.text}` };
      open = Math.max(0, open + openElements(line.text));
    } else {
      joined.push(line);
      open = Math.max(0, openElements(line.text));
    }
    lastNumber = line.number;
  }
  return joined;
}

/**
 * A line's words without inline tags. An annotation (`ANNOTATION`) stays, its own tags kept
 * and the tags inside it dropped (`<br>`, `<b>`), so it is still one annotation, set apart.
 */
export function withoutInlineTags(text: string): string {
  let out = '';
  let at = 0;
  /** The annotation open at this depth of spans, with the words it holds so far. */
  let annotation: { depth: number; open: string; words: string } | undefined;
  let depth = 0;
  for (const m of text.matchAll(TAG)) {
    const [tag, closing, name, , selfClosing] = m;
    const words = text.slice(at, m.index);
    at = m.index + tag.length;
    if (annotation) annotation.words += words;
    else out += words;
    if (name!.toLowerCase() !== 'span' || selfClosing) continue;
    if (!closing) {
      depth++;
      if (!annotation && IS_ANNOTATION_OPEN.test(tag)) annotation = { depth, open: tag, words: '' };
      continue;
    }
    if (annotation && depth === annotation.depth) {
      out += `${annotation.open}${annotation.words}</span>`;
      annotation = undefined;
    }
    depth = Math.max(0, depth - 1);
  }
  // An annotation the line never closes: its words as they stand, no tags.
  if (annotation) out += annotation.words;
  return out + text.slice(at);
}

/** Whether a line has inline tags to drop. */
export const hasInlineTags = (text: string) => withoutInlineTags(text) !== text;
