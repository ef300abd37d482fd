import { describe, expect, test } from 'vitest';
import { HEADER_RULES, headersFile, headersFor, matchesPath, parseHeadersFile } from '../../src/lib/headers/policy.ts';

const SAMPLE_PATHS = [
  '/',
  '/zhou/open-source/',
  '/_astro/Base.BaF2A4Eo.css',
  '/pagefind/zh-cn/fragment/zh-cn_1a2b.pf_fragment',
  '/pagefind/zh-cn/pagefind.js',
  '/pagefind/en/pagefind-entry.json',
  '/search/manifest.json',
  '/404.html',
];

describe('the headers file', () => {
  test('round-trips: what npm start reads is what the build wrote, under the base', () => {
    const rules = parseHeadersFile(headersFile('/tanlu/'));
    expect(rules.map((r) => r.path)).toEqual(HEADER_RULES.map((r) => `/tanlu/${r.path}`));
    expect(rules.map((r) => r.headers)).toEqual(HEADER_RULES.map((r) => r.headers));
  });

  test('paths match as Netlify and Cloudflare Pages match them', () => {
    expect(matchesPath('/*', '/a/b/')).toBe(true);
    expect(matchesPath('/_astro/*', '/_astro/x.js')).toBe(true);
    expect(matchesPath('/_astro/*', '/zhou/_astro/x.js')).toBe(false);
    expect(matchesPath('/pagefind/:language/fragment/*', '/pagefind/zh-cn/fragment/a.pf_fragment')).toBe(true);
    expect(matchesPath('/pagefind/:language/fragment/*', '/pagefind/zh-cn/x/fragment/a')).toBe(false);
    expect(matchesPath('/a.b/*', '/aXb/c')).toBe(false);
  });

  test('every response gets the CSP with frame-ancestors, nosniff and a referrer policy; hashed assets are cached for good, pages and search data revalidate', () => {
    const rules = parseHeadersFile(headersFile('/'));
    for (const path of SAMPLE_PATHS) {
      const headers = headersFor(rules, path);
      expect(headers['Content-Security-Policy'], path).toMatch(/frame-ancestors 'none'/);
      expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
      expect(headers['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
    }
    expect(headersFor(rules, '/_astro/Base.BaF2A4Eo.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/pagefind/zh-cn/fragment/zh-cn_1a2b.pf_fragment')['Cache-Control']).toMatch(/immutable/);
    for (const path of [
      '/',
      '/zhou/open-source/',
      '/search/manifest.json',
      '/pagefind/zh-cn/pagefind.js',
      '/pagefind/en/pagefind-entry.json',
    ]) {
      expect(headersFor(rules, path)['Cache-Control'], path).toBe('no-cache');
    }
  });

  test('no header is set twice for one path (hosts would join the two values)', () => {
    for (const path of SAMPLE_PATHS) {
      const names = HEADER_RULES.filter((r) => matchesPath(`/${r.path}`, path)).flatMap((r) => Object.keys(r.headers));
      expect(new Set(names).size, path).toBe(names.length);
    }
  });
});
