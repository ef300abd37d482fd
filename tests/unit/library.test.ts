import { describe, expect, test } from 'vitest';
import type { Interview, Section } from '../../src/lib/interviews.ts';
import { excerpt, namesAPerson, personKeys, sharedThemesOf } from '../../src/lib/library.ts';

type Turn = Interview['turns'][number];

const ENGLISH =
  "Agreed. I think that's a huge issue right now. It is potentially more confusing about how to handle everything that's coming at companies these days from a large language model and generative AI than it ever has been, and the problem is getting harder. So we want to talk a little bit about that today, and I want to acknowledge a couple of things with our audience. Many of you have been with us for quite a long time. We've been doing this show for about five years on a weekly basis - I know it's been forever - and it's just getting more and more interesting.";
const CHINESE =
  '今天下午我会参加我们公司一个视觉大模型和智能设备结合的发布会。大家现在都在谈软件APP,智能硬件的AIoT一直没有真正实现,大模型真正成为人工智能以后这方面有非常巨大的机会,将是又一个重要的应用场景。';

/** Just what the library functions read of an interview and a section. */
const interview = (slug: string, themes: { slug: string; shared?: string }[]) =>
  ({ slug, themes: themes.map((t) => ({ title: t.slug, titleEn: t.slug, ...t })), speakers: [], turns: [] }) as unknown as Interview;
const section = (interviewSlug: string, theme: string) => ({ data: { interview: interviewSlug, theme } }) as unknown as Section;

describe('the library', () => {
  test('a person’s address is the name as lower-case ASCII words, Chinese in pinyin', () => {
    const keys = personKeys(['Chris Benson', ' Jean-Luc  Picard ', '周鸿祎', '汤姆·汉克斯', "Conan O'Brien", 'Café Olé']);
    expect([...keys.values()]).toEqual([
      'chris-benson',
      'jean-luc-picard',
      'zhou-hong-yi',
      'tang-mu-han-ke-si',
      'conan-o-brien',
      'cafe-ole',
    ]);
  });

  test('the same name in any width, case or spacing is one person; two names never share an address', () => {
    const keys = personKeys(['Chris Benson', 'CHRIS  BENSON', 'Ｃｈｒｉｓ Benson', '张伟', '章伟', '周鸿祎']);
    expect(new Set([keys.get('Chris Benson'), keys.get('CHRIS  BENSON'), keys.get('Ｃｈｒｉｓ Benson')])).toEqual(
      new Set(['chris-benson']),
    );
    // 张伟 and 章伟 are both zhang wei: each is tagged from its own characters, whatever else the library holds.
    expect(keys.get('张伟')).toMatch(/^zhang-wei-[a-z0-9]{1,4}$/);
    expect(keys.get('章伟')).toMatch(/^zhang-wei-[a-z0-9]{1,4}$/);
    expect(keys.get('张伟')).not.toBe(keys.get('章伟'));
    expect(personKeys(['章伟', '张伟', 'Someone Else']).get('张伟')).toBe(keys.get('张伟'));
    expect(keys.get('周鸿祎')).toBe('zhou-hong-yi');
    const odd = personKeys(['😀', '★']);
    expect(odd.get('😀')).toMatch(/^person-/);
    expect(odd.get('😀')).not.toBe(odd.get('★'));
  });

  test.each([
    '问',
    '答',
    'Q',
    'A',
    '主持人',
    'Host',
    'host',
    '嘉宾',
    'Guest',
    'Speaker 1',
    'Speaker A',
    'speaker 12',
    '发言人1',
    '说话人 2',
    'Unknown Speaker',
    '未知说话人',
    '未知發言人',
  ])('“%s” is a role or a numbered voice, not a person: no person page', (label) => {
    expect(namesAPerson(label)).toBe(false);
    expect(personKeys([label, '周鸿祎']).has(label)).toBe(false);
  });

  test.each(['周鸿祎', '骆轶航', 'Daniel Whitenack', 'Hostetler', 'Ann', 'Speakerman', '主持人王远志'])('“%s” names a person', (name) => {
    expect(namesAPerson(name)).toBe(true);
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

  test('what a person said is listed by its first words, never ending inside a word, with the ellipsis of its language', () => {
    // From content/sources/practical-ai-225.txt, line 7 (Chris Benson).
    const english = { paragraphs: [ENGLISH] } as Turn;
    const said = excerpt(english);
    expect(said.endsWith('…')).toBe(true);
    const words = said.slice(0, -1);
    expect(english.paragraphs[0]!.startsWith(words)).toBe(true);
    expect(english.paragraphs[0]![words.length]).toBe(' ');
    expect(words.length).toBeGreaterThan(80);
    // From the seed, line 40: Chinese is cut by characters, with a Chinese ellipsis.
    const chinese = { paragraphs: [CHINESE] } as Turn;
    expect(excerpt(chinese, 20)).toBe(`${[...chinese.paragraphs[0]!].slice(0, 20).join('')}……`);
  });
});
