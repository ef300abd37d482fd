/**
 * The library: interviews, people and themes across interviews, as pure functions of the
 * interview records and their sections. The home page, the person pages and the cross-interview
 * theme pages are drawn from these.
 */
import { RESERVED_SLUGS } from '../schemas/interview-data';
import type { Interview, Section } from './interviews';

type Turn = Interview['turns'][number];
type ThemeRef = Interview['themes'][number];
type Role = Interview['speakers'][number]['role'];

/**
 * A person's address: Latin names in lower case joined by `-` (`Chris Benson` → `chris-benson`),
 * other scripts as written (`周鸿祎`), so a reader can read the address. The same name in two
 * interviews is one person.
 */
export function personKey(name: string): string {
  const key = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_]+/gu, '-')
    .replace(/[^\p{L}\p{N}·-]/gu, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return key || encodeURIComponent(name);
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
  key: string;
  name: string;
  /** Newest interview first (the order of `interviews`). */
  appearances: Appearance[];
}

/** Every person who speaks in the library, by name, with everything they said. */
export function peopleOf(interviews: readonly Interview[]): Person[] {
  const people = new Map<string, Person>();
  for (const interview of interviews) {
    for (const speaker of interview.speakers) {
      const turns = interview.turns.filter((t) => t.speaker === speaker.name);
      if (turns.length === 0) continue;
      const key = personKey(speaker.name);
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

/** The first words of a turn, for a list of what someone said. */
export function excerpt(turn: Turn, length = 60): string {
  const chars = [...turn.paragraphs.join(' ')];
  return chars.length > length ? `${chars.slice(0, length).join('')}……` : chars.join('');
}
