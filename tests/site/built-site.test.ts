import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { generatedInterviews, htmlPages, turnParagraphs } from '../support/built-site.ts';
import { seed, seedIds } from '../support/seed.ts';
import { PAGE_TYPES } from '../../scripts/lib/dev/page-types.ts';
import type { HTMLElement } from 'node-html-parser';
import { fold } from '../../src/lib/fold.ts';
import { CHUNK_TURNS, decodePostings, shardOf, unitsIn } from '../../src/lib/search/grams.ts';
import { parseScriptTable } from '../../src/lib/search/script-table.ts';
import { CHINESE_SHARD_BYTES } from '../../src/lib/search/dictionary.ts';

const siteDir = inject('siteDir');
/** TANLU_SITE the site was built with. */
const site = inject('deployment').site!;
let pages: Map<string, HTMLElement>;
const interview = seed.slug;
const record = { themes: (JSON.parse(seed.files.get('interview.json')!) as { themes: { slug: string }[] }).themes.map((t) => t.slug) };
const themePath = (theme: string) => `/${interview}/${theme}/`;
const transcriptPath = `/${interview}/transcript/`;

/** Each element's `**` runs are drawn as masks (never left as raw asterisks), and there are some. */
function expectMasksDrawn(elements: readonly HTMLElement[]): void {
  expect(elements.length).toBeGreaterThan(0);
  for (const element of elements) {
    const drawn = element.querySelectorAll('.mask').map((m) => m.text);
    expect(drawn.join(''), element.text).toBe(element.text.match(/\*{2,}/g)!.join(''));
  }
}

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

  test('every page declares its language, for segmentation and screen readers: an interview’s pages its own, the rest the site’s', () => {
    const languages = new Map(generatedInterviews().map((r) => [r.slug, r.language]));
    for (const [path, page] of pages) {
      const own = languages.get(path.split('/')[1]!);
      expect(page.querySelector('html')!.getAttribute('lang'), path).toBe(own ?? 'zh-CN');
    }
    expect(new Set(languages.values()).size, 'the site holds interviews in more than one language').toBeGreaterThan(1);
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
    const headings = page.querySelectorAll('.transcript h2');
    expect(headings.map((h) => h.childNodes[0]!.text)).toEqual(seed.transcript.headings.map((h) => h.text));
    for (const h of headings) expect(h.querySelector('a.permalink')!.getAttribute('href')).toBe(`#${h.id}`);
    for (const exchange of page.querySelectorAll('section.exchange')) {
      const tag = exchange.querySelector('.theme-tag')!;
      expect(tag.getAttribute('href')).toMatch(new RegExp(`^/${interview}/[a-z-]+/#t-`));
    }
  });

  test('the search index holds one record per turn, each pointing at its turn on its theme page', () => {
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind/zh-cn/pagefind-entry.json'), 'utf8'));
    expect(entry.languages['zh-cn'].page_count).toBe(seed.ids.length);
    for (const [path, page] of pages) {
      // No page is indexed as a whole: a quote has one result, its turn.
      expect(page.querySelector('[data-pagefind-body]'), path).toBeNull();
    }
  });

  test('the Chinese → English table is cut into shards small enough that a short query loads a few KB', () => {
    const manifest = JSON.parse(readFileSync(join(siteDir, 'search/manifest.json'), 'utf8'));
    expect(manifest.chinese).toBeGreaterThan(8);
    for (let n = 0; n < manifest.chinese; n++) {
      // Codepoints do not spread evenly over shards: twice the aim, at most.
      expect(statSync(join(siteDir, `search/chinese/${n}.json`)).size, `shard ${n}`).toBeLessThanOrEqual(2 * CHINESE_SHARD_BYTES);
    }
  });

  test('the exact-match layer holds every turn’s words as the source has them, with its page, and indexes each', () => {
    const manifest = JSON.parse(readFileSync(join(siteDir, 'search/manifest.json'), 'utf8'));
    expect(manifest.bundles).toContainEqual({ language: 'zh-cn', path: '/pagefind/zh-cn/' });
    expect(manifest.glossary.find((e: { term: string }) => e.term === '英伟达').aliases).toContain('Nvidia');
    const chunks = Math.ceil(manifest.turns / CHUNK_TURNS);
    const turns = Array.from(
      { length: chunks },
      (_, c) => JSON.parse(readFileSync(join(siteDir, `search/turns/${c}.json`), 'utf8')).turns,
    ).flat();
    // Every interview's turns, in reading order, interviews by slug.
    expect(turns.map((t: { interview: string }) => t.interview)).toEqual(
      generatedInterviews().flatMap((r) => (r as unknown as { turns: unknown[] }).turns.map(() => r.slug)),
    );
    expect(turns.filter((t: { interview: string }) => t.interview === interview).map((t: { id: string }) => t.id)).toEqual(seed.ids);
    const script = parseScriptTable(manifest.script);
    const shards = Array.from({ length: manifest.shards }, (_, n) =>
      JSON.parse(readFileSync(join(siteDir, `search/grams/${n}.json`), 'utf8')),
    );
    turns.forEach((t: { text: string; interview: string }, n: number) => {
      for (const unit of unitsIn(fold(t.text, script)))
        expect(decodePostings(shards[shardOf(unit, manifest.shards)][unit]), unit).toContain(n);
    });
    turns
      .filter((t: { interview: string }) => t.interview === interview)
      .forEach((t: { text: string; speaker: string; theme: string; id: string }, i: number) => {
        expect(t.text).toBe(seed.transcript.turns[i]!.paragraphs.join('\n'));
        expect(t.speaker).toBe(seed.transcript.turns[i]!.speaker);
        expect(pages.get(themePath(t.theme))!.querySelector(`#${t.id}`)).not.toBeNull();
      });
  });

  test('the source masks (**) are shown as they are, labelled for assistive technology, in the turns and in the contents', () => {
    const masks = record.themes.flatMap((t) => pages.get(themePath(t))!.querySelectorAll('article.turn .mask'));
    const inSource = seed.transcript.turns.flatMap((t) => t.paragraphs.join('\n').match(/\*{2,}/g) ?? []);
    expect(masks.map((m) => m.text)).toEqual(expect.arrayContaining(inSource));
    expect(masks).toHaveLength(inSource.length);
    for (const mask of masks) expect(mask.getAttribute('aria-label')).toBe('原文此处有遮蔽');
    // A question quoted in "On this page" draws its mask as the turn does, never as raw asterisks.
    const entries = record.themes.flatMap((t) => pages.get(themePath(t))!.querySelectorAll('.toc a'));
    const masked = entries.filter((a) => a.text.includes('**'));
    expectMasksDrawn(masked);
  });

  test('what a person said is listed with the source’s masks drawn, as on the theme pages', () => {
    const listed = [...pages].filter(([path]) => path.startsWith('/people/')).flatMap(([, page]) => page.querySelectorAll('.said a'));
    const masked = listed.filter((a) => a.text.includes('**'));
    expectMasksDrawn(masked);
  });

  test('no internal link is broken, anchors included', () => {
    const broken: string[] = [];
    for (const [path, page] of pages) {
      for (const a of page.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^[a-z]+:/i.test(href)) continue;
        const url = new URL(href, `http://site${path}`);
        // Addresses are percent-encoded (/people/%E5%91%A8…/), file names are not.
        const file = decodeURIComponent(url.pathname);
        const target = pages.get(file) ?? (existsSync(join(siteDir, file)) ? undefined : null);
        if (target === null) broken.push(`${path} → ${href} (no page)`);
        else if (url.hash && target && !target.querySelector(`[id="${decodeURIComponent(url.hash.slice(1))}"]`))
          broken.push(`${path} → ${href} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every link, hidden ones included, has an address a crawler can follow (Lighthouse’s crawlable anchors)', () => {
    const uncrawlable: string[] = [];
    for (const [path, page] of pages)
      for (const a of page.querySelectorAll('a')) {
        const href = a.getAttribute('href')?.trim();
        if (!href || /^(javascript:|#$)/i.test(href))
          uncrawlable.push(`${path}: <a class="${a.getAttribute('class') ?? ''}">${a.text.trim()}`);
      }
    expect(uncrawlable).toEqual([]);
    // The header's "all results" link, hidden until a search has more hits than it shows.
    for (const page of pages.values()) expect(page.querySelector('a.search-more')?.getAttribute('href')).toBe('/search/');
  });

  test('every page type the browser suites and the audit check is a page of the site, not the 404 page', () => {
    for (const [name, path] of Object.entries(PAGE_TYPES)) {
      if (name === 'notFound') expect(pages.has(path), path).toBe(false);
      else expect(pages.has(decodeURIComponent(new URL(path, 'http://site').pathname)), `${name}: ${path}`).toBe(true);
    }
  });

  test('About names every interview’s source and licence, in its language; a licence the data file gives is linked on the interview page too', () => {
    const about = pages.get('/about/')!;
    const entries = about.querySelectorAll('.sources > li');
    const records = generatedInterviews() as unknown as {
      slug: string;
      language: string;
      source: { licence?: string; licenceUrl?: string };
    }[];
    expect(entries.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(
      expect.arrayContaining(records.map((r) => `/${r.slug}/`)),
    );
    for (const record of records) {
      const entry = entries.find((li) => li.querySelector('a')!.getAttribute('href') === `/${record.slug}/`)!;
      expect(entry.getAttribute('lang')).toBe(record.language);
      const licence = entry.querySelectorAll('dd')[1]!;
      if (record.source.licence) {
        expect(licence.querySelector('a')!.getAttribute('href')).toBe(record.source.licenceUrl);
        const overview = pages.get(`/${record.slug}/`)!.querySelector('.licence a')!;
        expect(overview.text).toBe(record.source.licence);
      } else expect(licence.text).toMatch(/^(未注明|not stated)/);
    }
    expect(records.some((r) => r.source.licence)).toBe(true); // Practical AI's data file gives CC BY-SA 4.0
    // Both languages, each marked as such.
    expect(about.querySelector('#en')!.getAttribute('lang')).toBe('en');
    expect(about.querySelectorAll('#en h3').length).toBe(about.querySelectorAll('h2[id]:not(#en-about):not(#sources)').length);
  });

  test('an English interview’s page speaks English punctuation in its own words (captions, description)', () => {
    const english = generatedInterviews().find((r) => r.language.startsWith('en'))!;
    const page = pages.get(`/${english.slug}/`)!;
    const own = [
      page.querySelector('meta[name="description"]')!.getAttribute('content')!,
      ...page.querySelectorAll('figcaption, .count, .source-link').map((e) => e.text),
    ];
    expect(own.length).toBeGreaterThan(3);
    for (const text of own) expect(text).not.toMatch(/[：；、，（）。]/u);
  });

  test('the only inline script that runs is the theme script, allowed by its hash in the CSP and placed before the stylesheet', () => {
    for (const [path, page] of pages) {
      const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      const allowed = [...csp.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]);
      const inline = page
        .querySelectorAll('script:not([src])')
        .filter((s) => !['application/ld+json', 'application/json'].includes(s.getAttribute('type') ?? ''));
      expect(inline, path).toHaveLength(1);
      expect(allowed, path).toEqual([createHash('sha256').update(inline[0]!.textContent, 'utf8').digest('base64')]);
      // Nothing in <head> blocks the parser before the stylesheet is requested.
      expect(page.querySelector('head script[src]:not([type="module"]):not([async]):not([defer])'), path).toBeNull();
    }
  });

  test('structured data types what it says: the event an interview was recorded at is an Event, no location is an Event', () => {
    const typed: { key: string; type: unknown }[] = [];
    const walk = (value: unknown, key = ''): void => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, key));
      else if (value && typeof value === 'object') {
        if (key) typed.push({ key, type: (value as Record<string, unknown>)['@type'] });
        for (const [k, v] of Object.entries(value)) walk(v, k);
      }
    };
    for (const page of pages.values())
      for (const script of page.querySelectorAll('script[type="application/ld+json"]')) walk(JSON.parse(script.text));
    expect(typed.filter((t) => t.key === 'locationCreated' || t.key === 'contentLocation').map((t) => t.type)).not.toContain('Event');
    const recorded = typed.filter((t) => t.key === 'recordedAt');
    expect(recorded.length).toBeGreaterThan(0); // the seed names its event
    expect(new Set(recorded.map((t) => t.type))).toEqual(new Set(['Event']));
  });

  test('every id in the lock file resolves: live ids on their theme page, every id on a page of its own', () => {
    for (const { id } of seedIds.turns) {
      const turn = seed.transcript.turns[seed.ids.indexOf(id)]!;
      const theme = record.themes.find((t) => pages.get(themePath(t))!.querySelector(`#${id}`));
      expect(theme, `${id} on a theme page`).toBeDefined();
      expect(pages.get(`/${interview}/q/${id}/`)!.querySelector('.quote-page blockquote')!.text).toContain(
        turn.paragraphs[0]!.slice(0, 10),
      );
    }
    for (const { id, to } of seedIds.retired) {
      expect(pages.get(`/${interview}/q/${id}/`)!.querySelector(`#${to}`), `${id} → ${to}`).not.toBeNull();
    }
  });

  test('a per-quote page previews the quote itself, and names the theme page as canonical', () => {
    const id = seed.ids[19]!;
    const page = pages.get(`/${interview}/q/${id}/`)!;
    const meta = (selector: string) => page.querySelector(selector)!.getAttribute('content')!;
    const words = seed.transcript.turns[19]!.paragraphs.join('');
    expect(meta('meta[property="og:title"]')).toMatch(new RegExp(`^“${words.slice(0, 20).replace(/[?*.()]/g, '\\$&')}`));
    expect(meta('meta[property="og:title"]')).toMatch(/——周鸿祎$/);
    expect(meta('meta[property="og:description"]')).toContain(words.slice(0, 60));
    expect(meta('meta[name="twitter:card"]')).toBe('summary');
    const theme = record.themes.find((t) => pages.get(themePath(t))!.querySelector(`#${id}`))!;
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${site}${themePath(theme)}`);
    expect(page.querySelector(`a[href="${themePath(theme)}#${id}"]`)!.text).toBe('在上下文中阅读');
  });

  test('every page has a canonical URL and Open Graph; the sitemap lists the pages; robots.txt points to it', () => {
    for (const [path, page] of pages) {
      // The 404 page is served at any address; it has none of its own to name.
      if (path === '/404.html') {
        expect(page.querySelector('link[rel="canonical"]'), path).toBeNull();
        continue;
      }
      expect(page.querySelector('link[rel="canonical"]'), path).not.toBeNull();
      for (const property of ['og:title', 'og:url', 'og:type', 'og:site_name'])
        expect(page.querySelector(`meta[property="${property}"]`), `${path} ${property}`).not.toBeNull();
    }
    const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
    for (const theme of record.themes) expect(sitemap).toContain(`<loc>${site}${themePath(theme)}</loc>`);
    expect(sitemap).not.toContain('/q/t-');
    expect(readFileSync(join(siteDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  });

  test('interview pages describe the interview as JSON-LD, with participants and date', () => {
    const data = JSON.parse(pages.get(`/${interview}/`)!.querySelector('script[type="application/ld+json"]')!.text);
    expect(data).toMatchObject({ '@type': 'Conversation', dateCreated: '2023-05-31', inLanguage: 'zh-CN' });
    expect(data.contributor.map((p: { name: string }) => p.name)).toEqual(['骆轶航', '周鸿祎']);
  });

  test('every theme-map segment links to the first turn of an existing exchange, in interview order (within the page on the transcript)', () => {
    for (const path of [`/${interview}/`, `/${interview}/transcript/`]) {
      const links = pages.get(path)!.querySelectorAll('.theme-map-strip a');
      expect(links).toHaveLength(seed.exchanges.length);
      links.forEach((a, i) => {
        const [page, id] = a.getAttribute('href')!.split('#');
        if (path.endsWith('/transcript/')) expect(page, 'the transcript’s map jumps within it').toBe('');
        expect(pages.get(page || path)!.querySelector(`#${id}`), a.getAttribute('href')!).not.toBeNull();
        expect(id).toBe(seed.ids[seed.exchanges[i]!.turns[0]!.index]);
        expect(a.getAttribute('aria-label')).toMatch(new RegExp(`^\\d+ .+：第 ${i + 1} 段，\\d+ 字$`));
      });
    }
  });

  test('the speaker chart says in numbers how much each speaker says per theme', () => {
    const rows = pages.get(`/${interview}/`)!.querySelectorAll('.speaker-chart tbody tr');
    expect(rows).toHaveLength(record.themes.length);
    const total = rows.flatMap((r) => r.querySelectorAll('td').map((td) => Number(td.text))).reduce((a, b) => a + b, 0);
    const spoken = seed.transcript.turns.reduce((sum, t) => sum + [...t.paragraphs.join('').replace(/\s+/g, '')].length, 0);
    expect(total).toBe(spoken);
  });

  test('the home page lists every interview', () => {
    const home = pages.get('/')!;
    for (const record of generatedInterviews()) expect(home.querySelector(`a[href="/${record.slug}/"]`), record.slug).not.toBeNull();
  });

  test('the interview page shows the interview with its participants, source and theme cards', () => {
    const home = pages.get(`/${interview}/`)!;
    const text = home.text;
    for (const name of ['骆轶航', '周鸿祎', '访谈人', '受访人', '2023-05-31']) expect(text).toContain(name);
    expect(home.querySelector('a[href="https://www.btchangqing.cn/541022.html"]')).not.toBeNull();
    const cards = home.querySelectorAll('.theme-card');
    expect(cards).toHaveLength(record.themes.length);
    for (const card of cards) expect(card.querySelector('blockquote a')!.getAttribute('href')).toMatch(/#t-[0-9a-z]+/);
  });
});
