/**
 * Published under a path (`TANLU_BASE=/tanlu/`, as on https://user.github.io/tanlu/) and with
 * no public address configured: every internal link, asset and request stays under the base,
 * search works there, and no page claims an address on a made-up host.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../../scripts/lib/dev/astro-build.ts';
import { browserAvailable, launchChromium } from '../../scripts/lib/dev/browser.ts';
import { htmlPages } from '../support/built-site.ts';
import { ROOT } from '../support/paths.ts';
import { seed } from '../support/seed.ts';
import { serveSite, type Served } from '../../scripts/lib/dev/serve.ts';

const BASE = '/tanlu/';
const scratch = mkdtempSync(join(tmpdir(), 'tanlu-base-'));
const siteDir = join(scratch, 'dist');
const available = browserAvailable();
let served: Served;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  astroBuild(siteDir, { base: BASE });
  served = await serveSite(ROOT, siteDir, BASE);
  if (available) browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Whether a URL in the site's markup points into the site (rather than elsewhere, or within the page). */
const internal = (url: string) => !/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(url);

describe('a site built with TANLU_BASE=/tanlu/ and no TANLU_SITE', () => {
  test('every internal link, asset and form of every page starts with the base', () => {
    const pages = htmlPages(siteDir);
    expect(pages.size).toBeGreaterThan(10);
    let checked = 0;
    for (const [path, html] of pages) {
      for (const element of html.querySelectorAll('[href], [src], [action]')) {
        for (const attribute of ['href', 'src', 'action']) {
          const url = element.getAttribute(attribute);
          if (url === undefined || !internal(url)) continue;
          expect(url, `${path}: <${element.tagName.toLowerCase()} ${attribute}>`).toMatch(/^\/tanlu\//);
          checked++;
        }
      }
      // The print stylesheet shows each turn's short link.
      for (const link of html.querySelectorAll('[data-short]')) expect(link.getAttribute('data-short'), path).toMatch(/^\/tanlu\//);
    }
    expect(checked).toBeGreaterThan(100);
  });

  test('the search manifest names its index bundles under the base', () => {
    // The exact-match layer's files are named by path inside the site and fetched through withBase:
    // the next test sees every search request stay under the base.
    const manifest = JSON.parse(readFileSync(join(siteDir, 'search/manifest.json'), 'utf8'));
    const urls = manifest.bundles.map((b: { path: string }) => b.path);
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(url).toMatch(/^\/tanlu\//);
  });

  test('no page names a public address: no canonical link, og:url, sitemap or JSON-LD url', () => {
    for (const [path, html] of htmlPages(siteDir)) {
      expect(html.querySelector('link[rel="canonical"]'), path).toBeNull();
      expect(html.querySelector('meta[property="og:url"]'), path).toBeNull();
      expect(html.querySelector('link[rel="sitemap"]'), path).toBeNull();
      for (const script of html.querySelectorAll('script[type="application/ld+json"]'))
        expect(JSON.parse(script.text).url, path).toBeUndefined();
      expect(html.toString(), path).not.toContain('tanlu.example');
    }
    expect(readdirSync(siteDir).filter((f) => f.startsWith('sitemap'))).toEqual([]);
    expect(readFileSync(join(siteDir, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
  });
});

describe.skipIf(!available)('the /tanlu/ site in a real browser', () => {
  /** Every request the page makes to the site, by path. */
  function requestsOf(target: Page): string[] {
    const seen: string[] = [];
    target.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === new URL(served.url).origin) seen.push(url.pathname);
    });
    return seen;
  }

  test('search answers under the base, every request stays under it, and the result lands on the turn', async () => {
    page = await browser.newPage();
    const requests = requestsOf(page);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    const turn = seed.transcript.turns.find((t) => t.paragraphs.join('').length > 60)!;
    const id = seed.ids[seed.transcript.turns.indexOf(turn)]!;
    const quote = turn.paragraphs.join('').slice(10, 24);
    await page.goto(`${served.url}${BASE}search/?q=${encodeURIComponent(quote)}`);
    const first = page.locator('#search-results li a').first();
    await expect
      .poll(() => first.getAttribute('href'), { timeout: 30_000 })
      .toMatch(new RegExp(`^/tanlu/${seed.slug}/[a-z0-9-]+/\\?hl=.*#${id}$`));
    await first.click();
    await page.waitForURL(new RegExp(`#${id}$`));
    await expect.poll(() => page.locator(`#${id} mark.search-mark`).count()).toBeGreaterThan(0);
    // A quote no turn holds as typed (one character more) is where search asks Pagefind: its bundle loads under the base too.
    await page.goto(`${served.url}${BASE}search/?q=${encodeURIComponent(`${quote.slice(0, 7)}了${quote.slice(7)}`)}`);
    await expect.poll(() => page.locator('#search-results').getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
    expect(requests.some((p) => p.includes('/pagefind/'))).toBe(true);
    expect(requests.some((p) => p.endsWith('/search/manifest.json'))).toBe(true);
    for (const path of requests) expect(path).toMatch(/^\/tanlu\//);
    expect(failed).toEqual([]);
  });

  test('copied links carry the base, on the address the page is read at', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const reader = await context.newPage();
    const id = seed.ids[1]!;
    await reader.goto(`${served.url}${BASE}${seed.slug}/transcript/`);
    await reader.locator(`#${id} .turn-tools summary`).click();
    await reader.locator(`#${id} [data-copy-link]`).click();
    await expect
      .poll(() => reader.evaluate(() => navigator.clipboard.readText()))
      .toMatch(new RegExp(`^${served.url}/tanlu/${seed.slug}/[a-z0-9-]+/#${id}$`));
    await context.close();
  });

  test('a link to a turn on a page that no longer exists is forwarded within the base', async () => {
    const id = seed.ids[2]!;
    const reader = await browser.newPage();
    const requests = requestsOf(reader);
    await reader.goto(`${served.url}${BASE}${seed.slug}/no-longer-a-theme/#${id}`);
    await reader.waitForURL(new RegExp(`/tanlu/${seed.slug}/[a-z0-9-]+/\\?moved=${id}#${id}$`));
    for (const path of requests) expect(path).toMatch(/^\/tanlu\//);
  });
});
