import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { browserAvailable, launchChromium } from '../support/browser.ts';
import { seed } from '../support/seed.ts';

const siteUrl = inject('siteUrl');
const available = browserAvailable();
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!available) return;
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** A distinctive stretch of an answer: a whole clause from the middle of a long turn. */
function quoteFrom(turnIndex: number): { quote: string; id: string } {
  const paragraph = seed.transcript.turns[turnIndex]!.paragraphs.join('');
  const clauses = paragraph.split(/[,，。?？!！]/u).filter((c) => !c.includes('*'));
  const quote = clauses.reduce((a, b) => (b.length > a.length ? b : a));
  return { quote, id: seed.ids[turnIndex]! };
}

describe.skipIf(!available)('search in a real browser', () => {
  test('the real Pagefind bundle returns turns, with speaker and theme as filters', async () => {
    await page.goto(`${siteUrl}/search/`);
    // A string, not a function: Vitest would rewrite a function's import() for Node.
    const found: { url: string; key: string; speaker: string[] }[] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search('英伟达', { filters: { speaker: '周鸿祎' } });
      const data = await Promise.all(search.results.map((r) => r.data()));
      return data.map((d) => ({ url: d.url, key: d.meta.key, speaker: d.filters.speaker }));
    })()`);
    expect(found.length).toBeGreaterThan(0);
    for (const hit of found) {
      expect(hit.url).toMatch(/^\/[a-z0-9-]+\/[a-z0-9-]+\/#t-[0-9a-z]+$/);
      expect(hit.key).toBe(`${seed.slug}/${hit.url.split('#')[1]}`);
      expect(hit.speaker).toEqual(['周鸿祎']);
    }
  });

  test.each([5, 19, 45])('a quote from turn %i, searched and opened, lands on that turn with the words highlighted', async (turnIndex) => {
    const { quote, id } = quoteFrom(turnIndex);
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(quote)}`);
    const first = page.locator('.search-hit a').first();
    await first.waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe(quote);
    await first.click();
    await page.waitForURL(/#t-/);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    const turn = page.locator(`#${id}`);
    await expect.poll(() => turn.locator('mark.search-mark').allTextContents()).toEqual([quote]);
    const box = (await turn.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(page.viewportSize()!.height);
  });
});
