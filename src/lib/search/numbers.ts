/**
 * An English number word as the text writes the number: in digits, or in Chinese numerals
 * (seventy → 70, 七十; forty-two → 42, 四十二). Transcripts write numbers either way, and a
 * reader remembering "seventy" has no digit to type. A large number as Chinese counts it, in
 * 万 (ten thousand) and 亿 (a hundred million): 200,000 → 20万, 2 million → 200万, 61 billion
 * → 610亿; an age as 岁 (17-year-old → 17岁).
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

/**
 * A number in Chinese units where it is a whole number of the largest one it reaches (20万,
 * 610亿, 1万亿): 万 from ten thousand, 亿 from a hundred million. Not 1.5亿: search folds
 * the text's 1.5亿 to 15亿, which is another number.
 */
function inChineseUnits(n: number): string[] {
  const unit = (
    [
      ['万亿', 1e12],
      ['亿', 1e8],
      ['万', 1e4],
    ] as const
  ).find(([, size]) => n >= size);
  if (!unit) return [];
  const count = n / unit[1];
  if (!Number.isInteger(count)) return [];
  return [`${count}${unit[0]}`, ...hanCounts(count).map((han) => `${han}${unit[0]}`)];
}

/**
 * A count of a unit in Chinese numerals, as transcripts write them: below a hundred (二十万), or
 * round hundreds and thousands (三千万, 两百万); two as 两 before a unit more often than 二 (两万).
 */
function hanCounts(count: number): string[] {
  const two = (han: string) => (han.startsWith('二') ? [han, `两${han.slice(1)}`] : [han]);
  if (count < 100) return count === 2 ? ['二', '两'] : [hanNumber(count)];
  for (const [size, name] of [
    [1000, '千'],
    [100, '百'],
  ] as const)
    if (count % size === 0 && count / size < 10) return two(`${HAN_DIGITS[count / size]}${name}`);
  return [];
}

/** Digits as typed, with a decimal point: 200000, 1.5. */
const DIGITS = /^\d+(?:\.\d+)?$/;
/** An age as readers write it: 17-year-old, seventeen-year-old. */
const AGE = /^(.+)-years?-old$/;

/**
 * The ways the text may write the number an English word or a number in digits names: digits
 * and Chinese numerals, a large number in Chinese units, an age in 岁; none for other words.
 */
export function numberForms(word: string): string[] {
  const age = AGE.exec(word.toLowerCase());
  if (age) {
    const years = DIGITS.test(age[1]!) ? Number(age[1]) : numberOf(age[1]!);
    return years === undefined
      ? []
      : [...new Set([`${years}岁`, ...(years < 100 && Number.isInteger(years) ? [`${hanNumber(years)}岁`] : [])])];
  }
  if (DIGITS.test(word)) return Number(word) >= 1e4 ? [word, ...inChineseUnits(Number(word))] : [];
  const n = numberOf(word);
  // "One" is mostly no number ("the one thing"), and 一 is in half the words of Chinese.
  if (n === undefined || n < 2) return [];
  const round = ROUND[word.toLowerCase()];
  return [String(n), round ? round[1] : hanNumber(n)];
}

/** Words that multiply the number before them. */
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** A text without thousands separators (200,000 → 200000), so a query's comma between words does not split a number. */
export const withoutSeparators = (text: string) => text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');

/**
 * A query's words with each number and the scale after it as one number in digits ("2 million"
 * → 2000000, "two hundred thousand" → 200000, "1.5 billion"): the number Chinese writes in 万 and 亿.
 */
export function joinNumbers(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let value = DIGITS.test(word) ? Number(word) : numberOf(word);
    let j = i + 1;
    if (value !== undefined && words[j]?.toLowerCase() === 'hundred' && SCALES[words[j + 1]?.toLowerCase() ?? '']) {
      value *= 100;
      j++;
    }
    const scale = value === undefined ? undefined : SCALES[words[j]?.toLowerCase() ?? ''];
    if (value !== undefined && scale) {
      value = Math.round(value * scale);
      joined.push(String(value));
      i = j;
    } else joined.push(word);
    // A currency after a large number is said with it or not at all (20万左右 for 200,000 yuan).
    if (value !== undefined && value >= 1e4 && CURRENCIES.has(words[i + 1]?.toLowerCase() ?? '')) i++;
  }
  return joined;
}

/** Currencies a transcript leaves out after an amount in 万 or 亿. */
const CURRENCIES = new Set(['yuan', 'rmb', 'renminbi', 'dollar', 'dollars', 'usd', 'bucks', 'euro', 'euros', 'yen']);
