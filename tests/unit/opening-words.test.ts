/** The lead quote of a theme card: the opening words of its first answer, verbatim. */
import { describe, expect, test } from 'vitest';
import { openingWords } from '../../scripts/lib/steps/section-pages.ts';

describe('the opening words of an answer', () => {
  test('an English sentence ends at its full stop (from content/sources/practical-ai-225.txt)', () => {
    const words = openingWords('Welcome to another episode of Practical AI. This is Daniel Whitenack. I’m a data scientist.');
    expect(words).toBe('Welcome to another episode of Practical AI.');
  });

  test('a first sentence too short to say anything takes the next with it (from content/sources/practical-ai-225.txt)', () => {
    expect(openingWords('Yeah. Thanks, Chris, and thanks for the kind words. I’ve over time learned so much.')).toBe(
      'Yeah. Thanks, Chris, and thanks for the kind words.',
    );
    expect(openingWords('好的。我们接着聊开源的事情。')).toBe('好的。我们接着聊开源的事情。');
  });

  test('a full stop inside a number or an address does not end the sentence', () => {
    expect(openingWords('I let it default to 3.5 and asked again.')).toBe('I let it default to 3.5 and asked again.');
  });

  test('a long English sentence is cut between words, never inside one', () => {
    const paragraph =
      'Yeah it is so tempting actually to have really easy to use systems like the Open AI API right where you put in a prompt';
    const words = openingWords(paragraph);
    expect(paragraph.startsWith(words)).toBe(true);
    expect(paragraph[words.length]).toBe(' ');
    expect(words.length).toBeLessThanOrEqual(60);
  });

  test('a long Chinese sentence is cut at a clause break', () => {
    const paragraph =
      '我现在是品玩的首席大语言模型布道师，今天跟我对话的既是中国大语言模型领域的一个主要builder，他也是一位大语言模型领域的evanglist。';
    expect(openingWords(paragraph)).toBe('我现在是品玩的首席大语言模型布道师，今天跟我对话的既是中国大语言模型领域的一个主要builder');
  });
});
