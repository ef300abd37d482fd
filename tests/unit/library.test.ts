import { describe, expect, test } from 'vitest';
import type { Interview, Section } from '../../src/lib/interviews.ts';
import { personKey, sharedThemesOf } from '../../src/lib/library.ts';

/** Just what the library functions read of an interview and a section. */
const interview = (slug: string, themes: { slug: string; shared?: string }[]) =>
  ({ slug, themes: themes.map((t) => ({ title: t.slug, titleEn: t.slug, ...t })), speakers: [], turns: [] }) as unknown as Interview;
const section = (interviewSlug: string, theme: string) => ({ data: { interview: interviewSlug, theme } }) as unknown as Section;

describe('the library', () => {
  test('a person’s address is readable: Latin names in lower case with dashes, Chinese as written', () => {
    expect(personKey('Chris Benson')).toBe('chris-benson');
    expect(personKey(' Jean-Luc  Picard ')).toBe('jean-luc-picard');
    expect(personKey('周鸿祎')).toBe('周鸿祎');
    expect(personKey('汤姆·汉克斯')).toBe('汤姆·汉克斯');
    expect(personKey("Conan O'Brien")).toBe('conan-obrien');
  });

  test('themes are shared by the same slug or by a data file’s mapping, and only by two interviews or more', () => {
    const a = interview('a', [{ slug: 'open-source' }, { slug: 'chips' }]);
    const b = interview('b', [{ slug: 'open-models', shared: 'open-source' }, { slug: 'hiring' }]);
    const c = interview('c', [{ slug: 'chips' }, { slug: 'all' }]);
    const d = interview('d', [{ slug: 'all' }]);
    const sections = [a, b, c, d].flatMap((i) => i.themes.map((t) => section(i.slug, t.slug)));
    const shared = sharedThemesOf([a, b, c, d], sections);
    expect(shared.map((t) => [t.key, t.sections.map((s) => `${s.interview.slug}/${s.section.data.theme}`)])).toEqual([
      ['chips', ['a/chips', 'c/chips']],
      ['open-source', ['a/open-source', 'b/open-models']],
    ]);
  });
});
