/**
 * The reader's last mile, measured in Chromium at phone and desktop widths: where the cite
 * dialog opens, the visible copy confirmation, one-line turn headers at 320 px, target sizes,
 * the theme toggle's state, the quote page's question, navigation within long pages, charts
 * a phone can read, and what a printed page says.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { browserAvailable, launchChromium } from '../../scripts/lib/dev/browser.ts';
import { PAGE_TYPES } from '../../scripts/lib/dev/page-types.ts';
import { seed } from '../support/seed.ts';

const siteUrl = inject('siteUrl');
const available = browserAvailable();
let browser: Browser;
let context: BrowserContext | undefined;

interface TurnRecord {
  id: string;
  theme: string;
  role: string;
  exchange: number;
  speaker: string;
  paragraphs: string[];
}
const record = JSON.parse(seed.files.get('interview.json')!) as {
  title: string;
  date: string;
  turns: TurnRecord[];
  themes: { slug: string; title: string }[];
};
const themeUrl = (theme: string) => `${siteUrl}/${seed.slug}/${theme}/`;

beforeAll(async () => {
  if (available) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(path: string, width: number, options: { colorScheme?: 'light' | 'dark'; clipboard?: boolean } = {}): Promise<Page> {
  context = await browser.newContext({
    viewport: { width, height: width < 500 ? 740 : 900 },
    colorScheme: options.colorScheme ?? 'light',
    permissions: options.clipboard ? ['clipboard-read', 'clipboard-write'] : [],
  });
  const page = await context.newPage();
  await page.goto(path.startsWith('http') ? path : `${siteUrl}${path}`);
  return page;
}

type Box = { x: number; y: number; width: number; height: number };
const box = async (page: Page, selector: string): Promise<Box> => (await page.locator(selector).first().boundingBox())!;
const inside = (b: Box, width: number, height: number) => b.x >= 0 && b.y >= 0 && b.x + b.width <= width && b.y + b.height <= height;

describe.skipIf(!available)('the reader’s controls in a real browser', () => {
  // A long answer in the middle of its theme page.
  const turn = record.turns[19]!;

  test('on a desktop the cite dialog opens beside its turn, inside the window', async () => {
    const page = await open(themeUrl(turn.theme), 1280);
    await page.locator(`#${turn.id}`).scrollIntoViewIfNeeded();
    await page.locator(`#${turn.id} .turn-tools summary`).click();
    await page.locator(`#${turn.id} [data-cite-turn]`).click();
    const dialog = await box(page, '#cite-dialog');
    const header = await box(page, `#${turn.id} .turn-header`);
    const article = await box(page, `#${turn.id}`);
    expect(inside(dialog, 1280, 900)).toBe(true);
    // Just below (or above) the turn's header, lined up with the turn, not at the window's edge.
    const gap = Math.min(Math.abs(dialog.y - (header.y + header.height)), Math.abs(dialog.y + dialog.height - header.y));
    expect(gap).toBeLessThanOrEqual(12);
    expect(Math.abs(dialog.x - article.x)).toBeLessThanOrEqual(2);
    expect(await page.locator('#cite-dialog [data-cite="gbt7714"]').textContent()).toContain(turn.speaker);
  });

  test('on a phone the cite dialog is a modal in the middle of the screen', async () => {
    const page = await open(themeUrl(turn.theme), 360);
    await page.locator(`#${turn.id} .turn-tools summary`).click();
    await page.locator(`#${turn.id} [data-cite-turn]`).click();
    const dialog = await box(page, '#cite-dialog');
    expect(inside(dialog, 360, 740)).toBe(true);
    expect(Math.abs(dialog.x - (360 - dialog.x - dialog.width))).toBeLessThanOrEqual(2);
    expect(Math.abs(dialog.y - (740 - dialog.y - dialog.height))).toBeLessThanOrEqual(2);
  });

  test('copying a link shows “已复制” beside the turn’s tools for a moment, and says it to screen readers', async () => {
    const page = await open(themeUrl(turn.theme), 360, { clipboard: true });
    const summary = `#${turn.id} .turn-tools summary`;
    await page.locator(summary).click();
    await page.locator(`#${turn.id} [data-copy-link]`).click();
    const note = page.locator(`#${turn.id} .turn-header .copied`);
    await note.waitFor({ state: 'visible' });
    expect(await note.textContent()).toBe('链接已复制');
    const [shown, control] = [(await note.boundingBox())!, await box(page, summary)];
    // On the same line as the control, next to it.
    expect(Math.abs(shown.y + shown.height / 2 - (control.y + control.height / 2))).toBeLessThanOrEqual(4);
    expect(control.x - (shown.x + shown.width)).toBeLessThanOrEqual(16);
    expect(control.x - (shown.x + shown.width)).toBeGreaterThanOrEqual(0);
    await expect.poll(() => page.locator('[role="status"]').last().textContent()).toBe('链接已复制');
    await note.waitFor({ state: 'detached', timeout: 5000 });
  });

  test('the quote page’s “copy quote” confirms beside its button', async () => {
    const page = await open(PAGE_TYPES.quote!, 360, { clipboard: true });
    await page.locator('.actions [data-copy-quote]').click();
    const note = page.locator('.actions .copied');
    await note.waitFor({ state: 'visible' });
    expect(await note.textContent()).toBe('引文已复制');
  });

  test('at 320 px every turn header is one line: name, unbroken role badge, link and tools', async () => {
    const page = await open(`/${seed.slug}/transcript/`, 320);
    const problems = await page.$$eval('article.turn .turn-header', (headers) =>
      headers.flatMap((h) => {
        const parts = [...h.querySelectorAll<HTMLElement>('.speaker, .role, .permalink, .turn-tools summary')].map((e) =>
          e.getBoundingClientRect(),
        );
        const role = h.querySelector('.role')!;
        const lineHeight = parseFloat(getComputedStyle(role).lineHeight);
        const tops = parts.map((r) => r.top + r.height / 2);
        const id = h.closest('article')!.id;
        const out: string[] = [];
        if (Math.max(...tops) - Math.min(...tops) > 6) out.push(`${id}: header wraps`);
        if (role.getClientRects().length > 1 || role.getBoundingClientRect().height > lineHeight * 1.5)
          out.push(`${id}: role badge breaks`);
        return out;
      }),
    );
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test.each(Object.entries(PAGE_TYPES))('on a phone, the %s page’s controls and chart links are at least 24 × 24 px', async (_, path) => {
    const page = await open(path, 360);
    const selectors = [
      '.theme-map-strip a',
      '.theme-map-legend a',
      '.turn-tools summary',
      'article.turn .permalink',
      '#theme-toggle',
      '.themes-menu summary',
      '.toc summary',
      '.cite-panel summary',
      '.exchange-meta a',
      '.copy-cite',
      'button:not(.copy-cite)',
    ].join(', ');
    const small = await page.$$eval(selectors, (els) =>
      els
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => ({ what: `${e.tagName} ${e.className} ${e.textContent?.trim().slice(0, 20)}`, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ what, r }) => `${what}: ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
  });

  test('the theme toggle shows its state by icon, name and tooltip, and auto is visibly different from dark', async () => {
    const page = await open(PAGE_TYPES.theme!, 1280, { colorScheme: 'dark' });
    const states: { name: string; tooltip: string; icon: string }[] = [];
    for (let i = 0; i < 3; i++) {
      states.push(
        await page.$eval('#theme-toggle', (button) => {
          const shown = [...button.children].filter((c) => c.getClientRects().length > 0);
          if (shown.length !== 1) throw new Error(`${shown.length} states shown`);
          return {
            name: shown[0]!.textContent!.trim(),
            tooltip: shown[0]!.getAttribute('title')!,
            icon: shown[0]!.querySelector('svg')!.innerHTML,
          };
        }),
      );
      expect(await page.getByRole('button', { name: states[i]!.name, exact: true }).count()).toBe(1);
      await page.locator('#theme-toggle').click();
    }
    expect(states.map((s) => s.name)).toEqual(['深浅色：跟随系统', '深浅色：浅色', '深浅色：深色']);
    for (const s of states) expect(s.tooltip).toBe(s.name);
    expect(new Set(states.map((s) => s.icon)).size).toBe(3);
  });

  test('a quote page for an answer shows the question it answers, muted, above; the interviewer’s own quote is not muted', async () => {
    const answer = record.turns.find(
      (t) => t.role === 'interviewee' && record.turns.some((q) => q.exchange === t.exchange && q.role === 'interviewer'),
    )!;
    const question = record.turns.find((q) => q.exchange === answer.exchange && q.role === 'interviewer')!;
    const page = await open(`/${seed.slug}/q/${answer.id}/`, 360);
    const shown = page.locator('.question blockquote');
    expect((await shown.innerText()).replace(/\s+/g, '')).toContain(question.paragraphs[0]!.replace(/\s+/g, '').slice(0, 20));
    expect((await box(page, '.question')).y).toBeLessThan((await box(page, 'blockquote.quote')).y);
    const colour = (selector: string) => page.$eval(selector, (e) => getComputedStyle(e).color);
    const body = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(await colour('.question blockquote p')).not.toBe(body);
    expect(await colour('blockquote.quote p')).toBe(body);
    const own = await open(`/${seed.slug}/q/${question.id}/`, 360);
    expect(await own.locator('.question').count()).toBe(0);
    expect(await own.$eval('blockquote.quote p', (e) => getComputedStyle(e).color)).toBe(
      await own.evaluate(() => getComputedStyle(document.body).color),
    );
  });

  test('a theme page lists its exchanges on the page, and every theme is one click away in the header', async () => {
    const page = await open(PAGE_TYPES.theme!, 360);
    const toc = await page.$$eval('nav.toc a', (as) => as.map((a) => a.getAttribute('href')));
    const exchanges = await page.$$eval('section.exchange', (s) => s.map((e) => `#${e.id}`));
    expect(toc).toEqual(exchanges);
    await page.locator('.themes-menu summary').click();
    const menu = page.locator('.themes-menu nav a');
    expect(await menu.count()).toBe(record.themes.length + 2);
    for (const [i, theme] of record.themes.entries()) {
      expect(await menu.nth(i + 1).isVisible()).toBe(true);
      expect(await menu.nth(i + 1).getAttribute('href')).toBe(`/${seed.slug}/${theme.slug}/`);
    }
    expect(await page.locator('.themes-menu [aria-current="page"]').getAttribute('href')).toBe(PAGE_TYPES.theme);
    // A click elsewhere closes it.
    await page.mouse.click(10, 700);
    expect(await page.locator('.themes-menu').getAttribute('open')).toBeNull();
  });

  test('on a desktop the table of contents stands open in the margin and stays in view', async () => {
    const page = await open(`/${seed.slug}/transcript/`, 1280);
    const toc = page.locator('nav.toc ol').first();
    expect(await toc.isVisible()).toBe(true);
    const main = await box(page, 'main .section-body');
    expect((await toc.boundingBox())!.x + (await toc.boundingBox())!.width).toBeLessThanOrEqual(main.x);
    await page.mouse.wheel(0, 6000);
    await page.waitForTimeout(300);
    expect(inside((await toc.boundingBox())!, 1280, 900)).toBe(true);
  });

  test('the transcript’s contents name every editorial heading and cover every exchange; its theme map jumps within the page', async () => {
    const page = await open(`/${seed.slug}/transcript/`, 1280);
    const headings = await page.$$eval('.transcript h2', (hs) => hs.map((h) => `#${h.id}`));
    const links = await page.$$eval('nav.toc a', (as) => as.map((a) => a.getAttribute('href')!));
    for (const h of headings) expect(links.map(decodeURIComponent)).toContain(decodeURIComponent(h));
    const starts = links.filter((l) => l.startsWith('#e-')).map((l) => Number(l.slice(3)));
    expect(starts[0]).toBe(1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const target = record.turns.find((t) => t.exchange === 20)!;
    const before = page.url();
    await page.locator(`.theme-map-strip a[href="#${target.id}"]`).click();
    await page.waitForFunction((id) => location.hash === `#${id}`, target.id);
    expect(page.url().split('#')[0]).toBe(before.split('#')[0]);
    // The turn comes to the top of the window (smooth scrolling may take a moment).
    await expect
      .poll(async () => Math.abs((await page.locator(`#${target.id}`).boundingBox())!.y), { timeout: 5000 })
      .toBeLessThanOrEqual(40);
  });

  test('on a phone the charts keep readable text, and a 64-exchange theme map keeps numbered cells of at least 24 px without overflowing', async () => {
    const page = await open(`/${seed.slug}/`, 360);
    const sizes = await page.$$eval('.speaker-chart .chart *', (els) =>
      els.filter((e) => e.childElementCount === 0 && e.textContent?.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize)),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    // Grow the seed's map to 64 exchanges (the cells repeated), as a long podcast's would be.
    const cells = await page.evaluate(() => {
      const strip = document.querySelector('.theme-map-strip')!;
      const original = [...strip.children];
      while (strip.children.length < 64) strip.append(original[strip.children.length % original.length]!.cloneNode(true));
      return [...strip.children].map((c) => ({ r: c.getBoundingClientRect(), text: c.textContent!.trim() }));
    });
    expect(cells).toHaveLength(64);
    for (const { r, text } of cells) {
      expect(text).toMatch(/^\d+$/);
      expect(r.width).toBeGreaterThanOrEqual(24);
      expect(r.height).toBeGreaterThanOrEqual(24);
      expect(r.right).toBeLessThanOrEqual(360);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('a printed theme page names the interview, its date and source, and no keyboard hints or controls', async () => {
    const page = await open(PAGE_TYPES.theme!, 1280);
    await page.emulateMedia({ media: 'print' });
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain(record.title);
    expect(text).toContain(record.date);
    expect(text).toContain('出处：https://www.btchangqing.cn/541022.html');
    expect(text).not.toMatch(/j \/ k/);
    for (const control of ['复制链接', '引用', '搜索', '目录', '主题'])
      expect(text.split('\n').map((l) => l.trim())).not.toContain(control);
    const first = record.turns.find((t) => `/${seed.slug}/${t.theme}/` === PAGE_TYPES.theme)!;
    expect(text).toContain(first.speaker);
    // Each turn's permalink prints as its short address.
    const printed = await page.$eval(`#${first.id} .permalink`, (a) => getComputedStyle(a, '::after').content);
    expect(printed).toContain(`/${seed.slug}/q/${first.id}/`);
  });
});
