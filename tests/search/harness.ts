/**
 * Runs the query set through the real built search in a real browser: the search page,
 * as a reader uses it. Shared by the quality test (targets) and `npm run bench` (figures).
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { fold } from '../../src/lib/fold.ts';
import type { Group } from './targets.ts';

export interface Query {
  group: Group;
  q: string;
  turns: string[];
}

export interface Outcome extends Query {
  /** Turn ids of the results, in order. */
  results: string[];
  /** Texts marked in the first result's excerpt. */
  firstMarks: string[];
  /** Milliseconds the search took in the page. */
  ms: number;
}

export function loadQueries(): { interview: string; queries: Query[] } {
  return parse(readFileSync(new URL('./queries.yaml', import.meta.url), 'utf8'));
}

/**
 * Runs every query on `/search/` in one page; also returns the bytes the first query fetched.
 * A query set is written for one interview, so only that interview's results count, as if the
 * reader had filtered by it: another interview that also says "open source" is not a miss.
 */
export async function runQueries(browser: Browser, siteUrl: string, interview: string, queries: readonly Query[]): Promise<{ outcomes: Outcome[]; firstQueryBytes: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}/search/`);
  let bytes = 0;
  let counting = true;
  page.on('requestfinished', async (request) => {
    if (!counting) return;
    const sizes = await request.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  const outcomes: Outcome[] = [];
  for (const [i, query] of queries.entries()) {
    await page.evaluate(() => performance.clearMeasures('tanlu:search'));
    await page.fill('#search-q', query.q);
    await page.locator('#search-q').press('Enter');
    await page.waitForFunction(() => performance.getEntriesByName('tanlu:search').length > 0);
    if (i === 0) {
      await page.waitForLoadState('networkidle');
      counting = false;
    }
    outcomes.push({
      ...query,
      ...(await page.evaluate((prefix) => {
        const hits = [...document.querySelectorAll<HTMLAnchorElement>('#search-results li')].filter((li) => new URL(li.querySelector<HTMLAnchorElement>('a.hit-link')!.href).pathname.startsWith(prefix));
        return {
          results: hits.map((li) => new URL(li.querySelector<HTMLAnchorElement>('a.hit-link')!.href).hash.slice(1)),
          firstMarks: [...(hits[0]?.querySelectorAll('mark') ?? [])].map((m) => m.textContent ?? ''),
          ms: performance.getEntriesByName('tanlu:search')[0]!.duration,
        };
      }, `/${interview}/`)),
    });
  }
  await context.close();
  return { outcomes, firstQueryBytes: bytes };
}

/** Per-group figures. */
export interface GroupScore {
  group: Group;
  count: number;
  recallAt1: number;
  recallAt5: number;
  /** Share of queries whose first excerpt marks the matched words (verbatim: the whole quote). */
  excerptAt1: number;
  /** Share of queries with no results (the target for absent phrases). */
  empty: number;
}

export function score(outcomes: readonly Outcome[]): GroupScore[] {
  const groups = [...new Set(outcomes.map((o) => o.group))];
  return groups.map((group) => {
    const mine = outcomes.filter((o) => o.group === group);
    const share = (test: (o: Outcome) => boolean) => mine.filter(test).length / mine.length;
    return {
      group,
      count: mine.length,
      recallAt1: share((o) => (o.turns.length === 0 ? o.results.length === 0 : o.turns.includes(o.results[0]!))),
      recallAt5: share((o) => (o.turns.length === 0 ? o.results.length === 0 : o.results.slice(0, 5).some((r) => o.turns.includes(r)))),
      excerptAt1: share((o) => excerptShowsMatch(o)),
      empty: share((o) => o.results.length === 0),
    };
  });
}

function excerptShowsMatch(o: Outcome): boolean {
  if (o.turns.length === 0) return o.results.length === 0;
  if (o.firstMarks.length === 0) return false;
  if (o.group !== 'verbatim') return true;
  return o.firstMarks.some((mark) => fold(mark).includes(fold(o.q)));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
