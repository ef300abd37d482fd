/**
 * The query set, through the real built search in Chromium, must reach every group's
 * target. Speed is not asserted here (shared machines are noisy): `npm run bench` prints it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { browserAvailable, launchChromium } from '../../scripts/lib/dev/browser.ts';
import { seed } from '../support/seed.ts';
import { loadQueries, missesAt1, runQueries, score, type GroupScore, type Outcome } from '../../scripts/lib/dev/search-harness.ts';
import { TARGETS } from '../../scripts/lib/dev/search-targets.ts';

const available = browserAvailable();
const { interview, queries } = loadQueries();
let browser: Browser;
let outcomes: Outcome[];
let scores: GroupScore[];

beforeAll(async () => {
  if (!available) return;
  browser = await launchChromium();
  ({ outcomes } = await runQueries(browser, inject('siteUrl'), queries));
  scores = score(outcomes);
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

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

describe.skipIf(!available)('quote search on the query set', () => {
  test.each(Object.entries(TARGETS))('%s reaches its targets', (group, targets) => {
    const figures = scores.find((s) => s.group === group)!;
    const failures = missesAt1(outcomes, group);
    for (const [metric, target] of Object.entries(targets)) {
      expect(figures[metric as keyof GroupScore], `${group} ${metric}; misses at 1:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(
        target as number,
      );
    }
  });
});
