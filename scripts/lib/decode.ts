import { IngestError } from './errors.ts';

/**
 * Turns the bytes of a transcript file into text: UTF-8 with or without a byte-order mark,
 * any of CRLF, CR or LF line ends (all become LF), so the same words saved by another
 * editor produce the same output.
 */
export function decodeTranscript(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    // `fatal` makes a broken sequence an error instead of a silent U+FFFD in a quotation.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new IngestError(
      { file },
      `the file is not valid UTF-8 (first bad byte at offset ${offset})`,
      'save the transcript as UTF-8 text (in most editors: "Save as…", encoding "UTF-8"); a binary or truncated file cannot be ingested',
      { cause },
    );
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    throw new IngestError({ file, line: 1 }, 'the file is empty', 'put the interview text in the file: speaker turns such as "名字:说的话", one per line');
  }
  return text;
}

/** Byte offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return bytes.length;
}
