/** Site-wide names and labels: one place for what every page repeats. */
import { withBase } from './lib/urls';

export const SITE_NAME = '谈录';
export const SITE_NAME_EN = 'Tanlu';
export const SITE_TAGLINE = '访谈实录，按主题阅读、全文检索、逐段引用';

/**
 * Paths of the site's pages, as served (with the base path: src/lib/urls.ts). Every link is
 * built here, so the URL scheme lives in one place.
 */
export const paths = {
  home: () => withBase(''),
  interview: (interview: string) => withBase(`${interview}/`),
  theme: (interview: string, theme: string) => withBase(`${interview}/${theme}/`),
  transcript: (interview: string) => withBase(`${interview}/transcript/`),
  /** A single turn's own page ("link to this quote individually"); exists for every id ever published. */
  quote: (interview: string, id: string) => withBase(`${interview}/q/${id}/`),
  /** A turn in its canonical place: its theme page. */
  turn: (interview: string, theme: string, id: string) => withBase(`${interview}/${theme}/#${id}`),
  search: (query?: string) => withBase(query ? `search/?q=${encodeURIComponent(query)}` : 'search/'),
  about: () => withBase('about/'),
  /** Everything one person said, across interviews (`key` from `personKeys` in src/lib/library.ts). */
  person: (key: string) => withBase(`people/${encodeURIComponent(key)}/`),
  /** A theme several interviews share. */
  sharedTheme: (key: string) => withBase(`themes/${key}/`),
  sitemap: () => withBase('sitemap-index.xml'),
  /** Files in public/. */
  asset: (file: string) => withBase(file),
};
