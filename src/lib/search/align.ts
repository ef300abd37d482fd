/**
 * How much of a remembered quote a turn holds in order: a local alignment (Smith–Waterman)
 * of the folded query against the folded turn, where a Han character is one symbol and a
 * Latin word or a number is one symbol worth two. Only matched runs of two or more symbols
 * count (a lone shared character proves nothing and would scatter marks), so "感觉快要溢出了"
 * holds 感觉 and 溢出了 of "感觉已经快溢出了", in order, close together — and a lone one that is
 * the rest of a run's word, one character misremembered between (读得越多 in 读的越多).
 */

import { fold, type ScriptTable } from '../fold.ts';

/** A symbol: its folded text and its [start, end) in the text it came from. */
export interface Symbol {
  text: string;
  start: number;
  end: number;
}

const SYMBOL = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;

/**
 * The symbols of a text as written (words stay apart: folding would glue them), each folded,
 * with its place in the text.
 */
export function symbolsOf(text: string, script?: ScriptTable): Symbol[] {
  const symbols: Symbol[] = [];
  for (const m of text.matchAll(SYMBOL)) {
    const folded = fold(m[0], script);
    if (folded) symbols.push({ text: folded, start: m.index, end: m.index + m[0].length });
  }
  return symbols;
}

/** A symbol as coverage counts it: a Han character 1, a word 2. */
export const weight = (s: Symbol) => (/^\p{Script=Han}$/u.test(s.text) ? 1 : 2);

const MISMATCH = -0.7;
const SKIP_QUERY = -0.6;
const SKIP_TEXT = -0.4;

export interface Alignment {
  /** Share of the query's weight matched in runs of two or more symbols (a Latin word alone is a run). */
  coverage: number;
  /** The matched runs in the text, [start, end). */
  runs: [number, number][];
  /** Query symbols left out before the first run and after the last: the ends of the quote the text lacks. */
  ends?: [number, number];
}

/** The best local alignment of `query` in `text`. */
export function align(query: readonly Symbol[], text: readonly Symbol[]): Alignment {
  const m = query.length;
  const n = text.length;
  const total = query.reduce((sum, s) => sum + weight(s), 0);
  if (m < 2 || n === 0 || total === 0) return { coverage: 0, runs: [] };
  // Forward pass with two rows: where the best alignment ends.
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  let best = 0;
  let bestJ = 0;
  for (let j = 1; j <= n; j++) {
    cur[0] = 0;
    for (let i = 1; i <= m; i++) {
      const diag = prev[i - 1]! + (query[i - 1]!.text === text[j - 1]!.text ? weight(query[i - 1]!) : MISMATCH);
      const v = Math.max(0, diag, cur[i - 1]! + SKIP_QUERY, prev[i]! + SKIP_TEXT);
      cur[i] = v;
      if (v > best) {
        best = v;
        bestJ = j;
      }
    }
    [prev, cur] = [cur, prev];
  }
  if (best === 0) return { coverage: 0, runs: [] };
  // Full matrix over a window ending there, for the traceback.
  const from = Math.max(0, bestJ - 3 * m - 8);
  const width = bestJ - from;
  const h = Array.from({ length: m + 1 }, () => new Float64Array(width + 1));
  let end: [number, number] = [0, 0];
  let top = 0;
  for (let j = 1; j <= width; j++) {
    for (let i = 1; i <= m; i++) {
      const t = text[from + j - 1]!;
      const diag = h[i - 1]![j - 1]! + (query[i - 1]!.text === t.text ? weight(query[i - 1]!) : MISMATCH);
      const v = Math.max(0, diag, h[i]![j - 1]! + SKIP_TEXT, h[i - 1]![j]! + SKIP_QUERY);
      h[i]![j] = v;
      if (v > top) {
        top = v;
        end = [i, j];
      }
    }
  }
  const pairs: [number, number][] = [];
  for (let [i, j] = end; i > 0 && j > 0 && h[i]![j]! > 0;) {
    const t = text[from + j - 1]!;
    const same = query[i - 1]!.text === t.text;
    if (same && h[i]![j] === h[i - 1]![j - 1]! + weight(query[i - 1]!)) {
      pairs.push([i - 1, from + j - 1]);
      i--;
      j--;
    } else if (h[i]![j] === h[i - 1]![j - 1]! + MISMATCH) {
      i--;
      j--;
    } else if (h[i]![j] === h[i]![j - 1]! + SKIP_TEXT) j--;
    else i--;
  }
  pairs.reverse();
  // Runs: pairs consecutive in both the query and the text.
  const runs: [number, number][][] = [];
  for (const pair of pairs) {
    const last = runs.at(-1)?.at(-1);
    if (last && pair[0] === last[0] + 1 && pair[1] === last[1] + 1) runs.at(-1)!.push(pair);
    else runs.push([pair]);
  }
  // A word alone counts when it is a real one (models), not a little word found anywhere (to, on).
  const long = (run: [number, number][]) => run.length >= 2 || (weight(query[run[0]![0]]!) >= 2 && query[run[0]![0]]!.text.length >= 4);
  // So does a character one misremembered character away from a run, in the quote and in the
  // text alike: the rest of that word (读得越多 in 读的越多, 的 for 得). Not further: 别太当真 is
  // not 不要太相信 by its 太 (a lone character two apart in the text finds other quotes).
  const near = (a: [number, number], b: [number, number]) => b[0] - a[0] === 2 && b[1] - a[1] === 2;
  const beside = (run: [number, number][], k: number) => {
    const before = runs[k - 1];
    const after = runs[k + 1];
    return (
      (before !== undefined && long(before) && near(before.at(-1)!, run[0]!)) ||
      (after !== undefined && long(after) && near(run[0]!, after[0]!))
    );
  };
  const kept = runs.filter((run, k) => long(run) || (run.length === 1 && weight(query[run[0]![0]]!) === 1 && beside(run, k)));
  const matched = kept.reduce((sum, run) => sum + run.reduce((s, [i]) => s + weight(query[i]!), 0), 0);
  return {
    coverage: matched / total,
    runs: kept.map((run) => [text[run[0]![1]]!.start, text[run.at(-1)![1]]!.end]),
    ...(kept.length > 0 ? { ends: [kept[0]![0]![0], m - 1 - kept.at(-1)!.at(-1)![0]] as [number, number] } : {}),
  };
}
