/**
 * Which turns a query looks at: from the index shards of its units, the turns holding the
 * most of them (per group of alternatives, the best), the first `CANDIDATES`. Pure, so the
 * browser and the bench choose alike; the caller loads the shards.
 */
import type { ParsedQuery } from './query.ts';
import { lookupUnits, shardOf } from './grams.ts';

/**
 * How many candidates from the index are verified against their text at first — the same on a
 * site of one interview or a thousand. Turns tied with these at the top (holding all a query
 * asks: a keyword said in 22 turns) are kept aside, and verified a page at a time when the
 * reader asks for more.
 */
export const CANDIDATES = 16;

/** A group: one thing to find, in any of its forms, each form as its units. */
export type LookupGroup = string[][];

/** What finds candidates: the query's forms (one group each), and each keyword with its forms. */
export function lookupGroups(query: ParsedQuery): LookupGroup[] {
  const groups = [...query.variants, ...query.scoped.map((s) => s.variant), ...query.body.variants].map((v) => [v]);
  for (const parts of query.body.parts) for (const part of parts) groups.push(part.alternatives);
  for (const word of query.body.english?.words ?? []) groups.push(word.alternatives);
  return groups.map((forms) => forms.map(lookupUnits).filter((units) => units.length > 0));
}

/** The shards those groups need. */
export function shardsNeeded(groups: readonly LookupGroup[], shards: number): number[] {
  return [...new Set(groups.flat(2).map((u) => shardOf(u, shards)))].sort((a, b) => a - b);
}

/**
 * The best candidates: per group, the share of its best form's units a turn holds, summed.
 * `rest`: the turns tied with the best beyond the first `CANDIDATES`, in order.
 */
export function pickCandidates(
  groups: readonly LookupGroup[],
  postings: (unit: string) => readonly number[],
): { numbers: number[]; rest: number[] } {
  const score = new Map<number, number>();
  for (const forms of groups) {
    const best = new Map<number, number>();
    for (const units of forms) {
      const held = new Map<number, number>();
      for (const unit of units) for (const n of postings(unit)) held.set(n, (held.get(n) ?? 0) + 1);
      for (const [n, count] of held) best.set(n, Math.max(best.get(n) ?? 0, count / units.length));
    }
    for (const [n, share] of best) score.set(n, (score.get(n) ?? 0) + share);
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const tied = ranked.findIndex(([, s]) => s < ranked[0]![1]);
  const best = tied === -1 ? ranked.length : tied;
  const numbers = ranked.map(([n]) => n);
  return { numbers: numbers.slice(0, CANDIDATES), rest: numbers.slice(CANDIDATES, Math.max(CANDIDATES, best)) };
}
