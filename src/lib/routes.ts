/**
 * Every page URL the site builds, and a check that no two claim one URL. Astro resolves a
 * clash between a dynamic route and a static one silently (an interview saved as
 * `search.txt` would lose its page to /search/), so the build checks all routes itself.
 */
import { paths } from '../consts';
import { withBase } from './urls';

/** What the routes of one interview depend on. */
export interface RoutedInterview {
  slug: string;
  themes: readonly { slug: string }[];
  turns: readonly { id: string }[];
  retired: readonly { id: string }[];
}

/** The site's own top-level pages, from the files in src/pages (so a new page is covered without editing this). */
function staticPages(): string[] {
  const files = Object.keys(import.meta.glob('/src/pages/*.{astro,mdx,md,ts}', { eager: false }));
  // Any top-level folder of pages (/search/, /people/…), whether it has an index page or not.
  const folders = Object.keys(import.meta.glob('/src/pages/*/*.{astro,mdx,md,ts}', { eager: false }));
  const names = [
    ...new Set([...files.map((f) => f.slice('/src/pages/'.length).replace(/\.[^.]+$/u, '')), ...folders.map((f) => f.split('/')[3]!)]),
  ];
  return [...names.filter((n) => !n.startsWith('[')).map((n) => withBase(n === 'index' ? '' : `${n}/`)), withBase('pagefind/')];
}

/** Every URL, with what claims it. */
export function claimedUrls(interviews: readonly RoutedInterview[], pages: readonly string[] = staticPages()): Map<string, string[]> {
  const claims = new Map<string, string[]>();
  const claim = (url: string, by: string) => claims.set(url, [...(claims.get(url) ?? []), by]);
  for (const page of pages) claim(page, `the site's page ${page}`);
  for (const interview of interviews) {
    const by = `interview "${interview.slug}"`;
    claim(paths.interview(interview.slug), by);
    claim(paths.transcript(interview.slug), `${by} (full transcript)`);
    for (const theme of interview.themes) claim(paths.theme(interview.slug, theme.slug), `${by}, theme "${theme.slug}"`);
    for (const { id } of [...interview.turns, ...interview.retired]) claim(paths.quote(interview.slug, id), `${by}, quote ${id}`);
  }
  return claims;
}

/** Throws, naming both claimants and the fix, when two pages would have one URL. */
export function assertUniqueUrls(interviews: readonly RoutedInterview[], pages?: readonly string[]): void {
  const clashes = [...claimedUrls(interviews, pages)].filter(([, by]) => by.length > 1);
  if (clashes.length === 0) return;
  const list = clashes.map(([url, by]) => `  ${url}: ${by.join(' and ')}`).join('\n');
  throw new Error(
    `Two pages would have one URL:\n${list}\nGive the interview or theme another slug (slug: in its data file) and run npm run ingest.`,
  );
}
