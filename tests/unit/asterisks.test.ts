import { describe, expect, test } from 'vitest';
import { asteriskUse } from '../../src/lib/asterisks.ts';
import { seed } from '../support/seed.ts';

describe('what a source means by **', () => {
  test('the seed’s asterisks are masks: they never pair as emphasis', () => {
    expect(asteriskUse(seed.transcript.turns.flatMap((t) => t.paragraphs))).toBe('masks');
  });

  test.each([
    ['a run that cannot open emphasis (CommonMark flanking)', ['追求**,大语言模型**不了']],
    ['a single run in a paragraph', ['短小**的prompt']],
    ['a run of four', ['GPT4.0是****的']],
    ['one unpaired run among pairs', ['The **key** point', '大模型**的意义']],
  ])('%s means masks', (_, paragraphs) => {
    expect(asteriskUse(paragraphs)).toBe('masks');
  });

  test.each([
    ['English phrases in bold', ['The **key** point is **scale**.', 'No bold here.']],
    ['Chinese phrases in bold', ['两个**重点**和**要点**。']],
  ])('%s throughout mean emphasis', (_, paragraphs) => {
    expect(asteriskUse(paragraphs)).toBe('emphasis');
  });

  test('a source without asterisks reads as masks (nothing to render either way)', () => {
    expect(asteriskUse(['plain text'])).toBe('masks');
  });
});
