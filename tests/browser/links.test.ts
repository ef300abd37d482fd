import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { browserAvailable, launchChromium } from '../../scripts/lib/dev/browser.ts';
import { seed } from '../support/seed.ts';

const siteUrl = inject('siteUrl');
const available = browserAvailable();
let browser: Browser;
let context: BrowserContext;
let page: Page;

const record = JSON.parse(seed.files.get('interview.json')!) as {
  turns: { id: string; theme: string; speaker: string; paragraphs: string[] }[];
};
const turn = record.turns[19]!; // a long answer
const themeUrl = (t = turn) => `${siteUrl}/${seed.slug}/${t.theme}/`;

beforeAll(async () => {
  if (available) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  if (!available) return;
  context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
/** A turn's tools sit behind its menu button: open it, then press the tool. */
async function turnTool(id: string, tool: string): Promise<void> {
  await page.locator(`#${id} .turn-tools summary`).click();
  await page.locator(`#${id} [${tool}]`).click();
}

describe.skipIf(!available)('links in a real browser', () => {
  test('"copy link" puts the turn’s address on the clipboard and says so to screen readers', async () => {
    await page.goto(themeUrl());
    await turnTool(turn.id, 'data-copy-link');
    await expect.poll(clipboard).toBe(`${siteUrl}/${seed.slug}/${turn.theme}/#${turn.id}`);
    await expect.poll(() => page.locator('[role="status"]').last().textContent()).toBe('链接已复制');
  });

  test('"copy quote" puts the words with a citation line and the quote’s own link', async () => {
    await page.goto(themeUrl());
    await turnTool(turn.id, 'data-copy-quote');
    await expect
      .poll(clipboard)
      .toBe(
        `“${turn.paragraphs.join('\n')}”——${turn.speaker}，品玩“模型思辨——国内大模型生态研讨会”，2023-05-31，${siteUrl}/${seed.slug}/q/${turn.id}/`,
      );
  });

  test('where the clipboard is refused, the text is shown selected to copy by hand', async () => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.goto(themeUrl());
    await turnTool(turn.id, 'data-copy-link');
    const dialog = page.locator('#copy-fallback');
    await dialog.waitFor();
    expect(await dialog.locator('textarea').inputValue()).toBe(`${siteUrl}/${seed.slug}/${turn.theme}/#${turn.id}`);
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).selectionEnd)).toBeGreaterThan(10);
  });

  test('"cite" shows GB/T 7714 and APA 7 for the turn, copyable', async () => {
    await page.goto(themeUrl());
    await turnTool(turn.id, 'data-cite-turn');
    const dialog = page.locator('#cite-dialog');
    await dialog.waitFor();
    const gbt = await dialog.locator('[data-cite="gbt7714"]').textContent();
    expect(gbt).toMatch(
      new RegExp(
        `^周鸿祎, 骆轶航\\. .+\\[EB/OL\\]\\. 谈录, 2023-05-31\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${siteUrl}/${seed.slug}/q/${turn.id}/\\.$`,
      ),
    );
    await dialog.locator('[data-copy-cite="apa7"]').click();
    await expect.poll(clipboard).toMatch(/^周鸿祎\. \(2023年5月31日\)\. .+ \[骆轶航访谈\]\. 谈录\. http/);
  });

  /** Selects `words` (a substring of the turn's first paragraph) and copies the selection link. */
  async function linkToSelection(words: string): Promise<string> {
    await page.goto(themeUrl());
    await page.evaluate(
      ({ id, words }) => {
        const text = document.querySelector(`#${id} .turn-text p`)!.firstChild as Text;
        const at = text.data.indexOf(words);
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + words.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
      },
      { id: turn.id, words },
    );
    await page.getByRole('button', { name: '链接到这句话' }).click();
    await expect.poll(clipboard).toContain(':~:text=');
    return clipboard();
  }

  // Cut mid-word on both ends: Chinese text fragments that do not start or end on a word boundary.
  const words = turn.paragraphs[0]!.slice(3, 17);

  test('a selection link opens the turn with exactly the selected words marked (text-fragment browser)', async () => {
    const link = await linkToSelection(words);
    expect(link).toMatch(new RegExp(`^${siteUrl}/${seed.slug}/${turn.theme}/\\?hl=.+#${turn.id}:~:text=`));
    const reader = await context.newPage();
    await reader.goto(link);
    await expect.poll(async () => (await reader.locator(`#${turn.id} mark.search-mark`).allTextContents()).join('')).toBe(words);
  });

  test('a selection link works where the browser does not follow text fragments', async () => {
    const link = await linkToSelection(words);
    // A browser without text fragments leaves the directive in the hash; an encoded one does here.
    const reader = await context.newPage();
    await reader.goto(link.replace(':~:', '%3A~%3A'));
    await expect.poll(async () => (await reader.locator(`#${turn.id} mark.search-mark`).allTextContents()).join('')).toBe(words);
  });

  test('a link to a turn on the wrong theme page forwards to where the turn is, with a note', async () => {
    const other = record.turns.find((t) => t.theme !== turn.theme)!;
    await page.goto(`${themeUrl()}#${other.id}`);
    await page.waitForURL(new RegExp(`/${other.theme}/\\?moved=${other.id}#${other.id}$`));
    expect(await page.locator('.moved-note').textContent()).toContain(other.id);
  });

  test('a retired id (its turn merged away) leads to the turn it went into, saying so', async () => {
    await page.route(`**/search/${seed.slug}.json`, async (route) => {
      const corpus = await (await route.fetch()).json();
      corpus.retired = [{ id: 't-gone', to: turn.id, reason: 'merged' }];
      await route.fulfill({ json: corpus });
    });
    await page.goto(`${siteUrl}/${seed.slug}/no-longer-a-theme/#t-gone`);
    await page.waitForURL(new RegExp(`/${turn.theme}/\\?moved=t-gone&reason=merged#${turn.id}$`));
    expect(await page.locator('.moved-note').textContent()).toContain('并入了这一段');
  });

  test('j and k move between turns, and the address follows', async () => {
    const ids = record.turns.filter((t) => t.theme === turn.theme).map((t) => t.id);
    await page.goto(`${themeUrl()}#${ids[0]}`);
    const hash = () => new URL(page.url()).hash;
    await page.keyboard.press('j');
    await expect.poll(hash).toBe(`#${ids[1]}`);
    await page.keyboard.press('j');
    await expect.poll(hash).toBe(`#${ids[2]}`);
    await page.keyboard.press('k');
    await expect.poll(hash).toBe(`#${ids[1]}`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(ids[1]);
  });
});
