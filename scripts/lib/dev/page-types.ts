/**
 * One page of each type of the built site, for what checks every page type: the browser
 * suites (accessibility, layout) and `npm run audit`. Read from the committed seed record
 * (npm test fails when it is stale).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { slugify } from '../../../src/lib/slug.ts';
import { GENERATED_DIR } from '../../../src/schemas/generated.ts';

/** The reference interview, whose pages stand for each page type. */
export const SEED = 'zhou-hongyi-2023-05-31';
const root = fileURLToPath(new URL('../../../', import.meta.url));
const record = JSON.parse(readFileSync(`${root}${GENERATED_DIR}/${SEED}/interview.json`, 'utf8')) as {
  themes: { slug: string }[];
  turns: { id: string }[];
  speakers: { name: string; role: string }[];
};
/** An interview in English (UI words from src/i18n/en.ts, themes found automatically). */
export const ENGLISH = 'practical-ai-225';
const guest = record.speakers.find((s) => s.role === 'interviewee')!.name;

export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  interview: `/${SEED}/`,
  theme: `/${SEED}/${record.themes[1]!.slug}/`,
  transcript: `/${SEED}/transcript/`,
  quote: `/${SEED}/q/${record.turns[5]!.id}/`,
  english: `/${ENGLISH}/`,
  // A person's address is their name as ASCII words (src/lib/library.ts personKeys; the seed's guest shares it with no one).
  person: `/people/${slugify(guest)}/`,
  search: `/search/?q=${encodeURIComponent('开源')}`,
  about: '/about/',
  notFound: '/no-such-page/',
};
