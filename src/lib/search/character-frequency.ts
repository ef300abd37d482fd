/**
 * Build time only: how often each Chinese character is a word of its own in the language at
 * large, from the dictionary jieba ships (`@node-rs/jieba`, `word count tag` per line, counts
 * from a general corpus). The cross-language table (`dictionary.ts`) lets a reader's word find
 * a one-character headword only where that character is rare as a word (熵, 桥), not grammar
 * (着, 地) or everywhere (门, 听).
 */
import { createRequire } from 'node:module';

/** The single characters of a jieba dictionary text, with their counts. */
export function parseCharacterFrequency(dictionary: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of dictionary.split('\n')) {
    const [word, count] = line.split(' ');
    if (word && [...word].length === 1 && count) counts.set(word, Number(count));
  }
  return counts;
}

/** The counts of jieba's own dictionary: the build's I/O edge. */
export function readCharacterFrequency(): Map<string, number> {
  // CommonJS without an `exports` map: required by file, as the package's README shows.
  const { dict } = createRequire(import.meta.url)('@node-rs/jieba/dict.js') as { dict: Uint8Array };
  return parseCharacterFrequency(Buffer.from(dict).toString('utf8'));
}
