/**
 * The exact/near-match layer's index, sharded so a query loads only what it needs: every turn's
 * folded text as units — Han character pairs, lone Han characters, letter pairs and triples,
 * and whole Latin words and numbers by their stems — each unit listing the turns (by site-wide
 * number) that hold it. Units are spread over shard files by a hash, and the number of shards grows with the site so a shard stays small: the
 * first query's download depends on the query, not on how many interviews the site has.
 * Turn texts come in chunks of a fixed number of turns, fetched only for the best candidates.
 */

import { wordKey } from './dictionary.ts';

/**
 * Turns per text chunk (`search/turns/<n>.json`): one. In a library a query's candidates lie in
 * different interviews, so each candidate costs a chunk of its own and a bigger chunk only
 * brings neighbours nobody asked for: over the verbatim set at 100 interviews the texts fetched
 * were 43 KB (median) with 4 turns a chunk, 24 KB with 2, 18 KB with 1 (README, "Scale").
 */
export const CHUNK_TURNS = 1;
/** Postings (unit, turn) per index shard the build aims at: shards multiply as the site grows. */
const POSTINGS_PER_SHARD = 640;

const TOKEN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/** Marks a whole Latin word's unit (`wordUnit`) apart from letter pairs and triples, which never hold it. */
const WORD = '#';

/**
 * A Latin word as a unit of its own, by its stem (leaks, leaking, leaked → #leak): letter
 * triples alone cannot tell a word from letters that meet across words once folding has glued
 * them ("the leader is king" holds lea, kin and ing of "leaking").
 */
export const wordUnit = (word: string): string => `${WORD}${wordKey(word)}`;

/**
 * Every unit of a folded text. Folding drops spaces, so Latin runs are indexed as letter pairs
 * and triples; `words`, the text's Latin words (folded), each as a unit of its own too.
 */
export function unitsIn(folded: string, words: readonly string[] = []): Set<string> {
  const units = new Set<string>(words.map(wordUnit));
  for (const [token] of folded.matchAll(TOKEN)) {
    if (!/\p{Script=Han}/u.test(token)) {
      const chars = [...token];
      if (chars.length === 1) units.add(token);
      for (let i = 0; i + 1 < chars.length; i++) {
        units.add(chars[i]! + chars[i + 1]!);
        if (i + 2 < chars.length) units.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
      }
      continue;
    }
    const chars = [...token];
    chars.forEach((c, i) => {
      units.add(c);
      if (i + 1 < chars.length) units.add(c + chars[i + 1]);
    });
  }
  return units;
}

/**
 * The units a query string looks up: for Han text, pairs that cover it without overlap (every
 * run of three characters the text shares holds one of them), or the character alone; for
 * Latin runs, triples that cover it the same way (a pair when shorter).
 */
export function lookupUnits(folded: string): string[] {
  const units: string[] = [];
  for (const [token] of folded.matchAll(TOKEN)) {
    if (!/\p{Script=Han}/u.test(token)) {
      const chars = [...token];
      if (chars.length <= 3) units.push(token);
      else {
        for (let i = 0; i + 2 < chars.length; i += 3) units.push(chars.slice(i, i + 3).join(''));
        if (chars.length % 3 !== 0) units.push(chars.slice(-3).join(''));
      }
    } else {
      const chars = [...token];
      if (chars.length === 1) units.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i += 2) units.push(chars[i]! + chars[i + 1]!);
      if (chars.length > 2 && chars.length % 2 === 1) units.push(chars.at(-2)! + chars.at(-1)!);
    }
  }
  return [...new Set(units)];
}

/** Shards for a site with this many postings: a power of two. */
export function shardCount(postings: number): number {
  let count = 1;
  while (count * POSTINGS_PER_SHARD < postings) count *= 2;
  return count;
}

/** The shard a unit lives in (FNV-1a over its UTF-16 units). */
export function shardOf(unit: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < unit.length; i++) {
    hash ^= unit.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}

/** One shard: unit → its turn numbers, ascending, as gaps in base 36 (`encodePostings`). */
export type GramShard = Record<string, string>;

/** Turn numbers (ascending) as a compact string: each the gap from the one before, in base 36. */
export function encodePostings(numbers: readonly number[]): string {
  return numbers.map((n, i) => (n - (i > 0 ? numbers[i - 1]! : 0)).toString(36)).join(',');
}

export function decodePostings(encoded: string | undefined): number[] {
  if (!encoded) return [];
  let at = 0;
  return encoded.split(',').map((gap) => (at += parseInt(gap, 36)));
}

/** The index for the folded texts of all turns, numbered in order, with each turn's Latin words (`unitsIn`). */
export function buildShards(folded: readonly string[], words: readonly (readonly string[])[] = []): GramShard[] {
  const postings = new Map<string, number[]>();
  folded.forEach((text, n) => {
    for (const unit of unitsIn(text, words[n])) {
      const list = postings.get(unit);
      if (list) list.push(n);
      else postings.set(unit, [n]);
    }
  });
  const count = shardCount([...postings.values()].reduce((sum, list) => sum + list.length, 0));
  const shards: GramShard[] = Array.from({ length: count }, () => ({}));
  for (const unit of [...postings.keys()].sort()) shards[shardOf(unit, count)]![unit] = encodePostings(postings.get(unit)!);
  return shards;
}
