import { createHash } from 'node:crypto';
import { foldText } from './fold-text.ts';
import type { Turn } from './model.ts';

/** Characters of the hash in a short id; more are taken only when two turns collide. */
const SHORT_LENGTH = 4;

/**
 * Gives every turn a short ASCII permalink id (`t-3k9x`) derived from its content (speaker
 * and folded text), never from its position, so inserting or editing one turn leaves every
 * other anchor as it was. Identical repeated turns get `-2`, `-3` … in order of appearance.
 * Returns ids in turn order.
 */
export function assignTurnIds(turns: readonly Turn[]): string[] {
  const taken = new Map<string, string>(); // id → content key that owns it
  const repeats = new Map<string, number>(); // content key → times seen
  return turns.map((turn) => {
    const key = `${turn.speaker}\n${foldText(turn.paragraphs.join('\n'))}`;
    const digest = BigInt(`0x${createHash('sha256').update(key).digest('hex')}`).toString(36);
    const seen = (repeats.get(key) ?? 0) + 1;
    repeats.set(key, seen);
    let length = SHORT_LENGTH;
    while (taken.has(`t-${digest.slice(0, length)}`) && taken.get(`t-${digest.slice(0, length)}`) !== key) length++;
    const base = `t-${digest.slice(0, length)}`;
    taken.set(base, key);
    return seen === 1 ? base : `${base}-${seen}`;
  });
}
