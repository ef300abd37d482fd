/**
 * OCR text of a government press transcript (`pm-transcripts-ocr-inline-labels` among the real fixtures): turns run
 * into one line, a label with a speck after it, page numbers alone on their lines, a closing `ends`. Each rule with
 * the prose it must leave alone.
 */
import { describe, expect, test } from 'vitest';
import { IngestError } from '../../scripts/lib/errors.ts';
import { lineStartLabels, speckedLabels, splitInlineTurns } from '../../scripts/lib/parse/inline-labels.ts';
import { isPageNumber } from '../../scripts/lib/parse/lines.ts';
import { parseTranscript, type ParseOptions } from '../../scripts/lib/parse/parse-transcript.ts';

function parse(text: string, options: ParseOptions = {}) {
  const { transcript, warnings } = parseTranscript(text, 'x.txt', options);
  return { turns: transcript.turns.map((t) => [t.speaker, ...t.paragraphs]), transcript, warnings };
}

/** Three line-start uses of each label: the file's own labels. */
const OPENING = ['CARLETON: Good evening.', 'PM: Good evening.', 'KEATING: Hello.', 'CARLETON: Ready?', 'PM: Yes.', 'KEATING: Yes.']
  .concat(['CARLETON: Then go on.', 'PM: Fine.', 'KEATING: Fine.'])
  .map((line) => `${line}\n`)
  .join('');
/** Turns of the opening, and the number of the first line after it. */
const OPENED = 9;
const PRESS_LABELS = new Set(['CARLETON', 'PM', 'KEATING']);

describe('a label in the middle of a line opens a turn', () => {
  test('turns the OCR ran into one line are each a turn, in order, on the line they stand on', () => {
    const read = parse(`${OPENING}CARLETON: I'm simply saying.. PM: You're taking a bit of time about it. CARLETON: Yes, I know but..`);
    expect(read.turns.slice(OPENED)).toEqual([
      ['CARLETON', "I'm simply saying.."],
      ['PM', "You're taking a bit of time about it."],
      ['CARLETON', 'Yes, I know but..'],
    ]);
    expect(read.transcript.turns.slice(OPENED).map((t) => t.line)).toEqual([OPENED + 1, OPENED + 1, OPENED + 1]);
  });

  test.each([
    ['a full stop', 'It was moral. PM: Really?'],
    ['two full stops', 'Back to the point.. PM: Really?'],
    ['an ellipsis', 'Well… PM: Really?'],
    ['a question mark', 'Is it? PM: Really?'],
    ['an exclamation mark', 'No! PM: Really?'],
    ['a closing quote after the stop', 'He said “enough.” PM: Really?'],
    ['an apostrophe closing a quote after the stop', "He said 'enough.' PM: Really?"],
    ['a closing bracket', 'KEATING: (inaudible) PM: Really?'],
  ])('after %s', (_, line) => {
    const parts = splitInlineTurns(line, PRESS_LABELS);
    expect(parts).toHaveLength(2);
    expect(parts[1]).toBe('PM: Really?');
  });

  test('a Chinese label after a full-width stop opens a turn, with no space and a full-width colon', () => {
    const read = parse(
      '主持人：第一个问题？\n嘉宾：好的。\n主持人：第二个？\n嘉宾：对。\n主持人：第三个？\n嘉宾：是这样……。主持人：那么第四个？',
    );
    expect(read.turns.slice(-2)).toEqual([
      ['嘉宾', '是这样……。'],
      ['主持人', '那么第四个？'],
    ]);
  });

  test.each([
    ['an editor’s `Note:` after a sentence, a word no line opens with', 'PM: We agreed. Note: the tape ran out here.'],
    ['a label inside quotation marks', 'PM: He wrote "Enough. KEATING: out." on the wall.'],
    ['a label inside curly quotation marks', 'PM: He wrote “Enough. KEATING: out.” on the wall.'],
    ['a label inside brackets', 'PM: (Aside. KEATING: later.) We agreed.'],
    ['a capitalised word before a colon mid-sentence', 'PM: The answer, KEATING: yes.'],
    ['a label after a comma', 'CARLETON: I could remind you of 1972, 1974, PM: Oh, come on..'],
    ['a name the file never opens a line with', 'PM: We agreed. SMITH: I did not.'],
    ['an honorific’s full stop', 'PM: I asked Mr. KEATING: he said yes.'],
  ])('stays words: %s', (_, line) => {
    const read = parse(`${OPENING}${line}`);
    expect(read.turns.slice(OPENED)).toEqual([[line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]]);
  });

  test('a label the file opens fewer than three lines with is not the file’s own', () => {
    expect(lineStartLabels(['A: One.', 'B: Two.', 'A: Three.', 'B: Four. A: Five.', 'A: Six.'])).toEqual(new Set(['A']));
    expect(splitInlineTurns('B: Four. A: Five.', lineStartLabels(['A: One.', 'A: Two.']))).toEqual(['B: Four. A: Five.']);
  });

  test('furniture that opens lines (`Note:`) is never the file’s own label', () => {
    expect(lineStartLabels(['Note: one.', 'Note: two.', 'Note: three.'])).toEqual(new Set());
  });
});

describe('a label with a speck after it is the file’s label', () => {
  test.each(["PM'", 'PM’', 'PM.', 'PM,'])('`%s:` is PM, with a warning naming the line and what was read', (label) => {
    const read = parse(`${OPENING}CARLETON: Was that silly?\n${label}: If he'd done it, yes.`);
    expect(read.turns.at(-1)).toEqual(['PM', "If he'd done it, yes."]);
    expect(read.transcript.speakers.map((s) => s.name)).toEqual(['CARLETON', 'PM', 'KEATING']);
    const warning = read.warnings.find((w) => w.message.includes(`"${label}"`));
    expect(warning).toMatchObject({ file: 'x.txt', line: OPENED + 2 });
    expect(warning!.message).toContain('read as "PM"');
  });

  test('a label declared in the data file stays its own speaker', () => {
    const read = parse(`${OPENING}PM': Someone else.`, { speakers: [{ name: "PM'", role: 'other' }] });
    expect(read.turns.at(-1)).toEqual(["PM'", 'Someone else.']);
  });

  test('a speck after a label the file does not use throughout, or after one used often, is read as written', () => {
    expect(speckedLabels(['PM', "PM'"], new Set())).toEqual(new Map());
    expect(speckedLabels(['Q.', 'Q.', 'Q.'], new Set(['Q', 'Q.']))).toEqual(new Map());
    expect(speckedLabels(["PM'", "PM'", "PM'"], new Set(['PM']))).toEqual(new Map());
    expect(speckedLabels(["PM'"], new Set(['PM']))).toEqual(new Map([["PM'", 'PM']]));
  });
});

describe('page furniture is no one’s words', () => {
  test.each(['-4-', '- 4 -', '–12–'])('a page number alone on its line, `%s`, is left out with a warning', (page) => {
    const read = parse(`${OPENING}KEATING: Well, that's becoming\n${page}\nKEATING: That is, they are bits and pieces.`);
    expect(read.turns.slice(OPENED)).toEqual([
      ['KEATING', "Well, that's becoming"],
      ['KEATING', 'That is, they are bits and pieces.'],
    ]);
    expect(read.warnings).toContainEqual({
      file: 'x.txt',
      line: OPENED + 2,
      message: `left out "${page}": a page number alone on its line, not words`,
    });
  });

  test('a bare number between the two halves of a sentence is the page number', () => {
    const read = parse(`${OPENING}PM: We are in this country so\n8.\ntransforming our industry.`);
    expect(read.turns.at(-1)!.join(' ')).not.toContain('8.');
    expect(read.warnings.map((w) => w.line)).toContain(OPENED + 2);
  });

  test.each([
    ['after a sentence’s end', 'PM: How many were there?\n8.\nthat is all.'],
    ['before a capital', 'PM: The count was\n8\nThat is all.'],
    ['at the end', 'PM: The count was\n8'],
  ])('a bare number stays words %s', (_, tail) => {
    expect(isPageNumber('8', 'x', undefined)).toBe(false);
    const read = parse(`${OPENING}${tail}`);
    expect(read.turns.at(-1)!.join('\n')).toMatch(/\b8\b/u);
  });

  test('a press release’s `ends` on the last line is its footer', () => {
    const read = parse(`${OPENING}KEATING: Thank you, Richard.\nends\n`);
    expect(read.turns.at(-1)).toEqual(['KEATING', 'Thank you, Richard.']);
    expect(read.transcript.footerNotes).toEqual([{ text: 'ends', line: OPENED + 2 }]);
  });

  test('`ends` before more words stays words', () => {
    const read = parse(`${OPENING}KEATING: The line\nends\nhere, and PM: goes on.\nPM: Fine.`);
    expect(read.turns.flat()).toContain('ends');
    expect(read.transcript.footerNotes).toEqual([]);
  });
});

describe('bad input never crashes', () => {
  test.each([
    ['labels and stops only', 'PM: . PM: . PM: . PM: .'],
    ['a speck alone', "PM':\nPM':\nPM:"],
    ['page numbers only', '-4-\n- 5 -\n8.'],
    ['a stop and a colon at the end', `${OPENING}PM: Yes. KEATING:`],
    ['brackets left open before a label', `${OPENING}PM: (((“ Yes. KEATING: no`],
    ['full-width stops without words', '。？！：\n。主持人：\n主持人：。'],
  ])('%s: a parse or an ingest error naming the file', (_, text) => {
    try {
      parse(text);
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
    }
  });
});
