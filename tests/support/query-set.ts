/**
 * A query set through the real built search in Chromium, for the search-quality suites: one run
 * per test file (in `beforeAll`), then one test per group that fails when the group misses a
 * target, printing the misses. Speed is not asserted (shared machines): `npm run bench` prints it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { browserAvailable, launchChromium } from '../../scripts/lib/dev/browser.ts';
import { missesAt1, runQueries, score, type GroupScore, type Outcome, type Query } from '../../scripts/lib/dev/search-harness.ts';

/** What a run gives the tests, filled in `beforeAll` (empty when no browser is available). */
export interface QuerySetRun {
  available: boolean;
  browser: Browser;
  outcomes: Outcome[];
  scores: GroupScore[];
}

/** Registers the run of `queries` (and closing the browser after the file's tests). */
export function runQuerySet(queries: readonly Query[], timeout: number): QuerySetRun {
  const run = { available: browserAvailable(), outcomes: [], scores: [] } as unknown as QuerySetRun;
  beforeAll(async () => {
    if (!run.available) return;
    run.browser = await launchChromium();
    ({ outcomes: run.outcomes } = await runQueries(run.browser, inject('siteUrl'), queries));
    run.scores = score(run.outcomes);
  }, timeout);
  afterAll(async () => {
    await run.browser?.close();
  });
  return run;
}

/** One test per group: every metric at or above its target. */
export function describeTargets(
  title: string,
  run: QuerySetRun,
  targets: Readonly<Record<string, Readonly<Record<string, number>>>>,
): void {
  describe.skipIf(!run.available)(title, () => {
    test.each(Object.entries(targets))('%s reaches its targets', (group, metrics) => {
      const figures = run.scores.find((s) => s.group === group)!;
      const failures = missesAt1(run.outcomes, group);
      for (const [metric, target] of Object.entries(metrics)) {
        expect(figures[metric as keyof GroupScore], `${group} ${metric}; misses at 1:\n${failures.join('\n')}`).toBeGreaterThanOrEqual(
          target,
        );
      }
    });
  });
}
