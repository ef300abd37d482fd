/**
 * Runs the query set through the real built search in a real browser: the search page,
 * as a reader uses it. Shared by the quality test (targets) and `npm run bench` (figures).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { fold } from '../../../src/lib/fold.ts';
import { GENERATED_DIR } from '../../../src/schemas/generated.ts';
import type { Group } from './search-targets.ts';

export interface Query {
  /** The interview the query is about: only its results count. */
  interview: string;
  group: Group;
  q: string;
  /** Turn keys (`interview/turn-id`) that count as a hit; empty: no results is right. */
  turns: string[];
}

export interface Outcome extends Query {
  /** Turn keys (`interview/turn-id`) of the results, in order. */
  results: string[];
  /** Texts marked in the first result's excerpt. */
  firstMarks: string[];
  /** Milliseconds the search took in the page. */
  ms: number;
}

interface QueryFile {
  /** The verbatim set (`queries.yaml`): one interview. */
  interview?: string;
  queries?: Query[];
  /** The remembered set (`remembered.yaml`): queries per interview. */
  interviews?: { slug: string; queries: Query[] }[];
}

const read = (name: string): QueryFile => parse(readFileSync(new URL(`../../../tests/search/${name}`, import.meta.url), 'utf8'));
const readPath = (path: string): QueryFile => parse(readFileSync(path, 'utf8'));
const keyed = (slug: string, queries: readonly Query[]): Query[] =>
  queries.map((q) => ({ ...q, interview: slug, turns: q.turns.map((id) => `${slug}/${id}`) }));

/** The first query set: quotes as they stand, keywords, variants, aliases, absent phrases (one interview). */
export function loadQueries(): { interview: string; queries: Query[] } {
  const file = read('./queries.yaml');
  return { interview: file.interview!, queries: keyed(file.interview!, file.queries!) };
}

/** The remembered set: quotes and topics as readers remember them, per interview. */
export function loadRemembered(): { interviews: string[]; queries: Query[] } {
  return interviewQueries(read('./remembered.yaml'));
}

/**
 * A query set in the remembered set's shape from anywhere, e.g. a held-out set kept outside the
 * repo (`npm run bench -- --queries <file>`), so targets are measured on queries the code never saw.
 */
export function loadQueryFile(path: string): { interviews: string[]; queries: Query[] } {
  const { interviews, queries } = interviewQueries(readPath(path));
  return { interviews, queries: queries.map((q) => ({ ...q, turns: q.turns.map(movedTo) })) };
}

/**
 * A turn as it is now: a set written before a re-ingest may name a turn since merged into
 * another (a misspelt label read as its speaker's), which counts as that one, as its old links
 * lead there (the id lock's `retired`).
 */
function movedTo(key: string): string {
  const [slug, id] = key.split('/') as [string, string];
  const record = join(GENERATED_DIR, slug, 'interview.json');
  if (!existsSync(record)) return key;
  const { retired } = JSON.parse(readFileSync(record, 'utf8')) as { retired?: { id: string; to: string }[] };
  const to = retired?.find((r) => r.id === id)?.to;
  return to ? `${slug}/${to}` : key;
}

function interviewQueries(file: QueryFile): { interviews: string[]; queries: Query[] } {
  return { interviews: file.interviews!.map((i) => i.slug), queries: file.interviews!.flatMap((i) => keyed(i.slug, i.queries)) };
}

/**
 * Runs every query on `/search/` in one page; also returns the bytes the first query fetched.
 * A query is written for one interview, so only that interview's results count, as if the
 * reader had filtered by it: another interview that also says "open source" is not a miss.
 */
export async function runQueries(
  browser: Browser,
  siteUrl: string,
  queries: readonly Query[],
): Promise<{ outcomes: Outcome[]; firstQueryBytes: number; firstQueryPaths: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}/search/`);
  let bytes = 0;
  let counting = true;
  const paths: string[] = [];
  page.on('requestfinished', async (request) => {
    if (!counting) return;
    paths.push(new URL(request.url()).pathname);
    const sizes = await request.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  const outcomes: Outcome[] = [];
  for (const [i, query] of queries.entries()) {
    await page.evaluate(() => performance.clearMeasures('tanlu:search'));
    await page.fill('#search-q', query.q);
    await page.locator('#search-q').press('Enter');
    // The results shown for this query (a slower, older search cannot answer for it).
    await page.waitForFunction(
      (q) => performance.getEntriesByName('tanlu:search').some((e) => (e as PerformanceMeasure).detail === q),
      query.q.trim(),
    );
    if (i === 0) {
      await page.waitForLoadState('networkidle');
      counting = false;
    }
    outcomes.push({
      ...query,
      ...(await page.evaluate((prefix) => {
        const hits = [...document.querySelectorAll<HTMLElement>('#search-results li.search-hit')].filter((li) =>
          li.dataset.key!.startsWith(prefix),
        );
        return {
          results: hits.map((li) => li.dataset.key!),
          firstMarks: [...(hits[0]?.querySelectorAll('mark') ?? [])].map((m) => m.textContent ?? ''),
          ms: performance.getEntriesByName('tanlu:search').at(-1)!.duration,
        };
      }, `${query.interview}/`)),
    });
  }
  await context.close();
  return { outcomes, firstQueryBytes: bytes, firstQueryPaths: paths };
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

/** The queries of a group whose first result is wrong, as lines a failing test can print. */
export function missesAt1(outcomes: readonly Outcome[], group: string): string[] {
  return outcomes
    .filter((o) => o.group === group)
    .filter((o) => (o.turns.length === 0 ? o.results.length > 0 : !o.turns.includes(o.results[0]!)))
    .map((o) => `${o.q} → ${o.results.slice(0, 3).join(', ') || 'nothing'} (want ${o.turns.join(', ') || 'nothing'})`);
}
