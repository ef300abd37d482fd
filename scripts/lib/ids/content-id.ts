import { createHash } from 'node:crypto';
import { fold } from '../../../src/lib/fold.ts';

/** Characters of the hash in a short id; more are taken only when two ids would collide. */
const SHORT_LENGTH = 4;

/**
 * A short ASCII id (`t-3k9x`) from a turn's content (speaker and folded text), never from its
 * position. `taken` are ids that belong to other turns (now or in the past): the hash is
 * lengthened until the id is free, so an id is never given to two passages.
 */
export function contentId(speaker: string, text: string, taken: ReadonlySet<string>): string {
  const digest = BigInt(
    `0x${createHash('sha256')
      .update(`${speaker}\n${fold(text)}`)
      .digest('hex')}`,
  ).toString(36);
  let length = SHORT_LENGTH;
  while (taken.has(`t-${digest.slice(0, length)}`)) length++;
  return `t-${digest.slice(0, length)}`;
}
