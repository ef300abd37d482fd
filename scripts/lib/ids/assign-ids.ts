/**
 * Gives every turn its permalink id, keeping the ids already published (the lock file):
 *
 * 1. a turn whose speaker and folded text are unchanged keeps its id;
 * 2. a corrected turn (typo fixed, mask filled, punctuation changed) keeps its id: the most
 *    similar unclaimed old turn of the same speaker, if similar enough; a turn that merges
 *    old turns keeps the first one's id, and the first part of a split turn keeps its id;
 * 3. a new turn gets a new content-derived id, never one used before;
 * 4. an old turn left unclaimed retires: its id leads to the turn it was merged into, or to
 *    the nearest turn that survived. Retired ids stay retired, following later moves.
 *
 * Pure: takes the turns and the previous lock, returns the ids and the next lock.
 */
import { fold } from '../../../src/lib/fold.ts';
import type { Turn } from '../model.ts';
import { contentId } from './content-id.ts';
import type { IdLock, RetiredId } from './lock.ts';
import { containment, similarity } from './similarity.ts';

/** Least similarity for a changed turn to keep its id. */
export const SAME_TURN = 0.8;
/** Least share of an old turn found in a new one for the old turn to count as merged into it. */
export const MERGED = 0.6;
/** Share of one text inside another for a merge or split to keep the id. */
const WHOLLY = 0.9;
/** Shortest folded text (characters) that counts in a merge or split: a short reply proves nothing. */
const MIN_CONTAINED = 10;

export interface IdAssignment {
  /** Ids in turn order. */
  ids: string[];
  lock: IdLock;
}

const textOf = (turn: Turn) => turn.paragraphs.join('\n');

export function assignTurnIds(turns: readonly Turn[], previous: IdLock = { turns: [], retired: [] }): IdAssignment {
  const old = previous.turns;
  const claimedBy = new Map<number, number>(); // old index → new index
  const ids: (string | undefined)[] = turns.map(() => undefined);

  // 1. Unchanged turns, in order (identical repeats pair up in order too).
  turns.forEach((turn, n) => {
    const folded = fold(textOf(turn));
    const o = old.findIndex((t, i) => !claimedBy.has(i) && t.speaker === turn.speaker && fold(t.text) === folded);
    if (o !== -1) claim(o, n);
  });

  // 2. Corrected turns: the most similar pairs first.
  const candidates: { o: number; n: number; score: number }[] = [];
  turns.forEach((turn, n) => {
    if (ids[n]) return;
    old.forEach((t, o) => {
      if (claimedBy.has(o) || t.speaker !== turn.speaker) return;
      const score = similarity(t.text, textOf(turn));
      if (score >= SAME_TURN) candidates.push({ o, n, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || Math.abs(a.o - a.n) - Math.abs(b.o - b.n));
  for (const { o, n } of candidates) if (!claimedBy.has(o) && !ids[n]) claim(o, n);

  // 2b. Merges and splits: an old turn wholly inside a new one, or a new one wholly inside an old one.
  turns.forEach((turn, n) => {
    if (ids[n]) return;
    const text = textOf(turn);
    const o = old.findIndex(
      (t, i) =>
        !claimedBy.has(i) &&
        t.speaker === turn.speaker &&
        Math.min(fold(t.text).length, fold(text).length) >= MIN_CONTAINED &&
        (containment(t.text, text) >= WHOLLY || containment(text, t.text) >= WHOLLY),
    );
    if (o !== -1) claim(o, n);
  });

  // 3. New turns: fresh ids, never one published before.
  const taken = new Set([...old.map((t) => t.id), ...previous.retired.map((r) => r.id), ...ids.filter((id): id is string => !!id)]);
  const repeats = new Map<string, string>(); // content key → first fresh id, for identical new turns
  turns.forEach((turn, n) => {
    if (ids[n]) return;
    const key = `${turn.speaker}\n${fold(textOf(turn))}`;
    const first = repeats.get(key);
    let id = first ? `${first}-2` : contentId(turn.speaker, textOf(turn), taken);
    for (let k = 3; taken.has(id); k++) id = `${first}-${k}`;
    if (!first) repeats.set(key, id);
    taken.add(id);
    ids[n] = id;
  });

  // 4. Old turns nobody claimed retire.
  const live = ids as string[];
  const newlyRetired: RetiredId[] = [];
  old.forEach((t, o) => {
    if (claimedBy.has(o)) return;
    const merged = bestContainer(t, turns);
    const to = merged !== undefined ? live[merged]! : nearestSurvivor(o, old.length, claimedBy, live);
    if (to) newlyRetired.push({ id: t.id, to, reason: merged !== undefined ? 'merged' : 'removed', speaker: t.speaker, text: t.text });
  });
  const liveIds = new Set(live);
  const nextOf = new Map([...previous.retired, ...newlyRetired].map((r) => [r.id, r.to]));
  const resolve = (id: string): string | undefined => {
    const seen = new Set<string>();
    while (!liveIds.has(id) && nextOf.has(id) && !seen.has(id)) {
      seen.add(id);
      id = nextOf.get(id)!;
    }
    return liveIds.has(id) ? id : live[0];
  };
  const retired = [...previous.retired.filter((r) => !liveIds.has(r.id)), ...newlyRetired].map((r) => ({ ...r, to: resolve(r.to)! }));

  return {
    ids: live,
    lock: { turns: turns.map((turn, n) => ({ id: live[n]!, speaker: turn.speaker, text: textOf(turn) })), retired },
  };

  function claim(o: number, n: number): void {
    claimedBy.set(o, n);
    ids[n] = old[o]!.id;
  }
}

/** The new turn of the same speaker that holds most of an old turn's words, if it holds enough. */
function bestContainer(old: IdLock['turns'][number], turns: readonly Turn[]): number | undefined {
  let best: { n: number; score: number } | undefined;
  turns.forEach((turn, n) => {
    if (turn.speaker !== old.speaker) return;
    const score = containment(old.text, textOf(turn));
    if (score >= MERGED && (!best || score > best.score)) best = { n, score };
  });
  return best?.n;
}

/** The id now held by the closest old turn that survived: the next one, else the one before. */
function nearestSurvivor(o: number, count: number, claimedBy: ReadonlyMap<number, number>, live: readonly string[]): string | undefined {
  for (let d = 1; d < count; d++) {
    for (const i of [o + d, o - d]) {
      const n = claimedBy.get(i);
      if (n !== undefined) return live[n];
    }
  }
  return live[0];
}
