/**
 * How alike two passages are, on their folded text's character pairs: the measure that
 * decides whether a corrected turn is still the same turn (and keeps its permalink).
 */
import { fold } from '../../../src/lib/fold.ts';

function pairs(text: string): Map<string, number> {
  const folded = [...fold(text)];
  const counts = new Map<string, number>();
  if (folded.length === 1) counts.set(folded[0]!, 1);
  for (let i = 0; i + 1 < folded.length; i++) {
    const pair = folded[i]! + folded[i + 1]!;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

function shared(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [pair, count] of a) n += Math.min(count, b.get(pair) ?? 0);
  return n;
}

const size = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);

/** Dice coefficient in [0, 1]: 1 for the same folded text, ~0.95 after a typo fix in a long turn. */
export function similarity(a: string, b: string): number {
  const pa = pairs(a);
  const pb = pairs(b);
  const total = size(pa) + size(pb);
  return total === 0 ? 1 : (2 * shared(pa, pb)) / total;
}

/** Share of `part`'s pairs found in `whole`: ~1 when `part` was merged into `whole`. */
export function containment(part: string, whole: string): number {
  const pp = pairs(part);
  const n = size(pp);
  return n === 0 ? 0 : shared(pp, pairs(whole)) / n;
}
