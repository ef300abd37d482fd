/**
 * Which turns a query looks at: from the index shards of its units, the turns holding the
 * most of it, the first `CANDIDATES`. Pure, so the browser and the bench choose alike; the
 * caller loads the shards.
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

/**
 * Places among the first candidates kept for turns found only in other words than the reader's
 * (a translation, an alias, a Chinese query's English), where such turns exist: in a library
 * with an interview and its translation, the turns saying the reader's own word may be more
 * than the first candidates, and the other language's turns must still be found.
 */
export const OTHER_WORDS = 4;

/** A form to look for: its units, how much holding all of them says (1: the form is there), and whether it is the reader's own words. */
export interface LookupForm {
  units: string[];
  weight: number;
  own: boolean;
}

/** A group: one thing to find, in any of its forms. */
export type LookupGroup = LookupForm[];

/** A reading of the query: the things to find, all of which it asks. */
export type LookupReading = LookupGroup[];

/**
 * What a reader's English word's letters say where its whole-word unit is not held: the word
 * glued to another (gpt4 for "GPT 4"), or letters that meet across words by chance — less
 * than a turn holding the word, or its translation, whole.
 */
const LETTERS_ONLY = 0.5;

/**
 * The query's readings, each the things it asks: a quote, in its forms (with an interview's own
 * spellings); or a keyword query's words, each in its forms (the whole said at once is all of
 * them, not one more thing: counting it too let a turn holding part of an English word's letters
 * twice outweigh one holding its Chinese translation); and a Chinese query's English words. A
 * turn is as good as its best reading, so a reading of many words does not outweigh one of few.
 */
export function lookupReadings(query: ParsedQuery): LookupReading[] {
  const keywords = query.body.parts.length > 0;
  const wholes = keywords ? [] : [...query.variants, ...query.body.variants];
  const readings: LookupReading[] = [];
  const quote = [...new Set([...wholes, ...query.scoped.map((s) => s.variant)])];
  if (quote.length > 0) readings.push([formsOf(quote, true)]);
  // The quote in the text's English (`spoken`), for Chinese turns that say its words so.
  if (!keywords && query.body.spoken) readings.push([formsOf(query.body.spoken.variants, false)]);
  for (const parts of query.body.parts) readings.push(parts.map(partForms));
  // A keyword query translated whole (small car → 小车, with 小 only beside 车): a turn holding
  // that phrase holds all the query asks, though it holds no one word's own translation.
  const translated = keywords
    ? query.body.variants.filter((v) => HAN.test(v) && !query.body.parts.flat().some((p) => p.alternatives.includes(v)))
    : [];
  if (translated.length > 0) readings.push([formsOf(translated, false)]);
  // Each English word counts for the share of the query's Han characters it reads, as the
  // ranking counts it: 操作 alone of 是我最爱的操作码 is a quarter of the query, not all of it.
  const english = query.body.english;
  if (english && english.words.length > 0) {
    const scale = (w: QueryPart) => (english.words.length * [...w.text].length) / english.length;
    readings.push(english.words.map((w) => formsOf(w.alternatives, false).map((f) => ({ ...f, weight: f.weight * scale(w) }))));
  }
  return readings;
}

const HAN = /\p{Script=Han}/u;

/**
 * How much less each form in other words says than the one before it: translations come
 * closest first (probability: 概率 before 可能), and among many turns holding some translation
 * the closest should be looked at first.
 */
const FARTHER = 0.01;

const formsOf = (alternatives: readonly string[], own: boolean): LookupForm[] =>
  alternatives
    .map((a, i) => ({ units: lookupUnits(a), weight: own ? 1 : 1 - FARTHER * Math.min(i, 50), own }))
    .filter((f) => f.units.length > 0);

/**
 * A keyword's forms: its own (as typed, a Latin word in its other forms too), then the others
 * (aliases, translations). A Latin word typed alone is also looked up as a whole word, its
 * letters then counting less.
 */
function partForms(part: QueryPart): LookupForm[] {
  const typed = symbolsOf(part.text);
  const latin = typed.length === 1 && weight(typed[0]!) === 2;
  const own = new Set(latin ? wordForms(typed[0]!.text) : [part.alternatives[0]]);
  const mine = part.alternatives.filter((a) => own.has(a));
  const others = part.alternatives.filter((a) => !own.has(a));
  const asTyped = latin
    ? mine.flatMap((a) => [
        { units: [wordUnit(a)], weight: 1, own: true },
        ...formsOf([a], true).map((f) => ({ ...f, weight: LETTERS_ONLY })),
      ])
    : formsOf(mine, true);
  return [...asTyped, ...formsOf(others, false)];
}

/** The shards those readings need. */
export function shardsNeeded(readings: readonly LookupReading[], shards: number): number[] {
  return shardsOfUnits(
    readings.flat(2).flatMap((f) => f.units),
    shards,
  );
}

/** The index shards these units are in, each once, in order. */
export function shardsOfUnits(units: readonly string[], shards: number): number[] {
  return [...new Set(units.map((u) => shardOf(u, shards)))].sort((a, b) => a - b);
}

/**
 * The best candidates: per reading, the share of each thing's best form a turn holds (times
 * what the form's units say), averaged over the things; a turn's best reading counts, and among
 * equals the one holding more in the reader's own words. Of the first `CANDIDATES`,
 * `OTHER_WORDS` go to the best turns found only in other words, where they would not be there
 * otherwise. `rest`: the turns tied with the best beyond, in order. Only turns `within` these
 * ranges of turn numbers, if given.
 */
export function pickCandidates(
  readings: readonly LookupReading[],
  postings: (unit: string) => readonly number[],
  within?: readonly [number, number][],
): { numbers: number[]; rest: number[] } {
  const any = new Map<number, number>();
  const own = new Map<number, number>();
  // Where a speaker named in the query spoke (`SpeakerFilter.within`): on a site of many
  // interviews, everyone else's turns would fill the candidates.
  const spoken = within
    ? (unit: string) => postings(unit).filter((n) => within.some(([first, last]) => n >= first && n <= last))
    : postings;
  for (const reading of readings) {
    const scores = readingScores(reading, spoken);
    for (const [n, score] of scores.any) raise(any, n, score);
    for (const [n, score] of scores.own) raise(own, n, score);
  }
  // Among equals, turns in the reader's own words first: what they typed, as they typed it.
  const byScore = (a: [number, number], b: [number, number]) => b[1] - a[1] || (own.get(b[0]) ?? 0) - (own.get(a[0]) ?? 0) || a[0] - b[0];
  const ranked = [...any].sort(byScore);
  const first = ranked.slice(0, CANDIDATES).map(([n]) => n);
  const others = ranked.filter(([n, s]) => s > (own.get(n) ?? 0) + 1e-9).map(([n]) => n);
  const missing = others
    .filter((n) => !first.includes(n))
    .slice(0, Math.max(0, OTHER_WORDS - others.filter((n) => first.includes(n)).length));
  const numbers = [...first.slice(0, CANDIDATES - missing.length), ...missing];
  const tied = ranked.findIndex(([, s]) => s < ranked[0]![1]);
  const best = tied === -1 ? ranked.length : tied;
  const rest = ranked
    .slice(0, Math.max(CANDIDATES, best))
    .map(([n]) => n)
    .filter((n) => !numbers.includes(n));
  return { numbers, rest: best > CANDIDATES ? rest : [] };
}

/**
 * Per turn, a reading's score: each thing's best form's share, averaged over the things — with
 * every form (`any`), and with the reader's own words only (`own`).
 */
function readingScores(
  reading: LookupReading,
  postings: (unit: string) => readonly number[],
): { any: Map<number, number>; own: Map<number, number> } {
  const sums = { any: new Map<number, number>(), own: new Map<number, number>() };
  for (const group of reading) {
    const best = { any: new Map<number, number>(), own: new Map<number, number>() };
    for (const form of group) {
      for (const [n, share] of formShares(form, postings)) {
        raise(best.any, n, share);
        if (form.own) raise(best.own, n, share);
      }
    }
    for (const kind of ['any', 'own'] as const) for (const [n, share] of best[kind]) sums[kind].set(n, (sums[kind].get(n) ?? 0) + share);
  }
  const average = (sum: Map<number, number>) => new Map([...sum].map(([n, total]) => [n, total / reading.length]));
  return { any: average(sums.any), own: average(sums.own) };
}

const raise = (scores: Map<number, number>, n: number, score: number) => scores.set(n, Math.max(scores.get(n) ?? 0, score));

/** Turn number → the share of a form's units it holds, times the form's weight. */
function formShares({ units, weight }: LookupForm, postings: (unit: string) => readonly number[]): Map<number, number> {
  const held = new Map<number, number>();
  for (const unit of units) for (const n of postings(unit)) held.set(n, (held.get(n) ?? 0) + 1);
  return new Map([...held].map(([n, count]) => [n, (weight * count) / units.length]));
}

/** Han characters from which a quote no turn holds closely is looked for again by its rare pairs (`rarePairs`). */
export const LOOSE_LENGTH = 10;
/** Least share of a quote's rarity a turn must hold to be shown as its likely place. */
export const LOOSE_SHARE = 0.2;
/** Most turns shown so: the reader checks a few, not a list. */
export const LOOSE_TURNS = 3;

/** Whether a query is a long quote that may be looked for again by its rare pairs: a sentence, not keywords (absent topics stay absent). */
export function looksAgain(query: ParsedQuery): boolean {
  const han = (query.body.variants[0]?.match(/\p{Script=Han}/gu) ?? []).length;
  return !query.phrase && !query.literal && han >= LOOSE_LENGTH && (query.body.parts.length === 0 || query.body.clauses === true);
}

/** The pairs of Han characters side by side in a quote, run by run (a run: Han characters between others). */
export function quotePairs(query: ParsedQuery): string[][] {
  return [...(query.body.variants[0] ?? '').matchAll(/\p{Script=Han}+/gu)].map(([run]) => {
    const chars = [...run];
    return chars.slice(1).map((char, i) => chars[i]! + char);
  });
}

/** Least share of the quote's rarity a turn must hold outside its best stretch: one rare word of a sentence is its topic, not the sentence. */
const LOOSE_BESIDE = 0.1;

/**
 * A long quote no turn holds closely enough, looked for again by its pairs of Han characters
 * (`quotePairs`), each counting as it is rare in the site (ln(turns ÷ (1 + turns holding it))): a
 * reader who remembers the idea but rewords most of it keeps its rare words (显卡, 算法, 实习) and
 * changes the common ones (就够了 for 就行了). The turns holding the largest share of the quote's
 * rarity, `LOOSE_SHARE` at least and `LOOSE_BESIDE` outside the one stretch of it they hold best
 * (自动驾驶出租车已经普及 is not said where 自动驾驶 alone is), best first, `LOOSE_TURNS` at most;
 * only turns `within` these ranges, if given.
 */
export function rarePairs(
  runs: readonly (readonly string[])[],
  postings: (unit: string) => readonly number[],
  turns: number,
  within?: readonly [number, number][],
): Map<number, number> {
  const weights = new Map(runs.flat().map((unit) => [unit, Math.max(0, Math.log(turns / (1 + postings(unit).length)))]));
  const total = [...weights.values()].reduce((sum, w) => sum + w, 0);
  if (total === 0) return new Map();
  const holding = new Map<number, Set<string>>();
  for (const unit of weights.keys())
    for (const n of postings(unit))
      if (!within || within.some(([first, last]) => n >= first && n <= last)) holding.set(n, (holding.get(n) ?? new Set()).add(unit));
  const shares: [number, number][] = [];
  for (const [n, held] of holding) {
    const counted = new Set<string>();
    let all = 0;
    let best = 0;
    for (const run of runs) {
      let stretch = 0;
      for (const unit of [...run, '']) {
        if (!held.has(unit)) {
          best = Math.max(best, stretch);
          stretch = 0;
        } else if (!counted.has(unit)) {
          counted.add(unit);
          stretch += weights.get(unit)!;
          all += weights.get(unit)!;
        }
      }
    }
    if (all / total >= LOOSE_SHARE && (all - best) / total >= LOOSE_BESIDE) shares.push([n, all / total]);
  }
  return new Map(shares.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, LOOSE_TURNS));
}
