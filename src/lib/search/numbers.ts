/**
 * An English number word as the text writes the number: in digits, or in Chinese numerals
 * (seventy → 70, 七十; forty-two → 42, 四十二). Transcripts write numbers either way, and a
 * reader remembering "seventy" has no digit to type.
 */
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const HAN_DIGITS = '零一二三四五六七八九';
const ROUND: Record<string, [number, string]> = { hundred: [100, '一百'], thousand: [1000, '一千'] };

/** The number an English word (or hyphened pair: forty-two) names, up to 99, or a hundred or a thousand. */
export function numberOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (ROUND[w]) return ROUND[w][0];
  const [tens, unit, ...rest] = w.split('-');
  if (rest.length > 0) return undefined;
  if (unit !== undefined) {
    const t = TENS.indexOf(tens!);
    const u = UNITS.indexOf(unit);
    return t >= 2 && u >= 1 ? t * 10 + u : undefined;
  }
  for (const [list, base] of [
    [UNITS, 0],
    [TEENS, 10],
  ] as const) {
    const at = list.indexOf(w);
    if (at >= 0) return base + at;
  }
  const t = TENS.indexOf(w);
  return t >= 2 ? t * 10 : undefined;
}

/** A number below 100 in Chinese numerals (42 → 四十二, 10 → 十, 70 → 七十). */
export function hanNumber(n: number): string {
  if (n < 10) return HAN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  return `${tens > 1 ? HAN_DIGITS[tens] : ''}十${unit > 0 ? HAN_DIGITS[unit] : ''}`;
}

/** The ways the text may write the number an English word names (two or more): digits and Chinese numerals; none for other words. */
export function numberForms(word: string): string[] {
  const n = numberOf(word);
  // "One" is mostly no number ("the one thing"), and 一 is in half the words of Chinese.
  if (n === undefined || n < 2) return [];
  const round = ROUND[word.toLowerCase()];
  return [String(n), round ? round[1] : hanNumber(n)];
}
