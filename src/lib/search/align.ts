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

/** What skipping a symbol costs: the first of a gap, and each one after. */
interface Gaps {
  openQuery: number;
  extendQuery: number;
  openText: number;
  extendText: number;
}

/** The same cost for every symbol skipped: a quote said in one stretch, a word or two apart. */
const EVEN: Gaps = { openQuery: -0.6, extendQuery: -0.6, openText: -0.4, extendText: -0.4 };

/**
 * Gaps that cost most to open and little to go on (affine, Gotoh): a remembered quote drops
 * or swaps a clause, and the text says between two remembered parts what the reader left out
 * ("外国小说前后都缺了十几页" is 外国小说 … ten characters … 了十多页), which a cost per character
 * ends the alignment at. Skipping the quote costs more than skipping the text: what a reader
 * types is what they meant.
 */
const CLAUSES: Gaps = { openQuery: -0.6, extendQuery: -0.3, openText: -0.4, extendText: -0.1 };

export interface Alignment {
  /** Share of the query's weight matched in runs of two or more symbols (a Latin word alone is a run). */
  coverage: number;
  /** The matched runs in the text, [start, end): a run with the little words the quote left out inside it. */
  runs: [number, number][];
  /** The stretches of the text that hold the quote word for word (the runs without the words left out). */
  held: [number, number][];
  /** Query symbols left out before the first run and after the last: the ends of the quote the text lacks. */
  ends?: [number, number];
}

/**
 * How much of `query` `text` holds in order: the better of two local alignments, one with even
 * gaps and one with gaps that cost little to go on. Neither alone is enough: the cheap gaps
 * reach a clause said further on, but may then prefer a path through lone characters elsewhere
 * (多 of 喜多的欲望 over 读的越多), which count for nothing.
 */
export function align(query: readonly Symbol[], text: readonly Symbol[]): Alignment {
  const even = alignWith(query, text, EVEN);
  if (even.coverage === 1) return even;
  const clauses = alignWith(query, text, CLAUSES);
  return clauses.coverage > even.coverage ? clauses : even;
}

/** The best local alignment of `query` in `text`, with the given gap costs. */
function alignWith(query: readonly Symbol[], text: readonly Symbol[], gaps: Gaps): Alignment {
  const { openQuery, extendQuery, openText, extendText } = gaps;
  const m = query.length;
  const n = text.length;
  const total = query.reduce((sum, s) => sum + weight(s), 0);
  if (m < 2 || n === 0 || total === 0) return { coverage: 0, runs: [], held: [] };
  const score = (i: number, t: Symbol) => (query[i - 1]!.text === t.text ? weight(query[i - 1]!) : MISMATCH);
  // Forward pass with two rows per state (H: any; E: in a gap of the text; F: in a gap of the query): where the best alignment ends.
  let prevH = new Float64Array(m + 1);
  let curH = new Float64Array(m + 1);
  let prevE = new Float64Array(m + 1).fill(-Infinity);
  let curE = new Float64Array(m + 1).fill(-Infinity);
  let best = 0;
  let bestJ = 0;
  for (let j = 1; j <= n; j++) {
    curH[0] = 0;
    let f = -Infinity;
    for (let i = 1; i <= m; i++) {
      const e = Math.max(prevH[i]! + openText, prevE[i]! + extendText);
      f = Math.max(curH[i - 1]! + openQuery, f + extendQuery);
      const v = Math.max(0, prevH[i - 1]! + score(i, text[j - 1]!), e, f);
      curE[i] = e;
      curH[i] = v;
      if (v > best) {
        best = v;
        bestJ = j;
      }
    }
    [prevH, curH] = [curH, prevH];
    [prevE, curE] = [curE, prevE];
  }
  if (best === 0) return { coverage: 0, runs: [], held: [] };
  // Full matrices over a window ending there, for the traceback: as far back as the alignment can
  // reach, its score spent on the cheapest gap (the query's symbols are worth at most 2 each).
  const from = Math.max(0, bestJ - m - Math.ceil(best / Math.abs(extendText)) - 8);
  const width = bestJ - from;
  const matrix = () => Array.from({ length: m + 1 }, () => new Float64Array(width + 1));
  const h = matrix();
  const e = matrix();
  const f = matrix();
  for (let i = 0; i <= m; i++) e[i]![0] = f[i]![0] = -Infinity;
  for (let j = 0; j <= width; j++) e[0]![j] = f[0]![j] = -Infinity;
  let end: [number, number] = [0, 0];
  let top = 0;
  for (let j = 1; j <= width; j++) {
    const t = text[from + j - 1]!;
    for (let i = 1; i <= m; i++) {
      e[i]![j] = Math.max(h[i]![j - 1]! + openText, e[i]![j - 1]! + extendText);
      f[i]![j] = Math.max(h[i - 1]![j]! + openQuery, f[i - 1]![j]! + extendQuery);
      const v = Math.max(0, h[i - 1]![j - 1]! + score(i, t), e[i]![j]!, f[i]![j]!);
      h[i]![j] = v;
      if (v > top) {
        top = v;
        end = [i, j];
      }
    }
  }
  const pairs: [number, number][] = [];
  let state: 'h' | 'e' | 'f' = 'h';
  for (let [i, j] = end; i > 0 && j > 0;) {
    if (state === 'e') {
      state = e[i]![j] === h[i]![j - 1]! + openText ? 'h' : 'e';
      j--;
    } else if (state === 'f') {
      state = f[i]![j] === h[i - 1]![j]! + openQuery ? 'h' : 'f';
      i--;
    } else if (h[i]![j]! <= 0) break;
    else if (h[i]![j] === h[i - 1]![j - 1]! + score(i, text[from + j - 1]!)) {
      if (query[i - 1]!.text === text[from + j - 1]!.text) pairs.push([i - 1, from + j - 1]);
      i--;
      j--;
    } else state = h[i]![j] === e[i]![j] ? 'e' : 'f';
  }
  pairs.reverse();
  // Runs: pairs consecutive in both the query and the text.
  const strict: [number, number][][] = [];
  for (const pair of pairs) {
    const last = strict.at(-1)?.at(-1);
    if (last && pair[0] === last[0] + 1 && pair[1] === last[1] + 1) strict.at(-1)!.push(pair);
    else strict.push([pair]);
  }
  const runs = withWordsLeftOut(strict);
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
  const inText = (run: readonly [number, number][]): [number, number] => [text[run[0]![1]]!.start, text[run.at(-1)![1]]!.end];
  return {
    coverage: matched / total,
    runs: kept.map(inText),
    held: strict.filter((run) => kept.some((k) => k.includes(run[0]!))).map(inText),
    ...(kept.length > 0 ? { ends: [kept[0]![0]![0], m - 1 - kept.at(-1)!.at(-1)![0]] as [number, number] } : {}),
  };
}

/** Symbols of the quote, in a row, that make a run though the text says one more between each (`withWordsLeftOut`). */
const LEFT_OUT_RUN = 3;

/**
 * Runs joined where the quote goes on with its next symbol and the text says one symbol more
 * between: a reader leaves out the little words (不伤你身体 for 不会伤害你的身体: 会, 害, 的), so
 * the quote is said in one stretch with a word between each of its own. Only over
 * `LEFT_OUT_RUN` symbols of the quote or more, one stretch of them word for word: characters
 * one apart and nothing more are a coincidence.
 */
function withWordsLeftOut(runs: readonly [number, number][][]): [number, number][][] {
  const chains: [number, number][][][] = [];
  for (const run of runs) {
    const last = chains.at(-1)?.at(-1)?.at(-1);
    if (last && run[0]![0] === last[0] + 1 && run[0]![1] === last[1] + 2) chains.at(-1)!.push(run);
    else chains.push([run]);
  }
  // And only round a stretch said word for word (身体 of 不会伤害你的身体): 数据安全 is not 数字据说安排全面, one apart throughout.
  const joined = (chain: [number, number][][]) =>
    chain.length > 1 && chain.flat().length >= LEFT_OUT_RUN && chain.some((run) => run.length >= 2);
  return chains.flatMap((chain) => (joined(chain) ? [chain.flat()] : chain));
}
