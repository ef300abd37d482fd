/** English number words find the number as transcripts write it: in digits or in Chinese numerals. */
import { describe, expect, test } from 'vitest';
import { hanNumber, numberForms, numberOf } from '../../src/lib/search/numbers.ts';
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
});
