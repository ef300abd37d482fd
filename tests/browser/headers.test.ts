/**
 * `npm start`'s server (scripts/lib/serve-static.ts) serves the built site with the headers of
 * its `_headers` file: the CSP as a real header, so no other site can frame a page, and the
 * caching a static host would apply. The site works under that CSP.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { serveStatic, type StaticSite } from '../../scripts/lib/serve-static.ts';
import { browserAvailable, launchChromium } from '../../scripts/lib/dev/browser.ts';
import { seed } from '../support/seed.ts';

const siteDir = inject('siteDir');
const available = browserAvailable();
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(siteDir);
  if (available) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the site as npm start serves it', () => {
  test('pages carry the CSP with frame-ancestors, nosniff and a referrer policy, and revalidate', async () => {
    for (const path of ['/', `/${seed.slug}/`, '/no-such-page/']) {
      const response = await fetch(`${site.url}${path}`);
      expect(response.status, path).toBe(path === '/no-such-page/' ? 404 : 200);
      expect(response.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  test('a malformed address is answered 400, and the server keeps serving', async () => {
    expect((await fetch(`${site.url}/%E0%A4`)).status).toBe(400);
    expect((await fetch(`${site.url}/`)).status).toBe(200);
  });

  test('a folder named without its slash is redirected to it, keeping the query', async () => {
    const response = await fetch(`${site.url}/about?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/about/?x=1');
  });

  test('hashed bundles are cached for good; the search data revalidates', async () => {
    const home = await (await fetch(`${site.url}/`)).text();
    const bundle = /(\/_astro\/[^"]+\.(?:js|css))"/.exec(home)![1]!;
    expect((await fetch(`${site.url}${bundle}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const manifest = await fetch(`${site.url}/search/manifest.json`);
    expect(manifest.headers.get('content-type')).toMatch(/^application\/json/);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
  });
});

describe.skipIf(!available)('the CSP header in a real browser', () => {
  test('search works under it, with no violation', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    const words = seed.transcript.turns[19]!.paragraphs.join('').slice(5, 17);
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(words)}`);
    await expect.poll(() => page.locator('#search-results li').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('another site cannot frame a page', async () => {
    const page = await browser.newPage();
    // 127.0.0.1 and localhost are different origins.
    const framing = site.url.replace('127.0.0.1', 'localhost');
    await page.route(`${framing}/framer.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<iframe src="${site.url}/"></iframe>` }),
    );
    await page.goto(`${framing}/framer.html`);
    const frame = page.frames()[1]!;
    await expect.poll(() => frame.evaluate(() => document.title).catch(() => '(blocked)')).not.toMatch(/谈录/);
    await page.close();
  });
});
