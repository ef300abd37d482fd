import { describe, expect, test } from 'vitest';
import { rebase, shareUrl, shortUrl, withBase, withoutBase } from '../../src/lib/urls.ts';

// Vitest runs with Vite's defaults: base `/`, no site. Built sites with a base and a site are
// checked in tests/browser/base-path.test.ts and tests/site/built-site.test.ts.
describe('site URLs', () => {
  test('a site path is served under the base, with or without its leading slash', () => {
    expect(withBase('zhou/q/t-1/')).toBe('/zhou/q/t-1/');
    expect(withBase('/zhou/')).toBe('/zhou/');
    expect(withBase('')).toBe('/');
  });

  test('a served path moves onto another base, keeping its query and fragment', () => {
    expect(rebase('/zhou/open-source/#t-1', '/tanlu/')).toBe('/tanlu/zhou/open-source/#t-1');
    expect(rebase('/search/?q=a', '/tanlu')).toBe('/tanlu/search/?q=a');
    expect(rebase('/', '/tanlu/')).toBe('/tanlu/');
  });

  test('the site path of an address is what follows the base', () => {
    expect(withoutBase('/zhou/no-theme/')).toBe('zhou/no-theme/');
    expect(withoutBase('/')).toBe('');
  });

  test('without a configured site, shared links use the address the page is read at', () => {
    expect(shareUrl('/zhou/q/t-1/', 'http://127.0.0.1:4321')).toBe('http://127.0.0.1:4321/zhou/q/t-1/');
  });

  test('a printed short link drops the scheme only', () => {
    expect(shortUrl('https://example.org/tanlu/zhou/q/t-1/')).toBe('example.org/tanlu/zhou/q/t-1/');
  });
});
