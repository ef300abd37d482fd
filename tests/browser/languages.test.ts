/**
 * A site with a Chinese and an English interview: each interview's pages carry its language,
 * each language gets its own search index (segmented and stemmed as it wants), and one search
 * finds quotes in both.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, launchChromium } from '../../scripts/lib/dev/browser.ts';
import { SEED, SEED_DATA, SEED_IDS } from '../support/paths.ts';
import { serveSiteFromSources } from '../../scripts/lib/dev/project-copy.ts';
import type { Served } from '../../scripts/lib/dev/serve.ts';

const PODCAST = `Host: Jane Doe
Guest: John Smith

Jane Doe (00:00:05):
Welcome back. Today we talk about open models and the people who train them.

John Smith (00:00:12):
Thanks, Jane. Training small models is where most of the interesting work happens now.

[00:01:30] Jane Doe: Why small ones?
[00:01:34] John Smith: Because a model that fits on one machine gets fine-tuned by thousands of people [laughter].
`;

const PODCAST_DATA = `title: Small models, many hands
date: 2024-03-01
language: en
themes:
  - slug: small-models
    title: Small models
    titleEn: Small models
    description: Why small models matter.
    keywords: [small, model]
`;

const available = browserAvailable();
let served: Served;
let browser: Browser;

beforeAll(async () => {
  if (!available) return;
  served = await serveSiteFromSources({
    'zhou-hongyi-2023-05-31.txt': readFileSync(SEED),
    'zhou-hongyi-2023-05-31.yaml': readFileSync(SEED_DATA),
    'zhou-hongyi-2023-05-31.ids.yaml': readFileSync(SEED_IDS),
    'small-models-2024-03-01.txt': PODCAST,
    'small-models-2024-03-01.yaml': PODCAST_DATA,
  });
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe.skipIf(!available)('two interviews in two languages', () => {
  test('each interview’s pages carry its language', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}/small-models-2024-03-01/small-models/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(`${served.url}/zhou-hongyi-2023-05-31/open-source/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.close();
  });

  test.each([
    ['fine-tuned by thousands of people', 'small-models-2024-03-01', 'fine-tuned by thousands of people'],
    ['汤姆汉克斯', 'zhou-hongyi-2023-05-31', '汤姆·汉克斯'],
    ['training small model', 'small-models-2024-03-01', 'Training small models'],
  ])('one search finds %j in its interview', async (query, interview, marked) => {
    const page = await browser.newPage();
    await page.goto(`${served.url}/search/?q=${encodeURIComponent(query)}`);
    const first = page.locator('.search-hit a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^/${interview}/`));
    expect((await page.locator('.search-hit').first().locator('mark').allTextContents()).join(' ')).toContain(marked.split(' ')[0]);
    await page.close();
  });

  test('Pagefind has an index per language, and the search merges them', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}/search/`);
    const manifest = await (await page.request.get(`${served.url}/search/manifest.json`)).json();
    expect(manifest.bundles.map((b: { language: string }) => b.language).sort()).toEqual(['en', 'zh-cn']);
    const urls: string[] = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/zh-cn/pagefind.js');
      await pagefind.mergeIndex('/pagefind/en/', { language: 'en' });
      const found = await pagefind.search('thousands');
      return Promise.all(found.results.map((r) => r.data().then((d) => d.url)));
    })()`);
    expect(urls.some((u) => u.startsWith('/small-models-2024-03-01/'))).toBe(true);
    await page.close();
  });
});
