/**
 * The library: interviews, people and themes across interviews, as pure functions of the
 * interview records and their sections. The home page, the person pages and the cross-interview
 * theme pages are drawn from these.
 */
import { RESERVED_SLUGS } from '../schemas/interview-data.ts';
import { QA_LABELS, ROLE_KEYS, UNIDENTIFIED_VOICES } from '../../scripts/lib/parse/vocabulary.ts';
import type { Interview, Section } from './interviews';
import { slugify } from './slug.ts';
import { spokenText } from './segment-text.ts';

type Turn = Interview['turns'][number];
type ThemeRef = Interview['themes'][number];
type Role = Interview['speakers'][number]['role'];

/** How a name is compared: the same name in any width, case or spacing is one person. */
const sameName = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();

/** Role words transcripts use as labels (问, 答, Q, A, 主持人, Host, 嘉宾 …) and a service's unnamed voices (未知说话人), compared as names are. */
const ROLE_WORDS = new Set([...QA_LABELS.keys(), ...ROLE_KEYS.keys(), ...UNIDENTIFIED_VOICES].map(sameName));
/** A transcription service's numbered voice (Speaker 1, Speaker A, 发言人1, 说话人 2) or an unnamed one. */
const NUMBERED_VOICE =
  /^(?:speaker|发言人|說話人|说话人|讲话人|發言人|participant|guest|host|unknown(?: speaker)?|unidentified(?: speaker)?)(?:\s*\d{1,3}|\s+[a-z])?$/u;

/**
 * Whether a speaker's name names a person, not a position: a role word used as a label
 * (问, 答, Q, A, 主持人, Host) or a numbered voice (Speaker 1, 发言人1) gets no person page,
 * since the same label in two interviews is two different people.
 */
export function namesAPerson(name: string): boolean {
  const key = sameName(name);
  return key !== '' && !ROLE_WORDS.has(key) && !NUMBERED_VOICE.test(key);
}

/** FNV-1a, base 36: a short stable tag for a name, never its position in a list. */
function tag(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36).slice(0, 4);
}

/**
 * Each person's address in the library (`/people/<key>/`), by name: the name as lower-case
 * ASCII words, Chinese in pinyin (`Chris Benson` → `chris-benson`, `周鸿祎` → `zhou-hong-yi`),
 * the interviews' own slug rule. Two different names that would share an address (张伟 and
 * 章伟 are both zhang-wei) each get a tag made from the name itself (`zhang-wei-1x2k`), so no
 * address ever depends on the order of interviews; a name without letters gets `person-<tag>`.
 */
export function personKeys(names: Iterable<string>): Map<string, string> {
  const bySlug = new Map<string, Set<string>>();
  for (const name of names) {
    if (!namesAPerson(name)) continue;
    const slug = slugify(sameName(name)) || 'person';
    bySlug.set(slug, (bySlug.get(slug) ?? new Set()).add(sameName(name)));
  }
  const keyOf = new Map<string, string>();
  for (const [slug, same] of bySlug) {
    for (const name of same) keyOf.set(name, same.size > 1 || slug === 'person' ? `${slug}-${tag(name)}` : slug);
  }
  const keys = new Map<string, string>();
  for (const name of names) {
    const key = keyOf.get(sameName(name));
    if (key) keys.set(name, key);
  }
  return keys;
}

/** The year of an interview, or undefined when it has no date. */
export const yearOf = (interview: Interview): string | undefined => interview.date?.slice(0, 4);

/** The primary language subtag, what the filter groups by (`zh-CN` → `zh`). */
export const languageOf = (interview: Interview): string => interview.language.split('-')[0]!.toLowerCase();

/** A language's name in Chinese, for the filter and the list (`en` → 英语). */
export function languageName(language: string): string {
  return new Intl.DisplayNames(['zh-CN'], { type: 'language' }).of(language) ?? language;
}

/** What one person said in one interview, theme by theme (in the interview's order). */
export interface Appearance {
  interview: Interview;
  role: Role;
  themes: { theme: ThemeRef; turns: Turn[] }[];
  turnCount: number;
}

export interface Person {
  /** The address (`personKeys`). */
  key: string;
  name: string;
  /** Newest interview first (the order of `interviews`). */
  appearances: Appearance[];
}

/** Every person who speaks in the library, by name, with everything they said. */
/** The addresses of everyone who speaks in the library: speaker name → key (role words and numbered voices have none). */
export const personKeysOf = (interviews: readonly Interview[]): Map<string, string> =>
  personKeys(interviews.flatMap((i) => i.speakers.map((s) => s.name)));

export function peopleOf(interviews: readonly Interview[]): Person[] {
  const keys = personKeysOf(interviews);
  const people = new Map<string, Person>();
  for (const interview of interviews) {
    for (const speaker of interview.speakers) {
      const turns = interview.turns.filter((t) => t.speaker === speaker.name);
      const key = keys.get(speaker.name);
      if (turns.length === 0 || !key) continue;
      const person = people.get(key) ?? { key, name: speaker.name, appearances: [] };
      const themes = interview.themes
        .map((theme) => ({ theme, turns: turns.filter((t) => t.theme === theme.slug) }))
        .filter((group) => group.turns.length > 0);
      person.appearances.push({ interview, role: speaker.role, themes, turnCount: turns.length });
      people.set(key, person);
    }
  }
  return [...people.values()].sort((a, b) => a.key.localeCompare(b.key, 'zh-CN'));
}

/** A theme several interviews share: one section of each. */
export interface SharedTheme {
  key: string;
  /** The first (newest) interview's titles. */
  title: string;
  titleEn: string;
  sections: { interview: Interview; section: Section }[];
}

/**
 * Themes that two or more interviews share: the same slug, or a data file's `shared` mapping.
 * The section that holds an unthemed interview (a reserved slug) is no theme and joins nothing.
 */
export function sharedThemesOf(interviews: readonly Interview[], sections: readonly Section[]): SharedTheme[] {
  const groups = new Map<string, SharedTheme>();
  for (const interview of interviews) {
    for (const theme of interview.themes) {
      if ((RESERVED_SLUGS as readonly string[]).includes(theme.slug)) continue;
      const section = sections.find((s) => s.data.interview === interview.slug && s.data.theme === theme.slug);
      if (!section) continue;
      const key = theme.shared ?? theme.slug;
      const group = groups.get(key) ?? { key, title: theme.title, titleEn: theme.titleEn, sections: [] };
      group.sections.push({ interview, section });
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .filter((g) => new Set(g.sections.map((s) => s.interview.slug)).size > 1)
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The key of the shared theme a section belongs to, if it is shared. */
export function sharedKeyOf(theme: ThemeRef, shared: readonly SharedTheme[]): string | undefined {
  const key = theme.shared ?? theme.slug;
  return shared.some((s) => s.key === key) ? key : undefined;
}

/**
 * The first words of a turn, for a list of what someone said: about `length` characters of
 * Chinese, or twice as many of a Latin-script language (whose words are longer), never ending
 * inside a word, and "……" / "…" (as each language writes it) where the turn goes on.
 */
export function excerpt(turn: Turn, length = 60): string {
  const text = turn.paragraphs.map(spokenText).join(' ');
  const chars = [...text];
  const han = chars.filter((c) => /\p{Script=Han}/u.test(c)).length;
  const latin = han * 2 < chars.length;
  const limit = latin ? length * 2 : length;
  if (chars.length <= limit) return text;
  let head = chars.slice(0, limit).join('');
  if (/[\p{L}\p{N}]/u.test(chars[limit]!) && /[\p{L}\p{N}]$/u.test(head)) {
    const space = head.lastIndexOf(' ');
    // Only a near space: a Chinese turn may hold one Latin word (ChatGPT) and no space for long.
    if (space > head.length * 0.6) head = head.slice(0, space);
  }
  return `${head.trimEnd()}${latin ? '…' : '……'}`;
}
