import { IngestError, type IngestWarning } from './errors.ts';

/** How the bytes were read. */
export type Encoding = 'utf-8' | 'gb18030';

/**
 * Turns the bytes of a transcript file into text. UTF-8 with or without a byte-order mark;
 * GB18030/GBK (still common for Chinese text saved on Windows) is recognised and decoded,
 * with a warning that says so; CRLF, CR and LF line ends all become LF — the same words
 * saved by another editor give the same output. A file that is neither (binary, a truncated
 * UTF-8 sequence) is refused with the byte offset of the problem.
 */
export function decodeTranscript(bytes: Uint8Array, file: string): { text: string; encoding: Encoding; warnings: IngestWarning[] } {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new IngestError(
      { file },
      `the file is binary, not text (a NUL byte at offset ${nul})`,
      'export the transcript as plain text (.txt, UTF-8) from the program it came from',
    );
  }
  const warnings: IngestWarning[] = [];
  let text: string;
  let encoding: Encoding = 'utf-8';
  const bad = firstInvalidUtf8Offset(bytes);
  if (bad === undefined) {
    text = new TextDecoder('utf-8').decode(bytes); // strips a BOM
  } else {
    const gb = bad < bytes.length && !looksLikeUtf8(bytes, bad) ? tryGb18030(bytes) : undefined;
    if (gb === undefined) {
      throw new IngestError(
        { file },
        `the file is not valid UTF-8 (first bad byte at offset ${bad}${bad >= bytes.length - 3 ? ': the file seems cut off in the middle of a character' : ''})`,
        'save the transcript as UTF-8 text (in most editors: "Save as…", encoding "UTF-8"), or restore the complete file',
      );
    }
    text = gb;
    encoding = 'gb18030';
    warnings.push({ file, message: 'the file is not UTF-8: read it as GB18030/GBK; consider saving it as UTF-8' });
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    throw new IngestError(
      { file, line: 1 },
      'the file is empty',
      'put the interview text in the file: speaker turns such as "名字:说的话", one per line',
    );
  }
  return { text, encoding, warnings };
}

/** Byte offset of the first byte that breaks UTF-8, or undefined when all is well. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number | undefined {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return undefined;
}

/**
 * Whether the bytes before the first error are plainly UTF-8 text (several multi-byte
 * characters): then the file is damaged UTF-8, not another encoding. GBK text breaks UTF-8
 * within its first few Chinese characters.
 */
function looksLikeUtf8(bytes: Uint8Array, bad: number): boolean {
  let multibyte = 0;
  for (let i = 0; i < bad; i++) if (bytes[i]! >= 0xc2 && bytes[i]! <= 0xf4) multibyte++;
  return multibyte >= 4;
}

/** GB18030 text, if the bytes are that and read as text (no control characters). */
function tryGb18030(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex -- control characters are exactly what marks a wrong decoding
    return /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}
