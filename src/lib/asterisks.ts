/**
 * What a source's `**` mean. Some publishers blank out words with runs of asterisks
 * (`大模型**的意义`, `****`: masks); many Markdown sources wrap phrases in `**…**` for
 * emphasis. CommonMark's flanking rules tell which runs *could* open or close emphasis; a
 * source uses emphasis when every run it has pairs up that way, and masks otherwise (the
 * seed's `追求**,大语言模型**不了` can never be emphasis: its first run cannot open). The
 * data file's `asterisks:` overrides the evidence.
 */

/** How a source uses `**`. */
export type AsteriskUse = 'masks' | 'emphasis';

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** Chinese and Japanese punctuation (`。，「」！？`, full-width forms): a sentence's own marks, with no space after them. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;
/** A letter of a script written without spaces between words (Han, kana, Hangul). */
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A `**` run can open strong emphasis (CommonMark left-flanking), and close it (right-flanking). One relaxation for text
 * written without spaces: a run between a CJK punctuation mark and a CJK letter (`…的能力。**以前`, `你说：**重点**`) may
 * close or open there, where a space would stand in English (CommonMark reads it as neither: commonmark/commonmark-spec#650,
 * the rule markdown-it-cjk-friendly adds). ASCII punctuation keeps the strict rule (`追求**,大语言模型**不了` stays masks).
 */
function flanking(text: string, start: number, end: number): { opens: boolean; closes: boolean } {
  const before = start === 0 ? ' ' : [...text.slice(0, start)].at(-1)!;
  const after = end >= text.length ? ' ' : [...text.slice(end)][0]!;
  const cjkBefore = CJK_PUNCTUATION.test(before) && CJK_LETTER.test(after);
  const cjkAfter = CJK_PUNCTUATION.test(after) && CJK_LETTER.test(before);
  const opens = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before) || cjkAfter);
  const closes = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after) || cjkBefore);
  return { opens, closes };
}

/** Emphasis pairs of a paragraph (`[open, close]` run indexes), and whether any run is left unpaired. */
export function emphasisPairs(text: string): { pairs: { start: number; end: number }[]; unpaired: number } {
  const runs = [...text.matchAll(/\*+/gu)].filter((m) => m[0].length >= 2);
  const pairs: { start: number; end: number }[] = [];
  let unpaired = 0;
  let open: { index: number } | undefined;
  for (const run of runs) {
    const { opens, closes } = flanking(text, run.index, run.index + run[0].length);
    if (run[0].length !== 2) {
      unpaired++;
      continue;
    }
    if (open && closes) {
      pairs.push({ start: open.index, end: run.index + 2 });
      open = undefined;
    } else if (opens && !open) open = { index: run.index };
    else unpaired++;
  }
  if (open) unpaired++;
  return { pairs, unpaired };
}

/** How the paragraphs of one source use `**`, from the evidence of all of them. */
export function asteriskUse(paragraphs: readonly string[]): AsteriskUse {
  let pairs = 0;
  for (const paragraph of paragraphs) {
    const found = emphasisPairs(paragraph);
    if (found.unpaired > 0) return 'masks';
    pairs += found.pairs.length;
  }
  return pairs > 0 ? 'emphasis' : 'masks';
}
