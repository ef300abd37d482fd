/**
 * Ranges widened to whole user-perceived characters, so no excerpt, mark or `?hl=` link
 * ever cuts a surrogate pair (𠀀), a base letter from its combining mark (é as e + ◌́), or
 * an emoji sequence (👩‍💻, 🇨🇳) in half — a half surrogate also makes `encodeURIComponent`
 * throw.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Whether every character is a lone BMP character that combines with nothing (the common case). */
const SIMPLE = /^[\u0000-\u02ff\u0370-\u1dbf\u1e00-\u200b\u2010-\u20cf\u2100-\ud7ff\uf900-\ufe0e\ufe10-\ufe1f\ufe30-\uffff]*$/;

/** [start, end) widened outwards to grapheme boundaries. */
export function toGraphemes(text: string, [start, end]: readonly [number, number]): [number, number] {
  if (SIMPLE.test(text)) return [start, end];
  let from = 0;
  let to = text.length;
  for (const { index, segment } of segmenter.segment(text)) {
    if (index <= start) from = index;
    if (index + segment.length >= end) {
      to = index + segment.length;
      break;
    }
  }
  return [from, Math.max(from, to)];
}
