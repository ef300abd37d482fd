import { describe, expect, test } from 'vitest';
import { IngestError } from '../../scripts/lib/errors.ts';
import { parseInterviewData } from '../../scripts/lib/interview-data.ts';

const valid = `title: 测试
date: 2024-01-15
themes:
  - slug: open-source
    title: 开源
    titleEn: Open source
    description: 关于开源。
    keywords: [开源]
`;

function errorOf(text: string): IngestError {
  try {
    parseInterviewData(text, 'data.yaml');
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('the interview data file', () => {
  test('a valid file gets defaults for what it leaves out', () => {
    const { data } = parseInterviewData(valid, 'data.yaml');
    expect(data).toMatchObject({ title: '测试', date: '2024-01-15', pins: [], sic: [] });
    // No language: the ingest detects it from the transcript's words (issue 9).
    expect(data.language).toBeUndefined();
    expect(data.themes[0]!.slug).toBe('open-source');
  });

  test('a source the transcript does not name is read with its licence', () => {
    const source = {
      url: 'https://example.org/1',
      publisher: '某刊',
      licence: 'CC BY 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    };
    const text = `source:\n${Object.entries(source)
      .map(([k, v]) => `  ${k}: ${v}\n`)
      .join('')}${valid}`;
    expect(parseInterviewData(text, 'data.yaml').data.source).toEqual(source);
  });

  test('an empty file is valid: no themes yet', () => {
    expect(parseInterviewData('', 'data.yaml').data.themes).toEqual([]);
  });

  test.each([
    ['a slug that is not URL-safe', valid.replace('open-source', 'Open Source'), 4, /themes\[0\]\.slug must be lower-case ASCII words/],
    ['a reserved slug', valid.replace('open-source', 'transcript'), 4, /themes\[0\]\.slug is reserved/],
    ['a theme without keywords', valid.replace('    keywords: [开源]\n', ''), 4, /themes\[0\]\.keywords must be array \(it is missing\)/],
    [
      'a keyword of punctuation only (it would match everywhere)',
      valid.replace('keywords: [开源]', 'keywords: ["—"]'),
      8,
      /themes\[0\]\.keywords\[0\] each keyword needs a letter or a digit/,
    ],
    ['a date in another format', valid.replace('2024-01-15', '2024年1月15日'), 2, /date must be a date written YYYY-MM-DD/],
    ['two themes with one slug', `${valid}${valid.split('themes:\n')[1]}`, 9, /themes\[1\]\.slug repeats the slug "open-source"/],
    ['broken YAML (a repeated key)', 'title: 甲\ntitle: 乙\n', 2, /not valid YAML: Map keys must be unique/],
    ['a source address that is not a web address', `source:\n  url: www.example.com/a\n${valid}`, 2, /source\.url must be a web address/],
  ])('%s is an error naming the line and field', (_, text, line, message) => {
    const error = errorOf(text);
    expect(error.place).toEqual({ file: 'data.yaml', line });
    expect(error.message).toMatch(message);
    expect(error.hint.length).toBeGreaterThan(10);
  });

  test.each([
    ['a misspelt top-level key', `${valid}pin:\n  - quote: 开源\n    theme: open-source\n`, 9, 'unknown key "pin" (did you mean "pins"?)'],
    [
      'a misspelt key inside a theme',
      valid.replace('    title: 开源', '    titel: 开源'),
      5,
      'themes[0] has an unknown key "titel" (did you mean "title"?)',
    ],
    ['a key the file does not know at all', `${valid}colour: red\n`, 9, 'unknown key "colour"'],
  ])('%s is an error naming the key and its line', (_, text, line, message) => {
    const error = errorOf(text);
    expect(error.problems.some((p) => p.place.line === line && p.message.includes(message))).toBe(true);
  });

  test('every problem in the file is reported in one run, in line order', () => {
    const text = `titel: 测试\n${valid.replace('title: 测试\n', '').replace('open-source', 'Open')}${valid.split('themes:\n')[1]!.replace('open-source', 'Open')}languag: en\n`;
    const error = errorOf(text);
    expect(error.problems.map((p) => [p.place.line, p.message.split(' (')[0]])).toEqual([
      [1, 'unknown key "titel"'],
      [4, 'themes[0].slug must be lower-case ASCII words joined by "-"'],
      [9, 'themes[1].slug must be lower-case ASCII words joined by "-"'],
      [9, 'themes[1].slug repeats the slug "Open" of themes[0]; every theme needs its own'],
      [14, 'unknown key "languag"'],
    ]);
    expect(error.format()).toMatch(/^data\.yaml:1: error: unknown key "titel" \(did you mean "title"\?\)\n {2}how to fix: /);
    expect(error.format()).toMatch(/\n5 problems$/);
  });

  test('lineOf points at a value inside the file', () => {
    const { lineOf } = parseInterviewData(`${valid}pins:\n  - quote: 开源\n    theme: open-source\n`, 'data.yaml');
    expect(lineOf(['pins', 0, 'theme'])).toBe(11);
  });
});
