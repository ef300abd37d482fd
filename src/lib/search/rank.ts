/**
 * Ranks turns for a query. A turn containing the whole folded query (or a glossary variant
 * of it) always ranks above one that contains only part of it; a partial match must cover
 * most of the query's units, so a query whose words do not occur gets no results rather
 * than a list of single-character coincidences. Scores from the full-text index (Pagefind)
 * order turns that match equally well.
 */
import { foldForSearch, type Folded } from '../fold.ts';
import type { ParsedQuery } from './query.ts';

/** A turn as search sees it. */
export interface SearchTurn {
  /** `interview/turn-id`, unique across the site. */
  key: string;
  interview: string;
  id: string;
  url: string;
  speaker: string;
  role: string;
  theme: string;
  themeTitle: string;
  /** Paragraphs joined with a line break, exactly as in the source. */
  text: string;
}

/** A turn with its folded text, folded once when the corpus loads. */
export interface PreparedTurn extends SearchTurn {
  folded: Folded;
  /** Position in the site's corpus, for a stable order among equals. */
  order: number;
}

/** How a turn matched. */
export type MatchKind = 'exact' | 'partial';

export interface Hit {
  turn: PreparedTurn;
  kind: MatchKind;
  score: number;
  /** Matched stretches of the original text, [start, end) in UTF-16 units, in order. */
  ranges: [number, number][];
}

/** Share of a query's units a turn must contain to count as a partial match. */
export const PARTIAL_COVERAGE = 0.6;

export function prepareTurns(turns: readonly SearchTurn[]): PreparedTurn[] {
  return turns.map((turn, order) => ({ ...turn, folded: foldForSearch(turn.text), order }));
}

/**
 * Every turn that matches, best first. `indexScores` (turn key → score in [0, 1]) are the
 * full-text index's opinion, where it has one.
 */
export function rankTurns(turns: readonly PreparedTurn[], query: ParsedQuery, indexScores: ReadonlyMap<string, number> = new Map()): Hit[] {
  if (query.variants.length === 0) return [];
  const hits: Hit[] = [];
  for (const turn of turns) {
    const index = indexScores.get(turn.key) ?? 0;
    const exact = exactRanges(turn.folded, query.variants).map((range) => withEdges(turn.text, range, query.edges));
    if (exact.length > 0) {
      hits.push({ turn, kind: 'exact', score: 1000 + Math.min(exact.length, 10) * 10 + index, ranges: exact });
      continue;
    }
    if (query.phrase) continue;
    const partial = bestCoverage(turn.folded, query.units);
    if (partial.coverage >= PARTIAL_COVERAGE && partial.total >= 2) {
      hits.push({ turn, kind: 'partial', score: 100 * partial.coverage + index, ranges: partial.ranges });
    }
  }
  return hits.sort((a, b) => b.score - a.score || a.turn.order - b.turn.order);
}

/** Original ranges of every occurrence of any variant. */
export function exactRanges(folded: Folded, variants: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const variant of variants) {
    for (let at = folded.folded.indexOf(variant); at !== -1; at = folded.folded.indexOf(variant, at + variant.length)) {
      found.push(toOriginal(folded, at, at + variant.length));
    }
  }
  return merge(found);
}

function bestCoverage(folded: Folded, unitSets: readonly string[][]): { coverage: number; total: number; ranges: [number, number][] } {
  let best = { coverage: 0, total: 0, ranges: [] as [number, number][] };
  for (const units of unitSets) {
    if (units.length === 0) continue;
    const present = units.map((u) => presentForm(folded.folded, u)).filter((u): u is string => u !== undefined);
    const coverage = present.length / units.length;
    // A lone Han character proves little and would be marked all over the excerpt.
    const marked = present.filter((u) => [...u].length > 1);
    if (coverage > best.coverage) best = { coverage, total: units.length, ranges: exactRanges(folded, marked) };
  }
  return best;
}

const SUFFIXES = ['ing', 'es', 'ed', 's'];

/**
 * The form in which a unit occurs in the text: itself, or for a Latin word its stem without
 * a common English ending (models → model), so a plural still counts.
 */
function presentForm(text: string, unit: string): string | undefined {
  if (text.includes(unit)) return unit;
  if (!/^[a-z]+$/.test(unit)) return undefined;
  const suffix = SUFFIXES.find((s) => unit.endsWith(s) && unit.length - s.length >= 4);
  const stem = suffix ? unit.slice(0, -suffix.length) : undefined;
  return stem && text.includes(stem) ? stem : undefined;
}

/** A match widened to the query's own leading and trailing punctuation, where the text has it. */
function withEdges(text: string, [start, end]: [number, number], { lead, trail }: ParsedQuery['edges']): [number, number] {
  const from = lead && text.slice(start - lead.length, start) === lead ? start - lead.length : start;
  const to = trail && text.slice(end, end + trail.length) === trail ? end + trail.length : end;
  return [from, to];
}

/** Folded [start, end) → original [start, end), the end taking the whole last character. */
function toOriginal({ map }: Folded, start: number, end: number): [number, number] {
  return [map[start]!, map[end - 1]! + 1];
}

/** Sorted, with overlapping or touching ranges joined: one phrase, one mark. */
function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
