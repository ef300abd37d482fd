/**
 * Traditional ↔ simplified folding for search. At build time, OpenCC's character tables
 * (Taiwan, Hong Kong and plain traditional, through `opencc-js`) give each traditional or
 * variant character its simplified form; the site ships only the pairs that can matter — those
 * whose simplified (or traditional) side occurs in the site's text — as one string of
 * alternating characters, and the browser folds both the query and the turns with it.
 */
import type { ScriptTable } from '../fold.ts';

/** The pairs, `T₁S₁T₂S₂…`, for the characters of `siteText`. `toSimplified` converts one character. */
export function buildScriptTable(siteText: string, candidates: Iterable<string>, toSimplified: (char: string) => string): string {
  const present = new Set(siteText);
  const pairs = new Map<string, string>();
  for (const char of candidates) {
    const simple = toSimplified(char);
    if (simple === char || [...simple].length !== 1) continue;
    if (present.has(simple) || present.has(char)) pairs.set(char, simple);
  }
  return [...pairs]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([t, s]) => t + s)
    .join('');
}

/** The shipped string, as a table for `foldForSearch`. */
export function parseScriptTable(pairs: string): ScriptTable {
  const chars = [...pairs];
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
  return table;
}
