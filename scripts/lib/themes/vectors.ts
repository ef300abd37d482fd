/**
 * TF-IDF vectors of exchanges. A word's weight in an exchange grows with how often it is said
 * there (sub-linearly, so one long answer does not drown the rest) and with how few exchanges
 * of this interview use it: a word every exchange says (大模型 in the seed) weighs nothing.
 */
import type { Token } from './tokenize.ts';

/** Sparse vector: word key → weight. Keys are inserted in first-seen order (deterministic). */
export type Vector = Map<string, number>;

/** The words of one exchange, each turn's words with the weight of its turn. */
export type ExchangeWords = readonly { tokens: readonly Token[]; weight: number }[];

export interface Vectors {
  vectors: Vector[];
  /** Word key → inverse document frequency over the interview's exchanges. */
  idf: Map<string, number>;
  /** Word key → how telling the word is in the language at large (see `Token.prior`). */
  prior: Map<string, number>;
  /** Word key → its most frequent written form (first seen wins a tie). */
  surface: Map<string, string>;
  /** Word key → weighted occurrences per exchange, for naming and explaining. */
  counts: Map<string, number>[];
  /** Word key → plain occurrences per exchange (a word said once is thin evidence for a name). */
  occurrences: Map<string, number>[];
}

export function tfidfVectors(exchanges: readonly ExchangeWords[]): Vectors {
  const prior = new Map<string, number>();
  const occurrences: Map<string, number>[] = [];
  const counts = exchanges.map((turns) => {
    const count = new Map<string, number>();
    const seen = new Map<string, number>();
    for (const { tokens, weight } of turns) {
      for (const t of tokens) {
        count.set(t.key, (count.get(t.key) ?? 0) + weight);
        seen.set(t.key, (seen.get(t.key) ?? 0) + 1);
        prior.set(t.key, t.prior);
      }
    }
    occurrences.push(seen);
    return count;
  });
  const df = new Map<string, number>();
  for (const count of counts) for (const key of count.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = exchanges.length;
  const idf = new Map([...df].map(([key, d]) => [key, Math.log(n / d)]));
  const vectors = counts.map((count) =>
    normalise(new Map([...count].map(([key, c]) => [key, (1 + Math.log(c)) * idf.get(key)! * prior.get(key)!]))),
  );
  return { vectors, idf, prior, surface: surfaces(exchanges), counts, occurrences };
}

function surfaces(exchanges: readonly ExchangeWords[]): Map<string, string> {
  const forms = new Map<string, Map<string, number>>();
  for (const turns of exchanges) {
    for (const { tokens } of turns) {
      for (const t of tokens) {
        const byForm = forms.get(t.key) ?? forms.set(t.key, new Map()).get(t.key)!;
        byForm.set(t.surface, (byForm.get(t.surface) ?? 0) + 1);
      }
    }
  }
  return new Map([...forms].map(([key, byForm]) => [key, [...byForm].reduce((best, form) => (form[1] > best[1] ? form : best))[0]]));
}

/** Scales a vector to length 1 (an empty vector stays empty). */
export function normalise(v: Vector): Vector {
  const length = Math.sqrt([...v.values()].reduce((sum, x) => sum + x * x, 0));
  if (length === 0) return new Map();
  return new Map([...v].filter(([, x]) => x !== 0).map(([key, x]) => [key, x / length]));
}

/** a + b·scale, as a new vector. */
export function addScaled(a: Vector, b: Vector, scale = 1): Vector {
  const sum = new Map(a);
  for (const [key, x] of b) sum.set(key, (sum.get(key) ?? 0) + x * scale);
  return sum;
}

export function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, x] of small) {
    const y = large.get(key);
    if (y !== undefined) sum += x * y;
  }
  return sum;
}

/** Cosine similarity; 0 when either vector is empty. */
export function cosine(a: Vector, b: Vector): number {
  const na = Math.sqrt(dot(a, a));
  const nb = Math.sqrt(dot(b, b));
  return na === 0 || nb === 0 ? 0 : dot(a, b) / (na * nb);
}
