/**
 * Chinese numerals: what a run of them is worth (二十 → 20, 两万五 → 25,000) and a number said in
 * them (120 → 一百二十). Readers and transcripts write a number in digits or in numerals, and a
 * speech recogniser mostly in digits; search reads both as the one number (`numbers.ts`, `rank.ts`).
 */

export const HAN_DIGITS = '零一二三四五六七八九';
/** What each Chinese digit is worth (两 is two before a unit or a measure word). */
const DIGIT_VALUES: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
export const HAN_ZEROS: ReadonlySet<string> = new Set(['零', '〇']);
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
/** The traditional forms a text may write (兩萬億), as their simplified ones. */
const SIMPLIFIED: Readonly<Record<string, string>> = { 兩: '两', 萬: '万', 億: '亿' };

/** A character numbers are written with: a digit or a Chinese numeral (traditional too). */
export const NUMERAL = /^[\p{Nd}零〇一二两兩三四五六七八九十百千万萬亿億]$/u;

/** What a Chinese digit is worth, or undefined. */
export const digitValue = (c: string): number | undefined => DIGIT_VALUES[c];

/**
 * A number below ten thousand in Chinese numerals, as it is said: 二十, 一百二十, 一百零五, and
 * 两千五 (2,500: a last digit after 百 or 千 counts in the next unit down, unless 零 comes
 * between). Units fall from left to right and each needs its digit (十 may open alone:
 * 十五); anything else — 一一, 百 alone, a 零 with nothing after it — is no number. After 万 or
 * 亿, the rest may open with 零 (十万零五).
 */
function sectionValue(chars: readonly string[], { leadingZero = false } = {}): number | undefined {
  let total = 0;
  let digit: number | undefined;
  let last = Infinity;
  let zero = false;
  for (const [i, c] of chars.entries()) {
    const unit = SMALL_UNITS[c];
    if (unit !== undefined) {
      if (unit >= last || (digit === undefined && !(unit === 10 && i === 0))) return undefined;
      total += (digit ?? 1) * unit;
      [digit, last, zero] = [undefined, unit, false];
    } else if (HAN_ZEROS.has(c)) {
      if (digit !== undefined || (last === Infinity && !(leadingZero && i === 0))) return undefined;
      zero = true;
    } else {
      const value = DIGIT_VALUES[c];
      if (value === undefined || digit !== undefined) return undefined;
      digit = value;
    }
  }
  if (zero && digit === undefined) return undefined;
  if (digit !== undefined) total += last >= 100 && last !== Infinity && !zero ? (digit * last) / 10 : digit;
  return chars.length > 0 ? total : undefined;
}

/**
 * Chinese numerals as a number (二十 → 20, 三千万 → 30,000,000, 两亿三千万, 一万亿), or undefined
 * where they are none (千万 "by all means", 万一 "in case"). A lone digit after 万 or 亿 counts in
 * the next unit down, as it is said: 两万五 is 25,000, 一亿五 150,000,000.
 */
export function hanValue(text: string): number | undefined {
  const simplified = [...text].map((c) => SIMPLIFIED[c] ?? c).join('');
  for (const [mark, size] of [
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    const at = simplified.indexOf(mark);
    if (at === -1) continue;
    // 一万亿: the 亿 that closes the number; 两亿三千万: the first.
    const cut = mark === '万' || simplified.slice(at + 1).includes('亿') ? simplified.lastIndexOf(mark) : at;
    const head = cut > 0 ? hanValue(simplified.slice(0, cut)) : undefined;
    if (head === undefined || head === 0) return undefined;
    const rest = simplified.slice(cut + 1);
    const spoken = DIGIT_VALUES[rest];
    const tail =
      rest === ''
        ? 0
        : spoken !== undefined && [...rest].length === 1
          ? (spoken * size) / 10
          : rest.includes('万')
            ? hanValue(rest)
            : sectionValue([...rest], { leadingZero: true });
    return tail === undefined || tail >= size ? undefined : head * size + tail;
  }
  return sectionValue([...simplified]);
}

/** A number below 100 in Chinese numerals (42 → 四十二, 10 → 十, 70 → 七十). */
export function hanNumber(n: number): string {
  if (n < 10) return HAN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  return `${tens > 1 ? HAN_DIGITS[tens] : ''}十${unit > 0 ? HAN_DIGITS[unit] : ''}`;
}

/** A number below ten thousand in Chinese numerals (120 → 一百二十, 2005 → 两千零五, 2500 → 两千五百). */
export function hanSection(n: number): string {
  if (n < 100) return hanNumber(n);
  let said = '';
  let gap = false;
  for (const [size, unit] of [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ] as const) {
    const digit = Math.floor(n / size) % 10;
    if (digit === 0) {
      gap = said !== '';
      continue;
    }
    if (gap) said += '零';
    said += `${size >= 100 && digit === 2 ? '两' : HAN_DIGITS[digit]}${unit}`;
    gap = false;
  }
  return said;
}

/** What a run of digits or of Chinese numerals is worth (digits before 万 or 亿 too: 210万), or undefined where it is no number. */
function runValue(run: string): number | undefined {
  const plain = [...run.normalize('NFKC')].map((c) => SIMPLIFIED[c] ?? c).join('');
  const counted = /^(\d+)((?:万|亿)*)$/u.exec(plain);
  if (!counted) return hanValue(plain);
  return [...counted[2]!].reduce((n, unit) => n * (unit === '万' ? 1e4 : 1e8), Number(counted[1]));
}

/**
 * Whether a match [start, end) of `text` begins or ends inside a longer number than it holds
 * (10万 in 210万, 20 in 2020, 二十年 in 一百二十年): the number run at its edge goes on beyond it,
 * and read whole it is another number. Not where the run goes on as a word (统一六国, 千万一定:
 * those are no number), nor where it is the same number said longer (两万五 in 两万五千).
 */
export function cutsANumber(text: string, [start, end]: [number, number]): boolean {
  const edge = (at: number, outward: number): boolean => {
    const inside = text[at] ?? '';
    if (!NUMERAL.test(inside) || !NUMERAL.test(text[at + outward] ?? '')) return false;
    // The run inside the match from this edge, and the whole run it belongs to in the text.
    let a = at;
    let b = at + 1;
    if (outward < 0) while (b < end && NUMERAL.test(text[b]!)) b++;
    else while (a > start && NUMERAL.test(text[a - 1]!)) a--;
    const own = runValue(text.slice(a, b));
    let [wa, wb] = [a, b];
    while (wa > 0 && NUMERAL.test(text[wa - 1]!)) wa--;
    while (wb < text.length && NUMERAL.test(text[wb]!)) wb++;
    const whole = runValue(text.slice(wa, wb));
    return own !== undefined && whole !== undefined && own !== whole;
  };
  return edge(start, -1) || edge(end - 1, 1);
}
