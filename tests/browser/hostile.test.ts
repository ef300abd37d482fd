/**
 * A transcript whose text looks like markup and code, built into a site and opened in real
 * Chromium: every line shows literally, nothing runs (no dialog), and the page logs no error
 * and no Content-Security-Policy violation — the editor's closing note after the dialogue too.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildInterview } from '../../scripts/lib/build-interview.ts';
import { parseGlossary } from '../../scripts/lib/glossary.ts';
import { axeViolations } from '../../scripts/lib/dev/axe.ts';
import { browserAvailable, launchChromium } from '../../scripts/lib/dev/browser.ts';
import { ROOT } from '../support/paths.ts';
import { serveSiteFromSources } from '../../scripts/lib/dev/project-copy.ts';
import type { Served } from '../../scripts/lib/dev/serve.ts';

const HOSTILE = [
  '{alert(1)} {props.x} {',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'import x from "y"',
  'export const a = 1',
  '# 不是标题',
  '> 不是引用',
  '- 不是列表',
  '1. 不是编号',
  '---',
  '**不是粗体** 和 __下划线__ 和 ~~删除线~~',
  '`代码` 和 ```三个反引号```',
  '反斜杠 \\ 和 \\* 和 C:\\path\\to',
  '[点我](javascript:alert(1)) 和 <https://example.com>',
  '&amp; &lt;b&gt; &#x41; &copy;',
  '😀 表情和 𠀀 扩展区汉字',
  'https://example.com/?a=1&b=2 一个裸链接',
  '"直引号" -- 双横线... 三个点',
];

/** An editor's closing note after the dialogue (`注释` alone on its line), as hostile: shown literally, after the last turn, apart. */
const CLOSING = ['<img src=x onerror=alert(2)> 和 {props.y}', '[注](javascript:alert(3))：甲是主持人。'];

const transcript = ['访谈人:甲', '受访人:乙', '甲:请念一下这些字?', ...HOSTILE.map((line) => `乙:${line}`), '注释', ...CLOSING].join('\n');

/**
 * A page exported as Markdown (a layout line of tags alone), whose inline tags are markup and whose
 * editor's hover gloss is an annotation — with hostile words inside and around it.
 */
const ANNOTATED = [
  '<div class="report">',
  '<span class="speaker-name">甲：</span>什么是{props.z}？',
  '<span class="speaker-name">乙：</span>就是<span class="tooltip">花括号<span class="tooltiptext">{alert(4)} 和 **星号** 和 &amp;',
  '说明</span></span>，还有<img src=x onerror=alert(5)>。',
].join('\n');

/** The one (automatic) theme the hostile transcript's one exchange goes into, as the ingest names it. */
const glossary = parseGlossary(readFileSync(`${ROOT}content/glossary.yaml`, 'utf8'), 'content/glossary.yaml');
const theme = buildInterview(transcript, 'hostile.txt', undefined, undefined, glossary).themes[0]!.slug;

const available = browserAvailable();
let served: Served;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  if (!available) return;
  served = await serveSiteFromSources({ 'hostile.txt': transcript, 'annotated.txt': ANNOTATED });
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('dialog', (dialog) => {
    problems.push(`dialog on ${path}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`error on ${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console on ${path}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(`${served.url}${path}`);
  await page.waitForLoadState('networkidle');
  return page;
}

/** axe's findings on a page: axe is injected as a script, which the site's CSP rightly refuses, so the audit alone bypasses it. */
async function violationsOn(path: string) {
  const audit = await browser.newContext({ bypassCSP: true });
  const audited = await audit.newPage();
  await audited.goto(`${served.url}${path}`);
  const violations = await axeViolations(audited);
  await audit.close();
  return violations;
}

describe.skipIf(!available)('a hostile transcript', () => {
  test.each([`/hostile/${theme}/`, '/hostile/transcript/'])(
    'shows every line literally on %s, runs nothing, logs nothing',
    async (path) => {
      const page = await open(path);
      const answers = await page.locator('article.turn[data-role="interviewee"] .turn-text').allTextContents();
      expect(answers).toEqual(HOSTILE);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  test("the editor's closing note shows literally after the last turn, under its heading, and nowhere else", async () => {
    const page = await open('/hostile/transcript/');
    expect(await page.locator('section.closing h2').textContent()).toBe('注释');
    expect(await page.locator('section.closing p').allTextContents()).toEqual(CLOSING);
    // After the transcript, not inside a turn.
    expect(await page.locator('article.turn section.closing, .transcript section.closing').count()).toBe(0);
    const themePage = await open(`/hostile/${theme}/`);
    expect(await themePage.locator('section.closing').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(await violationsOn('/hostile/transcript/')).toEqual([]);
  });

  test("an exported page's inline tags are markup, its editor's gloss an annotation; the rest shows literally", async () => {
    const page = await open('/annotated/transcript/');
    const answer = page.locator('article.turn[data-role="interviewee"] .turn-text');
    expect(await answer.textContent()).toBe('就是花括号〔{alert(4)} 和 **星号** 和 &amp;说明〕，还有<img src=x onerror=alert(5)>。');
    expect(await answer.locator('.annotation').allTextContents()).toEqual(['〔{alert(4)} 和 **星号** 和 &amp;说明〕']);
    expect(problems).toEqual([]);
    expect(await violationsOn('/annotated/transcript/')).toEqual([]);
  });

  test('a per-quote page shows the words literally, in the page and in its link preview', async () => {
    const page = await open('/hostile/');
    const href = await page.locator('.theme-card blockquote a').first().getAttribute('href');
    const id = href!.split('#')[1]!;
    const quote = await open(`/hostile/q/${id}/`);
    expect(await quote.locator('.quote-page blockquote').textContent()).toBe(HOSTILE[0]);
    expect(await quote.locator('meta[property="og:description"]').getAttribute('content')).toContain(HOSTILE[0]);
    expect(problems).toEqual([]);
  });

  test.each(['𠀀', '😀', '扩展区汉字'])('a link carrying ?hl=%s marks exactly those characters, none cut in half', async (phrase) => {
    const themePage = await open(`/hostile/${theme}/`);
    const id = await themePage.locator('article.turn', { hasText: '扩展区汉字' }).getAttribute('id');
    await themePage.close();
    const page = await open(`/hostile/${theme}/?hl=${encodeURIComponent(phrase)}#${id}`);
    expect(await page.locator(`#${id} mark.search-mark`).allTextContents()).toEqual([phrase]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('search finds a hostile line and shows it literally, without a CSP violation', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    await page.locator('.search-hit').first().waitFor();
    expect(await page.locator('.search-hit mark').first().textContent()).toBe('<script>alert(1)</script>');
    expect(problems).toEqual([]);
  });
});
