import { describe, expect, test } from 'vitest';
import { assignTurnIds } from '../../scripts/lib/ids/assign-ids.ts';
import { parseIdLock, serializeIdLock, type IdLock } from '../../scripts/lib/ids/lock.ts';
import type { Turn } from '../../scripts/lib/model.ts';
import { buildInterview } from '../../scripts/lib/build-interview.ts';
import { SEED } from '../support/paths.ts';
import { seed, seedData, seedText } from '../support/seed.ts';

const turns = seed.transcript.turns;
const reindex = (list: Turn[]) => list.map((t, index) => ({ ...t, index }));
// Start from nothing: the published lock is what the first ingest writes.
const first = assignTurnIds(turns);
const lock: IdLock = first.lock;
const ids = first.ids;
/** Re-ingest edited turns against the published lock; what each old id leads to now. */
function reingest(edited: Turn[]) {
  const next = assignTurnIds(reindex(edited), lock);
  const live = new Set(next.ids);
  const leadsTo = (id: string) => (live.has(id) ? id : next.lock.retired.find((r) => r.id === id)?.to);
  return { ...next, leadsTo };
}
const withText = (t: Turn, paragraphs: string[]): Turn => ({ ...t, paragraphs });

describe('turn ids without a lock', () => {
  test('are short, URL-safe, unique and derived from content', () => {
    for (const id of ids) expect(id).toMatch(/^t-[0-9a-z]{4,}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(assignTurnIds(structuredClone(turns)).ids).toEqual(ids);
  });

  test('identical repeated turns each get their own id', () => {
    const same: Turn = { index: 0, speaker: '甲', paragraphs: ['对。'], line: 1 };
    const repeated = assignTurnIds(reindex([same, { ...same, line: 2 }, { ...same, line: 3 }])).ids;
    expect(repeated).toEqual([repeated[0], `${repeated[0]}-2`, `${repeated[0]}-3`]);
  });
});

describe('re-ingesting against the lock file', () => {
  test('unchanged turns keep their ids, and nothing retires', () => {
    const next = reingest([...turns]);
    expect(next.ids).toEqual(ids);
    expect(next.lock).toEqual(lock);
  });

  test('a typo fix keeps the turn’s id', () => {
    const edited = turns.map((t, i) =>
      i === 5
        ? withText(
            t,
            t.paragraphs.map((p) => p.replace(/ChaPT/g, 'ChatGPT')),
          )
        : t,
    );
    const next = reingest(edited);
    expect(next.ids).toEqual(ids);
    expect(next.lock.turns[5]!.text).toContain('ChatGPT');
    expect(next.lock.retired).toEqual([]);
  });

  test('filling a mask and normalising punctuation keep the id', () => {
    const edited = turns.map((t, i) =>
      i === 4
        ? withText(
            t,
            t.paragraphs.map((p) => p.replace('**', '精炼').replace(/,/g, '，')),
          )
        : t,
    );
    expect(reingest(edited).ids).toEqual(ids);
  });

  test('an inserted turn gets a new id; every other turn keeps its own', () => {
    const inserted: Turn = { index: 0, speaker: '观众', paragraphs: ['我也想问一个问题。'], line: 1 };
    const next = reingest([...turns.slice(0, 7), inserted, ...turns.slice(7)]);
    expect(next.ids.filter((id) => !ids.includes(id))).toHaveLength(1);
    expect(next.ids.filter((id) => ids.includes(id))).toEqual(ids);
  });

  test('a deleted turn’s id retires and leads to the nearest turn that survived', () => {
    const next = reingest(turns.filter((_, i) => i !== 3));
    expect(next.ids).toEqual(ids.filter((_, i) => i !== 3));
    expect(next.lock.retired).toEqual([expect.objectContaining({ id: ids[3], to: ids[4], reason: 'removed' })]);
    expect(next.leadsTo(ids[3]!)).toBe(ids[4]);
  });

  test('two turns merged into one: the surviving id stays, the other leads to it', () => {
    // Turns 5 and 7 are both 周鸿祎's answers; merge 7's words into 5 and drop 6 and 7.
    const merged = withText(turns[5]!, [...turns[5]!.paragraphs, ...turns[7]!.paragraphs]);
    const next = reingest([...turns.slice(0, 5), merged, ...turns.slice(8)]);
    expect(next.leadsTo(ids[5]!)).toBe(ids[5]);
    expect(next.lock.retired.find((r) => r.id === ids[7])).toMatchObject({ to: ids[5], reason: 'merged' });
    expect(next.lock.retired.find((r) => r.id === ids[6])).toMatchObject({ reason: 'removed' });
    for (const id of ids) expect(next.leadsTo(id), id).toBeDefined();
  });

  test('a turn split in two: the first part keeps the id, the second gets a new one', () => {
    const t = turns[5]!;
    const next = reingest([
      ...turns.slice(0, 5),
      withText(t, t.paragraphs.slice(0, 3)),
      withText(t, t.paragraphs.slice(3)),
      ...turns.slice(6),
    ]);
    expect(next.ids[5]).toBe(ids[5]);
    expect(ids).not.toContain(next.ids[6]);
    expect(next.lock.retired).toEqual([]);
  });

  test('reordering turns (as when themes are reordered) keeps every id', () => {
    const shuffled = [...turns.slice(20), ...turns.slice(0, 20)];
    const next = reingest(shuffled);
    expect([...next.ids].sort()).toEqual([...ids].sort());
    expect(next.lock.retired).toEqual([]);
  });

  test('reordering the themes in the data file moves no turn and changes no id', () => {
    const reordered = { ...seedData, data: { ...seedData.data, themes: [...seedData.data.themes].reverse() } };
    const rebuilt = buildInterview(seedText, SEED, reordered, seed.lock);
    expect(rebuilt.ids).toEqual(seed.ids);
    expect(rebuilt.lock).toEqual(seed.lock);
    expect(rebuilt.assignments.map((a) => a.theme)).toEqual(seed.assignments.map((a) => a.theme));
  });

  test('a retired id follows later moves, and is never given to a new turn', () => {
    const afterDelete = assignTurnIds(reindex(turns.filter((_, i) => i !== 3)), lock);
    // Now the turn it led to goes too.
    const after = assignTurnIds(reindex(turns.filter((_, i) => i !== 3 && i !== 4)), afterDelete.lock);
    const old = after.lock.retired.find((r) => r.id === ids[3])!;
    expect(after.ids).toContain(old.to);
    // The deleted turn's words come back as a new turn: a fresh id, not the retired one.
    const back = assignTurnIds(
      reindex([...turns.slice(0, 3), { ...turns[3]!, paragraphs: ['完全不同的新内容。'] }, ...turns.slice(5)]),
      after.lock,
    );
    expect(back.ids.filter((id) => id === ids[3])).toEqual([]);
  });

  test('the lock file round-trips through its YAML form', () => {
    const next = reingest(turns.filter((_, i) => i !== 3));
    expect(parseIdLock(serializeIdLock(next.lock), 'x.ids.yaml')).toEqual(next.lock);
  });

  test('a damaged lock file is an error that says how to recover', () => {
    expect(() => parseIdLock('turns: [{ id: 42 }]', 'x.ids.yaml')).toThrow(/damaged/);
  });
});
