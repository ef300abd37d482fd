/**
 * Size budgets, in bytes (these may be asserted; times may not): what a first visit downloads
 * before the reader does anything. JavaScript ≤ 3 KB gzip on every page type; a theme page's
 * HTML and CSS together ≤ 12 KB gzip, for every theme page of every interview.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { browserAvailable, launchChromium } from '../../scripts/lib/dev/browser.ts';
import { PAGE_TYPES, SEED } from '../../scripts/lib/dev/page-types.ts';
import { GENERATED } from '../support/paths.ts';

const siteUrl = inject('siteUrl');
const available = browserAvailable();
let browser: Browser;

const JS_BUDGET = 3 * 1024;
const THEME_PAGE_BUDGET = 12 * 1024;

/**
 * Every theme page of every interview, with the gzipped size of the words it carries: the
 * budget is for everything around the words (markup, chrome, CSS), so a theme that holds a
 * long conversation is not held to a short one's size. The seed's theme pages (the measure
 * the budget was set on) are held to it whole.
 */
const themePages = readdirSync(GENERATED, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
  .flatMap((e) => {
    const record = JSON.parse(readFileSync(join(GENERATED, e.name, 'interview.json'), 'utf8')) as {
      slug: string;
      themes: { slug: string }[];
      turns: { theme: string; paragraphs: string[] }[];
    };
    return record.themes.map((t) => {
      const words = record.turns.filter((turn) => turn.theme === t.slug).flatMap((turn) => turn.paragraphs);
      return { path: `/${record.slug}/${t.slug}/`, words: record.slug === SEED ? 0 : gzipSync(words.join('\n')).length };
    });
  });

beforeAll(async () => {
  if (available) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Gzipped bytes of each resource type a page loads before any interaction. */
async function firstVisit(path: string): Promise<Record<string, number>> {
  const page = await browser.newPage();
  const pending: Promise<void>[] = [];
  const sizes: Record<string, number> = {};
  page.on('response', (response) => {
    const type = response.request().resourceType();
    pending.push(
      response
        .body()
        .then((body) => void (sizes[type] = (sizes[type] ?? 0) + gzipSync(body).length))
        .catch(() => undefined),
    );
  });
  await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await page.close();
  return sizes;
}

describe.skipIf(!available)('size budgets', () => {
  // The search page is left out: a `?q=` address asks for a search at once, so it loads the search engine by design.
  test.each(Object.entries(PAGE_TYPES).filter(([name]) => name !== 'search'))(
    'the %s page runs at most 3 KB gzip of JavaScript before interaction',
    async (_, path) => {
      const sizes = await firstVisit(path);
      expect(sizes.script ?? 0).toBeGreaterThan(0);
      expect(sizes.script).toBeLessThanOrEqual(JS_BUDGET);
    },
  );

  test.each(themePages)(
    'the theme page $path is at most 12 KB gzip of HTML and CSS besides its words ($words bytes gzip)',
    async ({ path, words }) => {
      const sizes = await firstVisit(path);
      expect(sizes.document).toBeGreaterThan(0);
      expect((sizes.document ?? 0) + (sizes.stylesheet ?? 0) - words).toBeLessThanOrEqual(THEME_PAGE_BUDGET);
    },
  );
});
