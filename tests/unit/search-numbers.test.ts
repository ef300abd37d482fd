/** English number words find the number as transcripts write it: in digits or in Chinese numerals. */
import { describe, expect, test } from 'vitest';
import { cutsANumber, hanNumber, hanValue } from '../../src/lib/search/han-numerals.ts';
import { joinNumbers, numberForms, numberOf, numbersOtherwise, withoutSeparators } from '../../src/lib/search/numbers.ts';
import { rankedBy, searchTurns } from '../support/search-turns.ts';

describe('number words', () => {
  test('name numbers up to 99, hyphened or not, and round hundreds and thousands', () => {
    expect([numberOf('seven'), numberOf('twelve'), numberOf('seventy'), numberOf('forty-two'), numberOf('Thousand')]).toEqual([
      7, 12, 70, 42, 1000,
    ]);
    expect([numberOf('seventy-'), numberOf('ten-two'), numberOf('forty-two-one'), numberOf('many')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('are written in Chinese numerals as Chinese writes them', () => {
    expect([2, 10, 13, 20, 42, 70, 99].map(hanNumber)).toEqual(['二', '十', '十三', '二十', '四十二', '七十', '九十九']);
  });

  test('give digits and numerals, but not for "one", which is seldom a number in a query', () => {
    expect(numberForms('seventy')).toEqual(['70', '七十']);
    expect(numberForms('hundred')).toEqual(['100', '一百']);
    expect(numberForms('one')).toEqual([]);
    expect(numberForms('novel')).toEqual([]);
  });
});

describe('a large number', () => {
  test('is written in 万 and 亿, as Chinese counts, where it is a whole number of them', () => {
    expect(numberForms('200000')).toEqual(['200000', '20万', '二十万']);
    expect(numberForms('61000000000')).toEqual(['61000000000', '610亿']);
    expect(numberForms('1000000000000')).toEqual(['1000000000000', '1万亿', '一万亿']);
    // Not a tenth of a unit: search folds the text's 1.5亿 to 15亿, another number.
    expect(numberForms('150000000')).toEqual(['150000000']);
    expect(numberForms('20000')).toEqual(['20000', '2万', '二万', '两万']);
    // Round hundreds and thousands of a unit in numerals too: 30 million, 2 million.
    expect(numberForms('30000000')).toEqual(['30000000', '3000万', '三千万']);
    expect(numberForms('2000000')).toEqual(['2000000', '200万', '二百万', '两百万']);
    expect(numberForms('6100000000')).toEqual(['6100000000', '61亿', '六十一亿']);
    expect(numberForms('12000000')).toEqual(['12000000', '1200万']);
    expect(numberForms('12345')).toEqual(['12345']);
    // Below ten thousand digits are their own form, and a small number alone finds too much.
    expect(numberForms('2021')).toEqual([]);
  });

  test('is one number with its scale and without its separators', () => {
    expect(joinNumbers(withoutSeparators('200,000 yuan and 1,500 words').split(' '))).toEqual(['200000', 'and', '1500', 'words']);
    expect(joinNumbers(['2', 'million', 'subscribers'])).toEqual(['2000000', 'subscribers']);
    expect(joinNumbers(['two', 'hundred', 'thousand', 'readers'])).toEqual(['200000', 'readers']);
    expect(joinNumbers(['1.5', 'billion'])).toEqual(['1500000000']);
    // A currency goes with a large amount (the text may leave it out), not with a small one.
    expect(joinNumbers(['10', 'yuan'])).toEqual(['10', 'yuan']);
    expect(joinNumbers(['a', 'million', 'fans'])).toEqual(['a', 'million', 'fans']);
  });
});

describe('an age', () => {
  test('is said in 岁, in digits or in numerals', () => {
    expect(numberForms('17-year-old')).toEqual(['17岁', '十七岁']);
    expect(numberForms('seventeen-year-old')).toEqual(['17岁', '十七岁']);
    expect(numberForms('old-year-old')).toEqual([]);
  });
});

describe('a query with a number word', () => {
  // 莫言余华 (People's Daily), as the Whisper transcript writes the numbers.
  const texts: Record<string, string> = {
    age: '余华也快70 余华也60多了 我自己都70多了',
    years: '快四十年了 三十九年过去了',
    other: '我们两万条留言里面 有很多人都问这个问题',
  };
  const ranked = rankedBy(searchTurns(texts));
  const ids = (q: string) => ranked(q).map(([id]) => id);

  test('finds the number in digits and in Chinese numerals', () => {
    expect(ids('seventy')).toEqual(['age']);
    expect(ids('forty')[0]).toBe('years');
  });

  test('finds an amount in 万 and an age in 岁', () => {
    const money = rankedBy(
      searchTurns({
        cost: '几乎都是在20万左右。这个是非常非常贵的',
        users: '它有200万的付费用户',
        boy: '一名17岁的少年自杀之后',
        other: '我们做了20篇文章，花了两年',
      }),
    );
    expect(money('200,000 yuan').map(([id]) => id)).toEqual(['cost']);
    expect(money('2 million').map(([id]) => id)).toEqual(['users']);
    expect(money('17-year-old').map(([id]) => id)).toEqual(['boy']);
  });
});

describe('a number in the text', () => {
  // The seed's GPT-4.0 and GPT3.5, beside numbers that share their digits (made for the test).
  const ranked = rankedBy(
    searchTurns({
      versions: '跟GPT-4.0还有点差距，比GPT3.5强',
      age: '我今年40岁，他35岁',
      users: '它有210万的付费用户',
      round: '它有10万的付费用户',
      year: '2020年疫情开始',
    }),
  );
  const exact = (q: string) =>
    ranked(q)
      .filter(([, kind]) => kind === 'exact')
      .map(([id]) => id);

  test('is found with its decimal point, and not without it (40 is not 4.0, 35 not 3.5)', () => {
    expect(exact('40')).toEqual(['age']);
    expect(exact('35')).toEqual(['age']);
    expect(exact('4.0')).toEqual(['versions']);
    expect(exact('GPT3.5')).toEqual(['versions']);
  });

  test('is found whole, never as part of a longer one (10万 is not in 210万, 20 not in 2020)', () => {
    expect(exact('10万')).toEqual(['round']);
    expect(exact('20')).toEqual([]);
  });

  test('a version without its point still finds the one with it (GPT4 stops before the point of GPT-4.0)', () => {
    expect(exact('GPT4')).toEqual(['versions']);
  });
});

describe('Chinese numerals', () => {
  test('are read as the number they say, and words that only look like numbers are none', () => {
    expect(['二十', '一百零五', '两千五', '十五', '三千万', '一万亿'].map(hanValue)).toEqual([20, 105, 2500, 15, 3e7, 1e12]);
    // As amounts are said: a lone digit after 万 or 亿 counts in the next unit down.
    expect(['两万五', '一万二', '一亿五', '两亿三千万', '一亿五千万', '十万零五', '兩萬五'].map(hanValue)).toEqual([
      25000, 12000, 1.5e8, 2.3e8, 1.5e8, 100005, 25000,
    ]);
    // 千万 "by all means", 万一 "in case", 一一 "one by one", 五四 (the May Fourth movement), a 零 with nothing after it.
    expect(['千万', '万一', '一一', '五四', '百', '一百零'].map(hanValue)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('a match cuts a number only where the number it sits in is another one', () => {
    const cut = (text: string, match: string) => cutsANumber(text, [text.indexOf(match), text.indexOf(match) + match.length]);
    expect(cut('一百二十年', '二十年')).toBe(true);
    expect(cut('它有210万的付费用户', '10万')).toBe(true);
    expect(cut('2020年疫情开始', '20')).toBe(true);
    expect(cut('十一个人', '一个人')).toBe(true);
    // The same number said longer, and words that only hold numerals (统一, 千万一定).
    expect(cut('月薪两万五千元', '月薪两万五')).toBe(false);
    expect(cut('秦始皇统一六国', '统一')).toBe(false);
    expect(cut('你千万一定要小心', '一定要小心')).toBe(false);
  });

  test("a query's numbers are also written the other way: numerals in digits, digits in numerals", () => {
    expect(numbersOtherwise('待了二十年')).toEqual(['待了20年']);
    expect(numbersOtherwise('三千万')).toEqual(['30000000', '3000万']);
    // Traditional numerals as the simplified ones.
    expect(numbersOtherwise('兩萬五')).toEqual(['25000']);
    expect(numbersOtherwise('2个人')).toEqual(['两个人', '二个人']);
    expect(numbersOtherwise('第2个')).toEqual(['第二个']);
    expect(numbersOtherwise('2023年')).toEqual(['二〇二三年', '二零二三年', '两千零二十三年']);
    // A lone numeral only before a measure word; a digit inside a name is the name's.
    expect(numbersOtherwise('三个月')).toEqual(['3个月']);
    expect(numbersOtherwise('一样的')).toEqual([]);
    // 一 before a measure word is "a" more often than one (一个问题).
    expect(numbersOtherwise('这是一个问题')).toEqual([]);
    expect(numbersOtherwise('十几页')).toEqual([]);
    expect(numbersOtherwise('Nvidia GH200')).toEqual([]);
    expect(numbersOtherwise('GPT 4')).toEqual([]);
  });
});

describe('a number remembered the other way', () => {
  // Hal Abelson (MIT interview, Chinese translation) writes 20 in digits; the seed says 三十年.
  const ranked = rankedBy(
    searchTurns({
      mit: '我经常想，在这里待了大约 20 年后，我才终于能把这里看作 一个整体。',
      months: '大家都感觉很焦虑,三个月就像三十年,每天都有层出不穷的东西',
      century: '这家公司已经有一百二十年的历史',
    }),
  );

  test('finds the text that writes it in digits, exactly or as a close match', () => {
    expect(ranked('二十年')).toEqual([['mit', 'exact']]);
    expect(ranked('待了二十年')).toEqual([['mit', 'partial']]);
    // The character beside the number is held with it: 年 of 20 年.
    expect(ranked('待了20年')).toEqual([['mit', 'partial']]);
  });

  test('a word that holds a numeral is no number to hold: 这是一个问题 still finds 这是个问题', () => {
    expect(rankedBy(searchTurns({ q: '我觉得这是个问题，但不是大问题' }))('这是一个问题')).toEqual([['q', 'partial']]);
  });

  test('a short quote with a number never finds another number one character apart, nor inside a longer one', () => {
    expect(ranked('三十年').map(([id]) => id)).toEqual(['months']);
    expect(ranked('二十年').map(([id]) => id)).not.toContain('century');
    expect(ranked('四十年')).toEqual([]);
  });
});
