/**
 * An English number word as the text writes the number: in digits, or in Chinese numerals
 * (seventy → 70, 七十; forty-two → 42, 四十二). Transcripts write numbers either way, and a
 * reader remembering "seventy" has no digit to type. A large number as Chinese counts it, in
 * 万 (ten thousand) and 亿 (a hundred million): 200,000 → 20万, 2 million → 200万, 61 billion
 * → 610亿; an age as 岁 (17-year-old → 17岁). And a Chinese query's numbers written the other
 * way (二十年 → 20年, 2个 → 两个; `numbersOtherwise`), through `han-numerals.ts`.
 */
import { digitValue, HAN_DIGITS, HAN_ZEROS, hanNumber, hanSection, hanValue } from './han-numerals.ts';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
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

/**
 * Words a lone numeral counts (三个月, 五年, 两倍): before one, a single digit is a number; before
 * others it is part of a word (一样, 三星, 十分 "very").
 */
const MEASURED =
  /^(?:个|年|月|天|日|岁|次|倍|位|名|家|本|部|篇|种|条|件|只|张|台|辆|小时|分钟|秒|周|星期|季|集|期|届|代|层|点|块|元|人|米|公里|斤|页|章|句|遍|趟|轮|级|%)/u;

/** A year read digit by digit (二〇二三年, 二零二三年). */
const HAN_YEAR = /^[〇零一二三四五六七八九]{4}$/u;

/**
 * The other ways a number in a query may be written in the text: Chinese numerals in digits
 * (二十 → 20, 三千万 → 3000万, 30000000), digits in numerals (20 → 二十, 2 → 两 and 二 before a
 * measure word, 2023年 → 二〇二三年), closest first. Transcripts write numbers either way —
 * a speech recogniser mostly in digits — and readers remember them either way.
 */
function writtenOtherwise(number: string, after: string, before: string): string[] {
  if (/^\d+$/.test(number)) {
    const n = Number(number);
    // A lone digit is a number before a measure word (2个 → 两个); alone (GPT 4) it is a name's.
    if (n < 10 && !MEASURED.test(after)) return [];
    if (n >= 1e4) return inChineseUnits(n).filter((f) => f !== number);
    const year = n >= 1000 && n < 3000 && after.startsWith('年');
    const digits = [...number].map((d) => (d === '0' ? '〇' : HAN_DIGITS[Number(d)]!)).join('');
    return [
      ...(year ? [digits, digits.replace(/〇/g, '零')] : []),
      // Two is 两 before a measure word, but 二 as an ordinal (第2个 → 第二个).
      ...(n === 2 ? (before.endsWith('第') ? ['二'] : ['两', '二']) : [hanSection(n)]),
      ...(n >= 100 && n < 1e4 && hanSection(n).startsWith('两') ? [`二${hanSection(n).slice(1)}`] : []),
    ];
  }
  if (HAN_YEAR.test(number) && after.startsWith('年'))
    return [[...number].map((c) => String(HAN_ZEROS.has(c) ? 0 : digitValue(c))).join('')];
  const value = hanValue(number);
  if (value === undefined) return [];
  return [...new Set([String(value), ...(value >= 1e4 ? inChineseUnits(value).filter((f) => /^\d/.test(f)) : [])])];
}

/** Runs of digits (not of a decimal, nor of a name: GH200, H100) and of Chinese numerals (traditional 兩萬億 too) in a text. */
const NUMBER_RUN = /(?<![\d.．\p{Script=Latin}])\d+(?![\d.．\p{Script=Latin}])|[零〇一二两兩三四五六七八九十百千万萬亿億]+/gu;

/** A number a query types, where it is, and the other ways the text may write it (`writtenOtherwise`), closest first. */
export interface TypedNumber {
  at: number;
  number: string;
  ways: string[];
}

/**
 * The numbers of a text (NFKC) that may be written otherwise: runs of digits (not of a decimal)
 * and of Chinese numerals that are a number. A lone numeral counts only before a measure word
 * (三个月 → 3个月; not 一样), and never 一 (一个 is "a").
 */
export function numbersIn(text: string): TypedNumber[] {
  const source = text.normalize('NFKC');
  return [...source.matchAll(NUMBER_RUN)].flatMap((m) => {
    const after = source.slice(m.index + m[0].length);
    const lone = !/\d/.test(m[0]) && [...m[0]].length === 1;
    // 一 before a measure word is a word more often than a number (一个, 一点, 一天, 一家).
    if (lone && (m[0] === '一' || !MEASURED.test(after))) return [];
    const ways = writtenOtherwise(m[0], after, source.slice(0, m.index));
    return ways.length > 0 ? [{ at: m.index, number: m[0], ways }] : [];
  });
}

/** A text with its numbers written the other way: up to three forms, the n-th taking each number's n-th way; none without a number. */
export function numbersOtherwise(text: string): string[] {
  const found = numbersIn(text);
  if (found.length === 0) return [];
  const source = text.normalize('NFKC');
  const most = Math.min(3, Math.max(...found.map((f) => f.ways.length)));
  return Array.from({ length: most }, (_, n) => {
    let said = '';
    let cursor = 0;
    for (const { at, number, ways } of found) {
      said += source.slice(cursor, at) + ways[Math.min(n, ways.length - 1)]!;
      cursor = at + number.length;
    }
    return said + source.slice(cursor);
  });
}
