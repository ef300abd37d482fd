/**
 * A library of three interviews in two languages, built in a copy of the project: the seed
 * (Chinese, 2023), a magazine Q/A (Chinese, 2018; tests/fixtures/transcripts/real/nfpeople-editors-qa)
 * and a podcast (English, undated; content/sources/practical-ai-225, given themes here). The
 * home list, a person page, a theme the seed and the podcast share, the filter, and that
 * adding the third interview moved none of the first two's pages.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { interviewSchema, type InterviewRecord } from '../../src/schemas/generated.ts';
import { axeViolations } from '../../scripts/lib/dev/axe.ts';
import { browserAvailable, launchChromium } from '../../scripts/lib/dev/browser.ts';
import { htmlPages } from '../support/built-site.ts';
import { FIXTURES, ROOT } from '../support/paths.ts';
import { copyProject, type ProjectCopy } from '../../scripts/lib/dev/project-copy.ts';
import { serveSite, type Served } from '../../scripts/lib/dev/serve.ts';

const SEED = 'zhou-hongyi-2023-05-31';
const MAGAZINE = 'nfpeople-editors-qa';
const PODCAST = 'practical-ai-225';
const source = (name: string) => readFileSync(join(ROOT, 'content/sources', name));

/** The podcast's reviewed data with two themes; `open-source` is also a theme of the seed. */
function podcastData(): string {
  const data = parseYaml(source(`${PODCAST}.yaml`).toString('utf8'));
  data.themes = [
    {
      slug: 'compliance',
      title: 'Compliance',
      titleEn: 'Compliance',
      description: 'What a company must control before it puts a language model in front of customers.',
      keywords: ['compliance', 'compliant', 'regulated'],
    },
    {
      slug: 'open-source',
      title: 'Open source',
      titleEn: 'Open source',
      description: 'Open models, and what running them yourself lets a company control.',
      keywords: ['open source', 'open models'],
    },
  ];
  return stringifyYaml(data);
}

const available = browserAvailable();
let project: ProjectCopy;
let before: Map<string, HTMLElement>;
let siteDir: string;
let served: Served;
let browser: Browser;
const records = new Map<string, InterviewRecord>();

beforeAll(async () => {
  project = copyProject();
  for (const file of [`${SEED}.txt`, `${SEED}.yaml`, `${SEED}.ids.yaml`]) project.addSource(file, source(file));
  project.addSource(`${MAGAZINE}.txt`, readFileSync(join(FIXTURES, `transcripts/real/${MAGAZINE}.txt`)));
  // The date is the one its metadata line gives (稿源:南方人物周刊 | 作者: 日期: 2018-01-03).
  project.addSource(`${MAGAZINE}.yaml`, 'date: 2018-01-03\n');
  const first = mkdtempSync(join(tmpdir(), 'tanlu-library-before-'));
  cpSync(project.build(), first, { recursive: true });
  before = htmlPages(first);
  rmSync(first, { recursive: true, force: true });

  project.addSource(`${PODCAST}.txt`, source(`${PODCAST}.txt`));
  project.addSource(`${PODCAST}.yaml`, podcastData());
  siteDir = project.build();
  for (const slug of [SEED, MAGAZINE, PODCAST]) {
    records.set(
      slug,
      interviewSchema.parse(JSON.parse(readFileSync(join(project.root, 'content/generated', slug, 'interview.json'), 'utf8'))),
    );
  }
  served = await serveSite(project.root, siteDir);
  if (available) browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  project?.remove();
});

describe('a library of three interviews in two languages', () => {
  test('the home page lists every interview newest first, with date, language, who speaks and its themes', () => {
    const home = htmlPages(siteDir).get('/')!;
    const items = home.querySelectorAll('#library > li');
    expect(items.map((li) => li.querySelector('h2 a')!.getAttribute('href'))).toEqual([`/${SEED}/`, `/${MAGAZINE}/`, `/${PODCAST}/`]);
    const [seed, magazine, podcast] = items.map((li) => li.querySelector('.meta')!.text.replace(/\s+/g, ' '));
    expect(seed).toMatch(/^2023-05-31 · 中文 · \d+ 段对话$/);
    expect(magazine).toMatch(/^2018-01-03 · 中文 · \d+ 段对话$/);
    expect(podcast).toMatch(/^日期不详 · 英语 · \d+ 段对话$/);
    for (const [i, slug] of [SEED, MAGAZINE, PODCAST].entries()) {
      const record = records.get(slug)!;
      const people = items[i]!.querySelectorAll('.people a').map((a) => a.text);
      const speakers = [...new Set(record.turns.map((t) => t.speaker))];
      // Everyone who speaks is listed; a role word used as a label (the magazine's 问) links to no person page.
      expect(items[i]!.querySelectorAll('.people .person').map((p) => p.firstChild!.text)).toEqual(expect.arrayContaining(speakers));
      expect(people.sort()).toEqual(speakers.filter((s) => s !== '问').sort());
      const chips = items[i]!.querySelectorAll('.chips a').map((a) => a.getAttribute('href'));
      expect(chips).toEqual(record.themes.map((t) => `/${slug}/${t.slug}/`));
    }
  });

  test('a person page lists everything the person said, each turn linking to its place', () => {
    const record = records.get(PODCAST)!;
    const page = htmlPages(siteDir).get('/people/daniel-whitenack/')!;
    expect(page.querySelector('h1')!.text).toBe('Daniel Whitenack');
    const links = page.querySelectorAll('.said a').map((a) => a.getAttribute('href'));
    const said = record.turns.filter((t) => t.speaker === 'Daniel Whitenack');
    expect(said.length).toBeGreaterThan(1);
    expect([...links].sort()).toEqual(said.map((t) => `/${PODCAST}/${t.theme}/#${t.id}`).sort());
    // The same name in another interview would be the same person: one page per name.
    const home = htmlPages(siteDir).get('/')!;
    expect(home.querySelectorAll('#library a[href="/people/daniel-whitenack/"]')).toHaveLength(1);
  });

  test('a Chinese name’s page has a pinyin address; a role word used as a label has no page', () => {
    const pages = htmlPages(siteDir);
    const seed = records.get(SEED)!;
    const page = pages.get('/people/zhou-hong-yi/')!;
    expect(page.querySelector('h1')!.text).toBe('周鸿祎');
    expect(
      page
        .querySelectorAll('.said a')
        .map((a) => a.getAttribute('href'))
        .sort(),
    ).toEqual(
      seed.turns
        .filter((t) => t.speaker === '周鸿祎')
        .map((t) => `/${SEED}/${t.theme}/#${t.id}`)
        .sort(),
    );
    expect(records.get(MAGAZINE)!.turns.some((t) => t.speaker === '问')).toBe(true);
    const people = [...pages.keys()].filter((path) => path.startsWith('/people/'));
    for (const path of people) expect(path, 'an address of ASCII words').toMatch(/^\/people\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/);
    expect(people.map((path) => pages.get(path)!.querySelector('h1')!.text)).not.toContain('问');
    expect(people).toHaveLength(new Set(people).size);
  });

  test('a theme two interviews share has a page linking both sections; a theme of one interview has none', () => {
    const pages = htmlPages(siteDir);
    const shared = pages.get('/themes/open-source/')!;
    expect(shared).toBeDefined();
    expect(shared.querySelectorAll('h2 a').map((a) => a.getAttribute('href'))).toEqual([
      `/${SEED}/open-source/`,
      `/${PODCAST}/open-source/`,
    ]);
    expect(pages.get('/themes/compliance/')).toBeUndefined();
    // The sections that hold unthemed interviews are no theme.
    expect(pages.get('/themes/all/')).toBeUndefined();
  });

  test('adding an interview changed no other interview’s addresses', () => {
    const after = htmlPages(siteDir);
    const earlier = [...before.keys()].filter((path) => path.startsWith(`/${SEED}/`) || path.startsWith(`/${MAGAZINE}/`));
    expect(earlier.length).toBeGreaterThan(20);
    for (const path of earlier) {
      expect(after.has(path), path).toBe(true);
      const ids = (page: HTMLElement) => page.querySelectorAll('article.turn').map((t) => t.id);
      expect(ids(after.get(path)!), path).toEqual(ids(before.get(path)!));
    }
  });
});

describe.skipIf(!available)('the library filter in a real browser', () => {
  test('filters by language, year and person, keeps the choice in the address, and survives Back', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}/`);
    const visible = () => page.locator('#library > li:visible h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(await visible()).toHaveLength(3);

    await page.selectOption('select[name="language"]', 'en');
    expect(await visible()).toEqual([`/${PODCAST}/`]);
    expect(new URL(page.url()).searchParams.get('language')).toBe('en');
    await expect.poll(() => page.locator('#library-status').textContent()).toBe('1 / 3 篇访谈');

    await page.selectOption('select[name="language"]', '');
    await page.selectOption('select[name="year"]', '2018');
    expect(await visible()).toEqual([`/${MAGAZINE}/`]);

    await page.selectOption('select[name="year"]', '');
    await page.selectOption('select[name="person"]', { label: '周鸿祎' });
    expect(await visible()).toEqual([`/${SEED}/`]);
    expect(new URL(page.url()).searchParams.get('person')).toBe('zhou-hong-yi');

    // Away to the interview and Back: the list is still filtered.
    await page.click(`#library a[href="/${SEED}/"]`);
    await page.waitForURL(`**/${SEED}/`);
    await page.goBack();
    await expect.poll(visible).toEqual([`/${SEED}/`]);

    // A shared link opens filtered.
    const reader = await browser.newPage();
    await reader.goto(`${served.url}/?year=2023&language=zh`);
    expect(await reader.locator('#library > li:visible h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      `/${SEED}/`,
    ]);
    await reader.close();
    await page.close();
  });
});

describe.skipIf(!available)('the search page’s interview filter in a library', () => {
  /** A word both Chinese interviews use: twice in the seed (周鸿祎), in five turns of the magazine Q/A (lines 9–21). */
  const QUERY = '人生';
  /** Back may reload the page, which searches again: on shared cores that takes more than a poll's default second. */
  const SEARCHING = { timeout: 20_000 };
  const shown = (page: Page) =>
    page
      .locator('.search-hit:not([hidden])')
      .evaluateAll((items) =>
        items.map((li) => ({ interview: li.getAttribute('data-interview'), id: li.querySelector('a')!.hash.slice(1) })),
      );
  const saying = (slug: string) =>
    records
      .get(slug)!
      .turns.filter((t) => t.paragraphs.join('').includes(QUERY))
      .map((t) => t.id);

  test('filters by interview slug (not title), keeps it in ?q= URLs, and survives Back', async () => {
    expect(saying(MAGAZINE)).toHaveLength(5);
    expect(saying(SEED)).toHaveLength(2);
    const page = await browser.newPage();
    await page.goto(`${served.url}/search/?q=${encodeURIComponent(QUERY)}`);
    await page.locator('.search-hit').first().waitFor();
    const all = await shown(page);
    for (const id of [...saying(MAGAZINE), ...saying(SEED)]) expect(all.map((h) => h.id)).toContain(id);
    // Results from two interviews each say which interview they come from.
    const from = await page
      .locator('.search-hit')
      .evaluateAll((items) => items.map((li) => [li.getAttribute('data-interview'), li.querySelector('.hit-interview')?.textContent]));
    for (const [slug, title] of from) expect(title).toBe(records.get(slug!)!.title);

    // The interview filter: one box per interview, valued by its slug, labelled by its title.
    const box = page.locator(`#search-filters input[name="interview"][value="${MAGAZINE}"]`);
    expect(
      await page.locator('#search-filters input[name="interview"]').evaluateAll((boxes) => boxes.map((b) => b.getAttribute('value'))),
    ).toEqual(expect.arrayContaining([SEED, MAGAZINE]));
    expect(
      await page
        .locator('#search-filters label')
        .filter({ has: page.locator(`input[name="interview"][value="${MAGAZINE}"]`) })
        .textContent(),
    ).toContain(records.get(MAGAZINE)!.title);
    await box.check();
    const filtered = await shown(page);
    expect(filtered.every((h) => h.interview === MAGAZINE)).toBe(true);
    expect(filtered.map((h) => h.id)).toEqual(expect.arrayContaining(saying(MAGAZINE)));
    expect(filtered.length).toBeLessThan(all.length);
    expect(new URL(page.url()).searchParams.getAll('interview')).toEqual([MAGAZINE]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(QUERY);

    // To a result and Back: still filtered.
    await page.locator('.search-hit:not([hidden]) a').first().click();
    await page.waitForURL(`**/${MAGAZINE}/**`);
    await page.goBack();
    await expect.poll(async () => (await shown(page)).map((h) => h.interview), SEARCHING).toEqual(filtered.map(() => MAGAZINE));
    expect(await page.locator(`#search-filters input[name="interview"][value="${MAGAZINE}"]`).isChecked()).toBe(true);

    // Back once more undoes the filter (a filter change is a history entry).
    await page.goBack();
    await expect.poll(async () => (await shown(page)).length, SEARCHING).toBe(all.length);
    expect(new URL(page.url()).searchParams.has('interview')).toBe(false);

    // A shared link opens filtered, by slug; a title in its place filters nothing in.
    const reader = await browser.newPage();
    await reader.goto(`${served.url}/search/?q=${encodeURIComponent(QUERY)}&interview=${SEED}`);
    await reader.locator('.search-hit').first().waitFor({ state: 'attached' });
    await expect.poll(async () => (await shown(reader)).map((h) => h.id).sort(), SEARCHING).toEqual(expect.arrayContaining(saying(SEED)));
    expect((await shown(reader)).every((h) => h.interview === SEED)).toBe(true);
    await reader.goto(`${served.url}/search/?q=${encodeURIComponent(QUERY)}&interview=${encodeURIComponent(records.get(SEED)!.title)}`);
    await reader.locator('.search-hit').first().waitFor({ state: 'attached' });
    await expect.poll(async () => (await shown(reader)).length, SEARCHING).toBe(0);
    await reader.close();
    await page.close();
  });
});

describe.skipIf(!available)('the library pages in a real browser', () => {
  test.each(['/', '/people/daniel-whitenack/', '/people/zhou-hong-yi/', '/themes/open-source/'])(
    'axe finds no violation on the library page %s, light or dark',
    async (path) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ colorScheme, bypassCSP: true, reducedMotion: 'reduce' });
        const page = await context.newPage();
        expect((await page.goto(`${served.url}${path}`))!.status()).toBe(200);
        expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
        await context.close();
      }
    },
  );
});
