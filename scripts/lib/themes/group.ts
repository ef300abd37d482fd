/**
 * Groups an interview's exchanges into themes: agglomerative clustering of their TF-IDF
 * vectors, each exchange first blended with its neighbours (position is evidence: the next
 * question usually follows up the last answer, and a two-line exchange has too few words of
 * its own), never across one of the source's editorial headings. Clusters need not be
 * contiguous, so a topic the conversation returns to later (open source in the seed) can
 * gather in one theme. See the README, "Automatic themes", for the measurements behind
 * the choices.
 */
import { addScaled, cosine, normalise, type Vector } from './vectors.ts';

/** Weight of each neighbouring exchange's words in an exchange's own vector. */
export const NEIGHBOUR_WEIGHT = 0.5;
/** No theme may hold more than this share of the interview's turns. */
export const MAX_SHARE = 0.4;
/** Fewest and most themes an interview gets (fewer only when it has fewer exchanges). */
export const MIN_THEMES = 4;
export const MAX_THEMES = 15;
/** Above this many exchanges, neighbours are first joined into runs, so clustering stays fast. */
const MAX_ITEMS = 60;

/** What the grouping knows of one exchange. */
export interface GroupInput {
  vector: Vector;
  /** Turns in the exchange (the size cap counts turns). */
  turns: number;
  /** Whether an editorial heading opens this exchange (a boundary the blending does not cross). */
  headed: boolean;
}

/** How many themes an interview of `n` exchanges gets: about 2√n, within [4, 15]. */
export function themeCount(n: number): number {
  return Math.min(n, Math.max(MIN_THEMES, Math.min(MAX_THEMES, Math.round(2 * Math.sqrt(n)))));
}

/** The group of each exchange, numbered 0… in order of first appearance. */
export function groupExchanges(inputs: readonly GroupInput[], count = themeCount(inputs.length)): number[] {
  const blended = inputs.map((input, i) => {
    let v = input.vector;
    if (i > 0 && !input.headed) v = addScaled(v, inputs[i - 1]!.vector, NEIGHBOUR_WEIGHT);
    if (i + 1 < inputs.length && !inputs[i + 1]!.headed) v = addScaled(v, inputs[i + 1]!.vector, NEIGHBOUR_WEIGHT);
    return normalise(v);
  });
  const limit = MAX_SHARE * inputs.reduce((sum, x) => sum + x.turns, 0);
  let clusters: Cluster[] = blended.map((vector, i) => ({ members: [i], vector, turns: inputs[i]!.turns }));
  if (clusters.length > MAX_ITEMS) clusters = joinNeighbours(clusters, MAX_ITEMS, limit);
  clusters = agglomerate(clusters, count, limit);
  const group: number[] = [];
  clusters.sort((a, b) => a.members[0]! - b.members[0]!).forEach((c, n) => c.members.forEach((i) => (group[i] = n)));
  return group;
}

interface Cluster {
  /** Exchange indexes, ascending. */
  members: number[];
  /** Sum of the members' vectors (cosine ignores the scale). */
  vector: Vector;
  turns: number;
}

const merge = (a: Cluster, b: Cluster): Cluster => ({
  members: [...a.members, ...b.members].sort((x, y) => x - y),
  vector: addScaled(a.vector, b.vector),
  turns: a.turns + b.turns,
});

/**
 * Merges the most similar pair of clusters until `count` remain, never past `limit` turns.
 * Ties go to the earliest pair, so the result is deterministic.
 */
function agglomerate(start: readonly Cluster[], count: number, limit: number): Cluster[] {
  const clusters = [...start];
  const similarity = clusters.map((a) => clusters.map((b) => cosine(a.vector, b.vector)));
  while (clusters.length > count) {
    let best: [number, number] | undefined;
    let bestScore = -Infinity;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        if (clusters[i]!.turns + clusters[j]!.turns > limit) continue;
        if (similarity[i]![j]! > bestScore) {
          bestScore = similarity[i]![j]!;
          best = [i, j];
        }
      }
    }
    if (!best) break;
    const [i, j] = best;
    clusters[i] = merge(clusters[i]!, clusters[j]!);
    clusters.splice(j, 1);
    similarity.splice(j, 1);
    for (const row of similarity) row.splice(j, 1);
    similarity[i] = clusters.map((c) => cosine(clusters[i]!.vector, c.vector));
    similarity.forEach((row, k) => (row[i] = similarity[i]![k]!));
  }
  return clusters;
}

/** Joins the most similar neighbouring runs until `count` runs remain (a long interview's first pass). */
function joinNeighbours(start: readonly Cluster[], count: number, limit: number): Cluster[] {
  const runs = [...start];
  const next = runs.slice(0, -1).map((run, i) => cosine(run.vector, runs[i + 1]!.vector));
  while (runs.length > count) {
    let best = -1;
    for (let i = 0; i < next.length; i++) {
      if (runs[i]!.turns + runs[i + 1]!.turns > limit) continue;
      if (best === -1 || next[i]! > next[best]!) best = i;
    }
    if (best === -1) break;
    runs[best] = merge(runs[best]!, runs[best + 1]!);
    runs.splice(best + 1, 1);
    next.splice(best, 1);
    if (best > 0) next[best - 1] = cosine(runs[best - 1]!.vector, runs[best]!.vector);
    if (best < next.length) next[best] = cosine(runs[best]!.vector, runs[best + 1]!.vector);
  }
  return runs;
}
