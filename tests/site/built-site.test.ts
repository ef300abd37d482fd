import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { htmlPages, turnParagraphs } from '../support/built-site.ts';
import { seed } from '../support/seed.ts';
import type { HTMLElement } from 'node-html-parser';

const siteDir = inject('siteDir');
let pages: Map<string, HTMLElement>;
const interview = seed.slug;
const record = { themes: (JSON.parse(seed.files.get('interview.json')!) as { themes: { slug: string }[] }).themes.map((t) => t.slug) };
const themePath = (theme: string) => `/${interview}/${theme}/`;
const transcriptPath = `/${interview}/transcript/`;

beforeAll(() => {
  pages = htmlPages(siteDir);
});

describe('the built site', () => {
  test('has a home page, an interview page, a page per theme, the transcript, search, about and 404', () => {
    for (const path of ['/', `/${interview}/`, transcriptPath, '/search/', '/about/', '/404.html', ...record.themes.map(themePath)]) {
      expect(pages.has(path), path).toBe(true);
    }
    expect(record.themes.length).toBeGreaterThanOrEqual(4);
  });

  test('every page declares its language, for segmentation and screen readers', () => {
    for (const [path, page] of pages) expect(page.querySelector('html')!.getAttribute('lang'), path).toBe('zh-CN');
  });

  test('every turn of the source appears on exactly one theme page, in source order there, with its words unaltered', () => {
    const seen = new Map<string, string>();
    for (const theme of record.themes) {
      const turns = pages.get(themePath(theme))!.querySelectorAll('article.turn');
      const indexes = turns.map((t) => seed.ids.indexOf(t.id));
      expect(indexes, `${theme} keeps source order`).toEqual([...indexes].sort((a, b) => a - b));
      for (const turn of turns) {
        expect(seen.has(turn.id), `${turn.id} is on ${seen.get(turn.id)} and ${theme}`).toBe(false);
        seen.set(turn.id, theme);
        const source = seed.transcript.turns[seed.ids.indexOf(turn.id)]!;
        expect(turnParagraphs(turn)).toEqual(source.paragraphs);
        expect(turn.getAttribute('data-speaker')).toBe(source.speaker);
      }
    }
    expect([...seen.keys()].sort()).toEqual([...seed.ids].sort());
  });

  test('every turn anchor is on its page exactly once', () => {
    for (const [path, page] of pages) {
      const ids = page.querySelectorAll('[id]').map((e) => e.id);
      expect(ids.length, path).toBe(new Set(ids).size);
    }
  });

  test('the full transcript holds every turn in source order, with the four editorial headings', () => {
    const page = pages.get(transcriptPath)!;
    expect(page.querySelectorAll('article.turn').map((t) => t.id)).toEqual(seed.ids);
    expect(page.querySelectorAll('.transcript h2').map((h) => h.text)).toEqual(seed.transcript.headings.map((h) => h.text));
    for (const exchange of page.querySelectorAll('section.exchange')) {
      const tag = exchange.querySelector('.theme-tag')!;
      expect(tag.getAttribute('href')).toMatch(new RegExp(`^/${interview}/[a-z-]+/#t-`));
    }
  });

  test('the search index holds one record per turn, each pointing at its turn on its theme page', () => {
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages['zh-cn'].page_count).toBe(seed.ids.length);
    for (const [path, page] of pages) {
      // No page is indexed as a whole: a quote has one result, its turn.
      expect(page.querySelector('[data-pagefind-body]'), path).toBeNull();
    }
  });

  test('the exact-match corpus holds every turn’s words as the source has them, with its page', () => {
    const manifest = JSON.parse(readFileSync(join(siteDir, 'search/manifest.json'), 'utf8'));
    expect(manifest.interviews).toEqual([{ slug: interview, title: expect.any(String), corpus: `/search/${interview}.json` }]);
    expect(manifest.glossary.find((e: { term: string }) => e.term === '英伟达').aliases).toContain('Nvidia');
    const corpus = JSON.parse(readFileSync(join(siteDir, `search/${interview}.json`), 'utf8'));
    expect(corpus.turns.map((t: { id: string }) => t.id)).toEqual(seed.ids);
    corpus.turns.forEach((t: { text: string; speaker: string; theme: string; id: string }, i: number) => {
      expect(t.text).toBe(seed.transcript.turns[i]!.paragraphs.join('\n'));
      expect(t.speaker).toBe(seed.transcript.turns[i]!.speaker);
      expect(pages.get(themePath(t.theme))!.querySelector(`#${t.id}`)).not.toBeNull();
    });
  });

  test('the source masks (**) are shown as they are, labelled for assistive technology', () => {
    const masks = record.themes.flatMap((t) => pages.get(themePath(t))!.querySelectorAll('.mask'));
    const inSource = seed.transcript.turns.flatMap((t) => t.paragraphs.join('\n').match(/\*{2,}/g) ?? []);
    expect(masks.map((m) => m.text)).toEqual(expect.arrayContaining(inSource));
    expect(masks).toHaveLength(inSource.length);
    for (const mask of masks) expect(mask.getAttribute('aria-label')).toBe('原文此处有遮蔽');
  });

  test('no internal link is broken, anchors included', () => {
    const broken: string[] = [];
    for (const [path, page] of pages) {
      for (const a of page.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^[a-z]+:/i.test(href)) continue;
        const url = new URL(href, `http://site${path}`);
        const target = pages.get(url.pathname) ?? (existsSync(join(siteDir, url.pathname)) ? undefined : null);
        if (target === null) broken.push(`${path} → ${href} (no page)`);
        else if (url.hash && target && !target.querySelector(`[id="${decodeURIComponent(url.hash.slice(1))}"]`)) broken.push(`${path} → ${href} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('the home page shows the interview with its participants, source and theme cards', () => {
    const home = pages.get('/')!;
    const text = home.text;
    for (const name of ['骆轶航', '周鸿祎', '访谈人', '受访人', '2023-05-31']) expect(text).toContain(name);
    expect(home.querySelector('a[href="https://www.btchangqing.cn/541022.html"]')).not.toBeNull();
    const cards = home.querySelectorAll('.theme-card');
    expect(cards).toHaveLength(record.themes.length);
    for (const card of cards) expect(card.querySelector('blockquote a')!.getAttribute('href')).toMatch(/#t-[0-9a-z]+/);
  });
});
