/** Site-wide names and labels: one place for what every page repeats. */
export const SITE_NAME = '谈录';
export const SITE_NAME_EN = 'Tanlu';
export const SITE_TAGLINE = '访谈实录，按主题阅读、全文检索、逐段引用';

/** Paths of an interview's pages. Every link is built here, so the URL scheme lives in one place. */
export const paths = {
  home: () => '/',
  interview: (interview: string) => `/${interview}/`,
  theme: (interview: string, theme: string) => `/${interview}/${theme}/`,
  transcript: (interview: string) => `/${interview}/transcript/`,
  /** A single turn's own page ("link to this quote individually"); exists for every id ever published. */
  quote: (interview: string, id: string) => `/${interview}/q/${id}/`,
  /** A turn in its canonical place: its theme page. */
  turn: (interview: string, theme: string, id: string) => `/${interview}/${theme}/#${id}`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  about: () => '/about/',
};
