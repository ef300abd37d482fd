/**
 * The query set, through the real built search in Chromium, must reach every group's
 * target. Speed is not asserted here (shared machines are noisy): `npm run bench` prints it.
 */
import { describe, expect, test } from 'vitest';
import { seed } from '../support/seed.ts';
import { describeTargets, runQuerySet } from '../support/query-set.ts';
import { loadQueries } from '../../scripts/lib/dev/search-harness.ts';
import { TARGETS } from '../../scripts/lib/dev/search-targets.ts';

const { interview, queries } = loadQueries();
const run = runQuerySet(queries, 180_000);

describe('the query set', () => {
  test('has at least 80 queries covering every group, each naming real turns', () => {
    expect(interview).toBe(seed.slug);
    expect(queries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(queries.map((q) => q.group))).toEqual(new Set(Object.keys(TARGETS)));
    for (const q of queries)
      for (const key of q.turns)
        expect(
          seed.ids.map((id) => `${seed.slug}/${id}`),
          `${q.q} → ${key}`,
        ).toContain(key);
    const verbatim = queries.filter((q) => q.group === 'verbatim');
    expect(verbatim.every((q) => [...q.q].length >= 2 && [...q.q].length <= 40)).toBe(true);
    expect(verbatim.some((q) => q.q.includes('**'))).toBe(true);
    expect(verbatim.some((q) => /[,，。!?]/.test(q.q))).toBe(true);
  });
});

describeTargets('quote search on the query set', run, TARGETS);
