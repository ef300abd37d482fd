import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeTranscript } from '../../scripts/lib/decode.ts';
import { IngestError } from '../../scripts/lib/errors.ts';
import { SEED } from '../support/paths.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding a transcript file', () => {
  const plain = readFileSync(SEED);
  const plainText = decodeTranscript(plain, 'seed.txt').text;

  test.each([
    ['with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain])],
    ['with CRLF line ends', Buffer.from(plain.toString('utf8').replace(/\n/g, '\r\n'))],
    ['with CR line ends', Buffer.from(plain.toString('utf8').replace(/\n/g, '\r'))],
    ['with a BOM and CRLF', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain.toString('utf8').replace(/\n/g, '\r\n'))])],
  ])('gives the same text %s as saved plain', (_, bytes) => {
    expect(decodeTranscript(bytes, 'seed.txt')).toEqual({ text: plainText, encoding: 'utf-8', warnings: [] });
  });

  test('refuses damaged UTF-8, naming the offset of the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('骆轶航:你好', 'utf8'), Buffer.from([0xff]), Buffer.from('再见', 'utf8')]);
    expect(() => decodeTranscript(bytes, 'bad.txt')).toThrow(/offset 16\)/);
  });

  test('reads a GB18030/GBK file, and says that it did', () => {
    // 访谈人:甲 ⏎ 甲:你好 in GBK.
    const bytes = Buffer.from('b7c3ccb8c8cb3abcd70abcd73ac4e3bac3', 'hex');
    const decoded = decodeTranscript(bytes, 'gbk.txt');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe('访谈人:甲\n甲:你好');
    expect(decoded.warnings[0]!.message).toMatch(/GB18030\/GBK/);
  });

  test('refuses a binary file', () => {
    expect(() => decodeTranscript(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'photo.txt')).toThrow(
      /binary, not text \(a NUL byte at offset 4\)/,
    );
  });

  test('refuses a multi-byte character cut off at the end of the file', () => {
    const bytes = utf8('甲:你好').slice(0, -1);
    expect(() => decodeTranscript(bytes, 'cut.txt')).toThrow(/offset 7: the file seems cut off/);
  });

  test.each([[''], ['   \n\n\t  \n']])('refuses an empty or whitespace-only file (%j)', (text) => {
    const error = (() => {
      try {
        decodeTranscript(utf8(text), 'empty.txt');
      } catch (e) {
        return e as IngestError;
      }
    })();
    expect(error).toBeInstanceOf(IngestError);
    expect(error!.format()).toMatch(/^empty\.txt:1: error: the file is empty\n {2}how to fix: /);
  });
});
