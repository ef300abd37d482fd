/**
 * Which turns a query looks at: from the index shards of its units, the turns holding the
 * most of them (per group of alternatives, the best), the first `CANDIDATES`. Pure, so the
 * browser and the bench choose alike; the caller loads the shards.
 */
import { symbolsOf, weight } from './align.ts';
import { wordForms } from './dictionary.ts';
import type { ParsedQuery, QueryPart } from './query.ts';
import { lookupUnits, shardOf, wordUnit } from './grams.ts';

/**
 * How many candidates from the index are verified against their text at first — the same on a
 * site of one interview or a thousand. Turns tied with these at the top (holding all a query
 * asks: a keyword said in 22 turns) are kept aside, and verified a page at a time when the
 * reader asks for more.
 */
export const CANDIDATES = 16;

/** A form to look for: its units, and how much holding all of them says (1: the form is there). */
export interface LookupForm {
  units: string[];
  weight: number;
}

/** A group: one thing to find, in any of its forms. */
export type LookupGroup = LookupForm[];

/**
 * What a reader's English word's letters say where its whole-word unit is not held: the word
 * glued to another (gpt4 for "GPT 4"), or letters that meet across words by chance — less
 * than a turn holding the word, or its translation, whole.
 */
const LETTERS_ONLY = 0.5;

/**
 * What finds candidates, one group for each thing to find: a keyword query's words, each with
 * its forms (the whole query said at once is all of them, not one more thing: counting it too
 * let a turn holding part of an English word's letters twice outweigh one holding its Chinese
 * translation, and fill every place in a library with English turns); a quote's forms; an
 * interview's own spellings of the query; a Chinese query's English words.
 */
export function lookupGroups(query: ParsedQuery): LookupGroup[] {
  const keywords = query.body.parts.length > 0;
  const wholes = keywords ? [] : [...query.variants, ...query.body.variants];
  const groups: LookupGroup[] = [...new Set([...wholes, ...query.scoped.map((s) => s.variant)])].map((v) => formsOf([v]));
  for (const parts of query.body.parts) for (const part of parts) groups.push(partForms(part));
  for (const word of query.body.english?.words ?? []) groups.push(formsOf(word.alternatives));
  return groups;
}

const formsOf = (alternatives: readonly string[]): LookupForm[] =>
  alternatives.map((a) => ({ units: lookupUnits(a), weight: 1 })).filter((f) => f.units.length > 0);

/** A keyword's forms: a Latin word typed alone also as a whole word, its letters then counting less. */
function partForms(part: QueryPart): LookupForm[] {
  const typed = symbolsOf(part.text);
  if (typed.length !== 1 || weight(typed[0]!) !== 2) return formsOf(part.alternatives);
  const own = new Set(wordForms(typed[0]!.text));
  return part.alternatives.flatMap((a) => {
    if (!own.has(a)) return formsOf([a]);
    return [{ units: [wordUnit(a)], weight: 1 }, ...formsOf([a]).map((f) => ({ ...f, weight: LETTERS_ONLY }))];
  });
}

/** The shards those groups need. */
export function shardsNeeded(groups: readonly LookupGroup[], shards: number): number[] {
  return [...new Set(groups.flatMap((forms) => forms.flatMap((f) => f.units)).map((u) => shardOf(u, shards)))].sort((a, b) => a - b);
}

/**
 * The best candidates: per group, the share of its best form's units a turn holds (times what
 * the form's units say), summed.
 * `rest`: the turns tied with the best beyond the first `CANDIDATES`, in order.
 */
export function pickCandidates(
  groups: readonly LookupGroup[],
  postings: (unit: string) => readonly number[],
): { numbers: number[]; rest: number[] } {
  const score = new Map<number, number>();
  for (const forms of groups) {
    const best = new Map<number, number>();
    for (const { units, weight } of forms) {
      const held = new Map<number, number>();
      for (const unit of units) for (const n of postings(unit)) held.set(n, (held.get(n) ?? 0) + 1);
      for (const [n, count] of held) best.set(n, Math.max(best.get(n) ?? 0, (weight * count) / units.length));
    }
    for (const [n, share] of best) score.set(n, (score.get(n) ?? 0) + share);
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const tied = ranked.findIndex(([, s]) => s < ranked[0]![1]);
  const best = tied === -1 ? ranked.length : tied;
  const numbers = ranked.map(([n]) => n);
  return { numbers: numbers.slice(0, CANDIDATES), rest: numbers.slice(CANDIDATES, Math.max(CANDIDATES, best)) };
}
