/**
 * `npm run audit`: figures, not a test. Serves the built site (run after `npm run build`)
 * and, on every page type, in Debian's Chromium: axe-core (light and dark), Lighthouse
 * (mobile: performance, accessibility, best practices, SEO), the page weight (HTML, CSS, JS;
 * raw and gzip) and the JavaScript run before the reader does anything. Screenshots of each
 * page type, phone and desktop, light and dark, go to .artifacts/audit/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS, launchChromium } from './lib/dev/browser.ts';
import { PAGE_TYPES } from './lib/dev/page-types.ts';
import { serveSite } from './lib/dev/serve.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const shots = `${root}.artifacts/audit/`;
mkdirSync(shots, { recursive: true });
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** The page types Lighthouse is held to (the others are checked by axe and weighed). */
const LIGHTHOUSE_PAGES = ['home', 'theme', 'transcript', 'quote'];

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
      await page.addScriptTag({ path: AXE });
      violations.push(await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.length)`));
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

  console.log('\nLighthouse (mobile)   performance  accessibility  best-practices  seo');
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  try {
    for (const name of LIGHTHOUSE_PAGES) {
      const result = await lighthouse(`${served.url}${PAGE_TYPES[name]}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const c = result!.lhr.categories;
      const score = (k: string) => String(Math.round((c[k]?.score ?? 0) * 100)).padStart(5);
      console.log(
        `${name.padEnd(21)} ${score('performance')}        ${score('accessibility')}          ${score('best-practices')}        ${score('seo')}`,
      );
      const failing = Object.values(result!.lhr.audits).filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual' &&
          a.scoreDisplayMode !== 'notApplicable',
      );
      for (const a of failing.filter((a) => a.scoreDisplayMode === 'binary')) console.log(`    ✗ ${a.id}: ${a.title}`);
    }
  } finally {
    chrome.kill();
  }
  console.log(`\nscreenshots: ${shots}`);
} finally {
  await browser.close();
  await served.close();
}
