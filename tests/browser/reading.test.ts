/**
 * The reading experience in a real browser: no accessibility violations (axe-core) on any
 * page type in either theme, no horizontal scroll on a 360 px phone, a theme choice that
 * persists without a flash, and keyboard-only use in a sensible order.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from '../../scripts/lib/dev/axe.ts';
import { browserAvailable, launchChromium } from '../../scripts/lib/dev/browser.ts';
import { PAGE_TYPES } from '../../scripts/lib/dev/page-types.ts';

const siteUrl = inject('siteUrl');
const available = browserAvailable();
let browser: Browser;

beforeAll(async () => {
  if (available) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!available)('reading in a real browser', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test.each(Object.entries(PAGE_TYPES))(`axe finds no violation on the %s page (${scheme})`, async (_, path) => {
      // axe is injected as a script, which the site's CSP rightly refuses: bypass it for the audit only.
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${siteUrl}${path}`);
      if (path.startsWith('/search/')) await page.locator('.search-hit').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  test.each(Object.entries(PAGE_TYPES))('the %s page has no horizontal scroll on a 360 px phone', async (_, path) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${siteUrl}${path}`);
    if (path.startsWith('/search/')) await page.locator('.search-hit').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });

  test('the theme toggle is remembered across reloads, applied before the page paints', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    // Record the theme at the moment <body> first exists, before anything is painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? 'auto';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const themePage = `${siteUrl}${PAGE_TYPES.theme}`;
    await page.goto(themePage);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.getByRole('button', { name: /深浅色/ }).click(); // auto → light
    await page.getByRole('button', { name: /深浅色/ }).click(); // light → dark
    expect(await page.getByRole('button', { name: '深浅色：深色', exact: true }).count()).toBe(1);
    expect(await background()).not.toBe(light);
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    expect(await background()).not.toBe(light);
    await page.getByRole('button', { name: /深浅色/ }).click(); // dark → auto
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('auto');
    expect(await background()).toBe(light);
    await context.close();
  });

  /** Presses Tab until focus has gone round the page; returns what was focused, in order. */
  async function tabOrder(page: Page, limit = 400): Promise<string[]> {
    const seen: string[] = [];
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const here = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'body';
        return `${el.tagName.toLowerCase()}|${el.id}|${el.getAttribute('href') ?? ''}|${el.dataset.copyLink ?? el.dataset.tools ?? ''}`;
      });
      if (seen.includes(here) && here === seen[0]) break;
      seen.push(here);
    }
    return seen;
  }

  test('by keyboard alone, the home page reaches the skip link, search, then every theme', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl);
    const order = await tabOrder(page);
    const skip = order.findIndex((e) => e.endsWith('|#main|'));
    const search = order.findIndex((e) => e.startsWith('input|site-search-q'));
    const themeLinks = await page.$$eval('.theme-card h3 a, .theme-card h4 a', (as) => as.map((a) => a.getAttribute('href')));
    const themes = themeLinks.map((href) => order.findIndex((e) => e.startsWith('a|') && e.includes(`|${href}|`)));
    expect(skip).toBe(0);
    expect(search).toBeGreaterThan(skip);
    expect(themes.every((i) => i > search)).toBe(true);
    expect(themes).toEqual([...themes].sort((a, b) => a - b));
    await page.close();
  });

  test('by keyboard alone, a theme page reaches every turn’s tools, in reading order, each opening onto its copy-link control', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}${PAGE_TYPES.theme}`);
    const order = await tabOrder(page);
    const turns = await page.$$eval('article.turn', (els) => els.map((e) => e.id));
    const reached = order.filter((e) => e.startsWith('summary|') && e.split('|')[3]).map((e) => e.split('|')[3]);
    expect(reached).toEqual(turns);
    for (const id of turns) {
      await page.locator(`#${id} .turn-tools summary`).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.copyLink)).toBe(id);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.tools)).toBe(id);
      expect(await page.locator(`#${id} .turn-tools`).getAttribute('open')).toBeNull();
    }
    await page.close();
  });
});
