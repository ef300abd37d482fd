/** One page of each type, for the suites that check every page type (accessibility, layout, audit). */
import { seed } from './seed.ts';

const record = JSON.parse(seed.files.get('interview.json')!) as { themes: { slug: string }[] };

export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  interview: `/${seed.slug}/`,
  theme: `/${seed.slug}/${record.themes[1]!.slug}/`,
  transcript: `/${seed.slug}/transcript/`,
  quote: `/${seed.slug}/q/${seed.ids[5]}/`,
  search: `/search/?q=${encodeURIComponent('开源')}`,
  about: '/about/',
  notFound: '/no-such-page/',
};
