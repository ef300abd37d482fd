import { describe, expect, test } from 'vitest';
import { assignTurnIds } from '../../scripts/lib/assign-ids.ts';
import type { Turn } from '../../scripts/lib/model.ts';
import { seed } from '../support/seed.ts';

const turns = seed.transcript.turns;
const reindex = (list: Turn[]) => list.map((t, index) => ({ ...t, index }));

describe('turn ids', () => {
  test('are short, URL-safe and unique', () => {
    const ids = assignTurnIds(turns);
    for (const id of ids) expect(id).toMatch(/^t-[0-9a-z]{4,}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('are the same on every run (derived from content)', () => {
    expect(assignTurnIds(turns)).toEqual(assignTurnIds(structuredClone(turns)));
  });

  test('editing one turn changes only that turn’s id', () => {
    const before = assignTurnIds(turns);
    const edited = turns.map((t, i) => (i === 10 ? { ...t, paragraphs: [`${t.paragraphs[0]}（补充）`, ...t.paragraphs.slice(1)] } : t));
    const after = assignTurnIds(edited);
    expect(after.filter((id, i) => id !== before[i])).toEqual([after[10]]);
  });

  test('inserting or deleting a turn moves no other anchor', () => {
    const before = assignTurnIds(turns);
    const inserted: Turn = { index: 0, speaker: '观众', paragraphs: ['我也想问一个问题。'], line: 1 };
    const withInsert = assignTurnIds(reindex([...turns.slice(0, 7), inserted, ...turns.slice(7)]));
    expect(withInsert.filter((id) => !before.includes(id))).toHaveLength(1);
    const withDelete = assignTurnIds(reindex(turns.filter((_, i) => i !== 3)));
    expect(withDelete).toEqual(before.filter((_, i) => i !== 3));
  });

  test('ignore a change of white space, width or case in the text', () => {
    const respelled = turns.map((t) => ({ ...t, paragraphs: t.paragraphs.map((p) => p.replace(/,/g, '，').replace(/GPT/g, 'gpt')) }));
    expect(assignTurnIds(respelled)).toEqual(assignTurnIds(turns));
  });

  test('identical repeated turns each get their own id', () => {
    const same: Turn = { index: 0, speaker: '甲', paragraphs: ['对。'], line: 1 };
    const ids = assignTurnIds(reindex([same, { ...same, line: 2 }, { ...same, line: 3 }]));
    expect(ids[1]).toBe(`${ids[0]}-2`);
    expect(ids[2]).toBe(`${ids[0]}-3`);
  });
});
