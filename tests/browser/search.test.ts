import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { browserAvailable, launchChromium } from '../../scripts/lib/dev/browser.ts';
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
      const pagefind = await import('/pagefind/zh-cn/pagefind.js');
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
    // Scrolling may be smooth: wait until the marked words have come to rest in view.
    const height = page.viewportSize()!.height;
    await expect
      .poll(async () => {
        const box = (await turn.locator('mark.search-mark').first().boundingBox())!;
        return box.y >= 0 && box.y + box.height <= height;
      })
      .toBe(true);
  });

  test('a quote a turn holds is answered without loading Pagefind; misremembered, it asks Pagefind and still lands on the turn', async () => {
    const { quote, id } = quoteFrom(19);
    const context = await browser.newContext();
    const cold = await context.newPage();
    const fetched: string[] = [];
    cold.on('request', (request) => void fetched.push(new URL(request.url()).pathname));
    const firstHitOf = async (q: string) => {
      await cold.goto(`${siteUrl}/search/?q=${encodeURIComponent(q)}`);
      await expect.poll(() => cold.locator('#search-results').getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
      return new URL((await cold.locator('.search-hit a').first().getAttribute('href'))!, siteUrl).hash;
    };
    expect(await firstHitOf(quote)).toBe(`#${id}`);
    expect(fetched.some((path) => path.startsWith('/search/turns/'))).toBe(true);
    expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    // One character more: no turn holds it as typed.
    expect(await firstHitOf(`${quote.slice(0, 5)}了${quote.slice(5)}`)).toBe(`#${id}`);
    expect(fetched.some((path) => path.startsWith('/pagefind/zh-cn/'))).toBe(true);
    await context.close();
  });

  test('a quote across a ** mask is highlighted as one phrase on arrival, and can be cleared', async () => {
    const turnIndex = seed.transcript.turns.findIndex((t) => t.paragraphs.some((p) => /\S\*\*\S/.test(p)));
    const paragraph = seed.transcript.turns[turnIndex]!.paragraphs.find((p) => /\S\*\*\S/.test(p))!;
    const at = paragraph.indexOf('**');
    const quote = paragraph.slice(Math.max(0, at - 4), at + 8);
    const id = seed.ids[turnIndex]!;
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(quote)}`);
    await page.locator('.search-hit a').first().click();
    await page.waitForURL(new RegExp(`#${id}$`));
    const marks = page.locator(`#${id} mark.search-mark`);
    await expect.poll(async () => (await marks.allTextContents()).join('')).toBe(quote);
    expect(await page.locator(`#${id} .mask mark.search-mark, #${id} mark.search-mark .mask`).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '清除高亮' }).click();
    expect(await marks.count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('hl')).toBe(false);
    expect(await page.locator(`#${id} .turn-text`).textContent()).toContain(paragraph.replace(/\n/g, ''));
  });

  test('the header search: / focuses it, results appear as quotes, ↓ and Enter open one, Esc closes', async () => {
    await page.goto(`${siteUrl}/${seed.slug}/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('汤姆汉克斯');
    const panel = page.locator('#site-search-panel');
    await panel.locator('.search-hit').first().waitFor();
    expect(await panel.locator('[role="status"]').textContent()).toMatch(/1 段原话/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await panel.isHidden()).toBe(true);
    await page.keyboard.type('Tom Hanks');
    // The list for the whole query, not for a prefix searched while typing ("Tom Ha"), which it then replaces.
    await expect.poll(() => panel.locator('[role="status"]').textContent()).toContain('Tom Hanks');
    await panel.locator('.search-hit').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#t-/);
    const id = new URL(page.url()).hash.slice(1);
    expect(seed.transcript.turns[seed.ids.indexOf(id)]!.paragraphs.join('')).toContain('汤姆·汉克斯');
    expect(await page.locator(`#${id} mark.search-mark`).first().textContent()).toBe('汤姆·汉克斯');
  });

  test('the header’s “all results” link, hidden until there are more hits than it shows, counts them in the page’s language, as its status does', async () => {
    for (const [path, label, said] of [
      // "AI" is said in more turns than a query verifies at first (the podcast is Practical AI): counted "16+".
      [`/${seed.slug}/`, /^查看全部 \d+\+? 段$/, /^“AI”：\d+\+? 段原话，这里列出前 6 段$/],
      ['/practical-ai-225/', /^See all \d+\+? results$/, /^“AI”: \d+\+? results, the first 6 listed here$/],
    ] as const) {
      await page.goto(`${siteUrl}${path}`);
      const more = page.locator('#site-search-panel .search-more');
      expect(await more.getAttribute('href')).toBe('/search/'); // crawlable before any search
      await page.locator('#site-search-q').fill('AI');
      await more.waitFor();
      expect(await more.textContent()).toMatch(label);
      expect(await more.getAttribute('href')).toBe('/search/?q=AI');
      expect(await page.locator('#site-search-panel [role="status"]').textContent()).toMatch(said);
    }
  });

  test('a keyword said in more turns than a query verifies at first says so, and “more” brings every one of them', async () => {
    const saying = seed.transcript.turns.flatMap((t, i) => (t.paragraphs.join('').includes('大模型') ? [seed.ids[i]!] : []));
    expect(saying.length).toBeGreaterThan(16);
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('大模型')}`);
    await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
    const exact = () =>
      page.locator('.search-hit[data-kind="exact"] a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    expect((await exact()).length).toBeLessThan(saying.length);
    expect(await page.locator('#search-status').textContent()).toMatch(/：\d+\+ 段原话/u);
    const more = page.locator('#search-more');
    while (await more.isVisible()) {
      await more.click();
      await page.locator('#search-results[aria-busy="false"]').waitFor({ state: 'attached' });
    }
    expect((await exact()).sort()).toEqual([...saying].sort());
    expect(await page.locator('#search-status').textContent()).toMatch(/：\d+ 段原话$/u);
  });

  test('the search page keeps ?q= in sync, filters by speaker, and says when nothing matches', async () => {
    await page.goto(`${siteUrl}/search/`);
    await page.fill('#search-q', '开源');
    await page.locator('#search-q').press('Enter');
    await page.locator('.search-hit').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('开源');
    const all = await page.locator('.search-hit').count();
    await page.getByRole('checkbox', { name: /骆轶航/ }).check();
    const shown = await page.locator('.search-hit:not([hidden])').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    for (const item of await page.locator('.search-hit:not([hidden])').all())
      expect(await item.getAttribute('data-speaker')).toBe('骆轶航');
    expect(await page.locator('#search-status').textContent()).toContain(`筛选后显示 ${shown} 段`);
    // Each hit in its interview's language, set in its fonts: an English answer on this Chinese page is lang="en".
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('open source')}`);
    await page.locator('.search-hit[data-interview="practical-ai-225"]').first().waitFor();
    expect(await page.locator('.search-hit[data-interview="practical-ai-225"] .hit-excerpt').first().getAttribute('lang')).toBe('en');
    expect(await page.locator('.search-hit[data-interview="zhou-hongyi-2023-05-31"] .hit-excerpt').first().getAttribute('lang')).toMatch(
      /^zh/,
    );
    await page.fill('#search-q', '量子计算机的未来');
    await page.locator('#search-q').press('Enter');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^没有找到/);
    expect(await page.locator('.search-hit').count()).toBe(0);
  });
});
