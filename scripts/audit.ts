/**
 * `npm run audit`: figures, not a test. Serves the built site (run after `npm run build`)
 * and, on every page type, in Debian's Chromium: axe-core (light and dark), Lighthouse
 * (mobile: performance, accessibility, best practices, SEO) in two versions, the page weight
 * (HTML, CSS, JS; raw and gzip) and the JavaScript run before the reader does anything.
 * Screenshots of each page type, phone and desktop, light and dark, go to .artifacts/audit/
 * (git-ignored), with each Lighthouse report. `--lighthouse=12.2` (or `=12.8`) runs one Lighthouse version only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import { axeViolations } from './lib/dev/axe.ts';
import { CHROMIUM, CHROMIUM_FLAGS, launchChromium } from './lib/dev/browser.ts';
import { PAGE_TYPES } from './lib/dev/page-types.ts';
import { serveSite } from './lib/dev/serve.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const shots = `${root}.artifacts/audit/`;
mkdirSync(shots, { recursive: true });
/** The page types Lighthouse is held to (the others are checked by axe and weighed). */
const LIGHTHOUSE_PAGES = ['home', 'interview', 'english', 'theme', 'transcript', 'quote', 'person', 'about'];
/**
 * The Lighthouse versions the site is held to: the current one, and 12.2 (an npm alias), whose
 * audits differ (12.2's SEO audit still fails a link without `href` as not crawlable).
 */
const LIGHTHOUSE_VERSIONS = { '12.8': 'lighthouse', '12.2': 'lighthouse-12.2' } as const;
const only = process.argv.find((a) => a.startsWith('--lighthouse='))?.slice('--lighthouse='.length);

const served = await serveSite(root, `${root}dist/`);
const browser = await launchChromium();
const kb = (n: number) => `${(n / 1024).toFixed(1)}`;
try {
  console.log('page        axe(light/dark)  HTML KB (gz)   CSS KB (gz)   JS before interaction KB (gz)');
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    const violations: number[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${served.url}${path}`);
      if (path.startsWith('/search/')) await page.locator('.search-hit').first().waitFor();
      violations.push((await axeViolations(page)).length);
      for (const [device, viewport] of [
        ['phone', { width: 360, height: 780 }],
        ['desktop', { width: 1280, height: 900 }],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.screenshot({ path: `${shots}${name}-${device}-${scheme}.png`, fullPage: device === 'phone' && name !== 'transcript' });
      }
      await context.close();
    }
    // Weight: what a first visit downloads before any interaction.
    const page = await browser.newPage();
    const bodies: { type: string; bytes: Buffer }[] = [];
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      if (['document', 'stylesheet', 'script'].includes(type))
        bodies.push({ type, bytes: await response.body().catch(() => Buffer.alloc(0)) });
    });
    await page.goto(`${served.url}${path}`, { waitUntil: 'networkidle' });
    await page.close();
    const sum = (type: string) => {
      const mine = bodies.filter((b) => b.type === type);
      return `${kb(mine.reduce((s, b) => s + b.bytes.length, 0)).padStart(6)} (${kb(mine.reduce((s, b) => s + gzipSync(b.bytes).length, 0))})`;
    };
    console.log(
      `${name.padEnd(11)} ${`${violations.join(' / ')}`.padEnd(16)} ${sum('document').padEnd(14)} ${sum('stylesheet').padEnd(13)} ${sum('script')}`,
    );
  }

  for (const [version, module] of Object.entries(LIGHTHOUSE_VERSIONS)) {
    if (only && only !== version) continue;
    const { default: lighthouse } = (await import(module)) as typeof import('lighthouse');
    console.log(`\nLighthouse ${version} (mobile)  performance  accessibility  best-practices  seo`);
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
    try {
      // One untimed pass first. A freshly launched Chromium took 2.2–2.3 s to its first paint
      // here against 0.2–0.3 s for the same page once warm (most likely loading the system CJK
      // font, Noto Sans CJK, 19 MB), and the first page measured, always the home page, was
      // charged for it (performance 98 instead of 100). A reader's browser is long warm.
      await lighthouse(`${served.url}${PAGE_TYPES[LIGHTHOUSE_PAGES[0]!]}`, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      for (const name of LIGHTHOUSE_PAGES) {
        const result = await lighthouse(`${served.url}${PAGE_TYPES[name]}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const { categories, audits } = result!.lhr;
        writeFileSync(`${shots}lighthouse-${version}-${name}.json`, result!.report as string);
        const score = (k: string) => String(Math.round((categories[k]?.score ?? 0) * 100)).padStart(5);
        console.log(
          `${name.padEnd(26)} ${score('performance')}        ${score('accessibility')}          ${score('best-practices')}        ${score('seo')}`,
        );
        const failing = Object.values(audits).filter((a) => a.score !== null && a.score < 1);
        for (const a of failing.filter((a) => a.scoreDisplayMode === 'binary')) console.log(`    ✗ ${a.id}: ${a.title}`);
        // Below 100, the metrics that cost points, with their values.
        for (const a of failing.filter(
          (a) => a.scoreDisplayMode === 'numeric' && categories.performance?.auditRefs.some((r) => r.id === a.id && r.weight > 0),
        ))
          console.log(`    ~ ${a.id}: ${a.displayValue} (score ${a.score})`);
      }
    } finally {
      chrome.kill();
    }
  }
  console.log(`\nscreenshots: ${shots}`);
} finally {
  await browser.close();
  await served.close();
}
