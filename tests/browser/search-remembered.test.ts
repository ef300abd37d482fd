/**
 * The remembered query set (`tests/search/remembered.yaml`), through the real built search in
 * Chromium, must reach every group's target; and the search page behaves as a reader needs:
 * filters kept in the URL and undone by Back, results marked busy while a search runs, no
 * query that breaks it. Speed is not asserted here: `npm run bench` prints it.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { seed } from '../support/seed.ts';
import { describeTargets, runQuerySet } from '../support/query-set.ts';
import { loadRemembered } from '../../scripts/lib/dev/search-harness.ts';
import { REMEMBERED_TARGETS } from '../../scripts/lib/dev/search-targets.ts';

const siteUrl = inject('siteUrl');
const { interviews, queries } = loadRemembered();
const run = runQuerySet(queries, 240_000);
let page: Page;

beforeAll(async () => {
  if (run.available) page = await run.browser.newPage();
});

describe('the remembered query set', () => {
  test('has at least 120 queries in every group, each naming real turns of its interview', () => {
    expect(queries.length).toBeGreaterThanOrEqual(120);
    expect(interviews).toContain(seed.slug);
    expect(new Set(queries.map((q) => q.group))).toEqual(new Set(Object.keys(REMEMBERED_TARGETS)));
    const seedKeys = seed.ids.map((id) => `${seed.slug}/${id}`);
    for (const q of queries.filter((q) => q.turns.some((t) => t.startsWith(`${seed.slug}/`)))) {
      for (const key of q.turns) expect(seedKeys, `${q.q} → ${key}`).toContain(key);
    }
  });
});

describeTargets('search for what readers remember', run, REMEMBERED_TARGETS);

describe.skipIf(!run.available)('the search page', () => {
  test('a close match says so', async () => {
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('行业里有人喜欢吹牛')}`);
    const first = page.locator('.search-hit').first();
    await first.waitFor();
    expect(await first.getAttribute('data-kind')).toBe('partial');
    expect(await first.locator('.hit-close').textContent()).toBe('相近的说法');
  });

  test('a long quote reworded past a close match finds its likely place, and says the words differ', async () => {
    // The seed's 对知识的细节做了很多压缩,甚至是有损压缩, remembered in other words.
    const first = async (q: string) => {
      await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(q)}`);
      const hit = page.locator('.search-hit').first();
      await hit.waitFor();
      return hit;
    };
    expect(seed.ids).toContain('t-1wc7');
    const reworded = await first('模型学东西时细节都压缩掉了而且是有损的');
    expect(await reworded.getAttribute('data-kind')).toBe('loose');
    expect(await reworded.locator('.hit-close').textContent()).toBe('可能是这里（用词不同）');
    // Three characters of the quote in order (是有损) are marked, and highlighted on arrival.
    expect(await reworded.locator('a.hit-link').getAttribute('href')).toMatch(/\?hl=.+#t-1wc7$/);
    // Nothing three characters long in order: no mark, and no highlight asked of the page.
    const unmarked = await first('大模型瞎编电影是因为细节被有损地压缩了');
    expect(await unmarked.getAttribute('data-kind')).toBe('loose');
    expect(await unmarked.locator('a.hit-link').getAttribute('href')).toMatch(/^[^?]*#t-1wc7$/);
  });

  test('filters are kept in the URL by id, and Back undoes them', async () => {
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('开源')}`);
    await page.locator('.search-hit').first().waitFor();
    const all = await page.locator('.search-hit').count();
    await page.getByRole('checkbox', { name: /骆轶航/ }).check();
    expect(new URL(page.url()).searchParams.get('speaker')).toBe('骆轶航');
    const theme = page.locator('input[name="theme"]').first();
    if (await theme.count()) expect(await theme.getAttribute('value')).toMatch(new RegExp(`^${seed.slug}/[a-z0-9-]+$`));
    const shown = await page.locator('.search-hit:not([hidden])').count();
    expect(shown).toBeLessThan(all);
    await page.goBack();
    await expect.poll(() => page.locator('.search-hit:not([hidden])').count()).toBe(all);
    expect(new URL(page.url()).searchParams.get('speaker')).toBeNull();
    await page.goForward();
    await expect.poll(() => page.locator('.search-hit:not([hidden])').count()).toBe(shown);
    await page.reload();
    await expect.poll(() => page.locator('.search-hit:not([hidden])').count(), { timeout: 15_000 }).toBe(shown);
    expect(await page.getByRole('checkbox', { name: /骆轶航/ }).isChecked()).toBe(true);
  });

  test('results are aria-busy while a search runs, and not after', async () => {
    await page.goto(`${siteUrl}/search/`);
    await page.route('**/search/manifest.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.fill('#search-q', '幻觉');
    await page.locator('#search-q').press('Enter');
    await expect.poll(() => page.getAttribute('#search-results', 'aria-busy'), { timeout: 15_000 }).toBe('true');
    await expect.poll(() => page.getAttribute('#search-results', 'aria-busy'), { timeout: 15_000 }).toBe('false');
    await page.unroute('**/search/manifest.json');
  });

  test('a query ending outside the Basic Multilingual Plane, or of symbols only, never breaks the page', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const q of ['大模型𠀀', '𠀀', '👩‍💻', '——', '幻觉e\u0301']) {
      await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(q)}`);
      await expect.poll(() => page.getAttribute('#search-results', 'aria-busy'), { timeout: 15_000 }).toBe('false');
      expect(await page.locator('#search-status').textContent()).not.toBe('正在搜索…');
    }
    expect(errors).toEqual([]);
  });

  test('an empty search page shows what can be typed, with examples and the / shortcut', async () => {
    await page.goto(`${siteUrl}/search/`);
    const hints = page.locator('#search-hints');
    expect(await hints.isVisible()).toBe(true);
    expect(await hints.locator('kbd').textContent()).toBe('/');
    const example = hints.locator('a').first();
    await example.click();
    await page.locator('.search-hit').first().waitFor();
    expect(await hints.isVisible()).toBe(false);
  });
});
