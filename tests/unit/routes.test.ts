import { describe, expect, test } from 'vitest';
import { assertUniqueUrls, claimedUrls } from '../../src/lib/routes.ts';
import { slugify } from '../../scripts/lib/steps/choose-slug.ts';

const interview = (slug: string, themes: string[] = ['all']) => ({
  slug,
  themes: themes.map((t) => ({ slug: t })),
  turns: [{ id: 't-1' }],
  retired: [],
});
const PAGES = ['/', '/about/', '/search/', '/404/', '/pagefind/'];

describe('no two pages claim one URL', () => {
  test('an interview named like a page of the site is a build error naming both', () => {
    expect(() => assertUniqueUrls([interview('search')], PAGES)).toThrow(/\/search\/: the site's page \/search\/ and interview "search"/);
  });

  test('a theme named like an interview page is a build error', () => {
    expect(() => assertUniqueUrls([interview('talk', ['transcript'])], PAGES)).toThrow(/\/talk\/transcript\//);
  });

  test('distinct interviews and themes pass, every page claimed once', () => {
    expect(() => assertUniqueUrls([interview('a', ['x', 'y']), interview('b', ['x'])], PAGES)).not.toThrow();
    expect([...claimedUrls([interview('a')], PAGES).keys()]).toContain('/a/q/t-1/');
  });
});

describe('slugs from file names', () => {
  test.each([
    ['a b', 'a-b'],
    ['中文访谈', 'zhong-wen-fang-tan'],
    ['李四-2024-01-15', 'li-si-2024-01-15'],
    ['Café Olé', 'cafe-ole'],
    ['Sam Altman 访谈', 'sam-altman-fang-tan'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
