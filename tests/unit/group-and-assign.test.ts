import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { assignThemes } from '../../scripts/lib/assign-themes.ts';
import { IngestError } from '../../scripts/lib/errors.ts';
import { groupExchanges } from '../../scripts/lib/group-exchanges.ts';
import { parseTranscript } from '../../scripts/lib/parse/parse-transcript.ts';
import type { ThemeData } from '../../src/schemas/interview-data.ts';
import { FIXTURES } from '../support/paths.ts';
import { seed, seedData } from '../support/seed.ts';

describe('grouping turns into exchanges', () => {
  test('each interviewer turn opens an exchange with the answers after it', () => {
    expect(seed.exchanges).toHaveLength(23);
    for (const exchange of seed.exchanges) {
      expect(exchange.turns.map((t) => t.speaker)).toEqual(['骆轶航', '周鸿祎']);
    }
    expect(seed.exchanges.map((e) => e.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  test('turns before the first question and consecutive answers stay together; an editorial heading starts a new exchange', () => {
    const { transcript } = parseTranscript(
      '访谈人:问\n受访人:答,客\n答:开场白。\n问:第一问?\n答:第一答。\n客:我补充。\n小标题\n答:继续说。\n问:第二问?\n问:再追问一句?\n答:第二答。',
      'x.txt',
    );
    const exchanges = groupExchanges(transcript.turns, transcript.speakers, transcript.headings);
    expect(exchanges.map((e) => e.turns.map((t) => t.speaker).join(' '))).toEqual(['答', '问 答 客', '答', '问 问 答']);
  });

  test("a question from the floor opens an exchange as the moderator's does (TABConf 2021 panel, real excerpt)", () => {
    const file = `${FIXTURES}transcripts/real/tabconf-covenants-panel.txt`;
    const { transcript } = parseTranscript(readFileSync(file, 'utf8'), file);
    const initials = (name: string) => (name === 'Q' ? 'Q' : name.replace(/[^A-Z]/gu, ''));
    const exchanges = groupExchanges(transcript.turns, transcript.speakers, transcript.headings);
    expect(exchanges.map((e) => e.turns.map((t) => initials(t.speaker)).join(' '))).toEqual([
      'SA SA AP JR',
      'SA JR AP',
      'SA',
      'Q AP JR',
      'Q JR',
      'Q JR',
      'Q AP',
    ]);
  });
});

const theme = (slug: string, keywords: string[]): ThemeData => ({ slug, title: slug, titleEn: slug, description: slug, keywords });
const noPins = { pins: [], file: 'x.yaml', lineOf: () => 3 };

describe('assigning themes', () => {
  const { transcript } = parseTranscript(
    '访谈人:问\n受访人:答\n问:开源怎么样?\n答:开源很好,算力也要。\n问:英伟达呢?\n答:英伟达卖芯片,开源也用。\n问:还有吗?\n答:没有了。',
    'x.txt',
  );
  const exchanges = groupExchanges(transcript.turns, transcript.speakers, transcript.headings);
  const themes = [theme('open-source', ['开源']), theme('nvidia', ['英伟达', '芯片', '算力'])];

  test('every exchange gets exactly one theme, by the strongest keyword evidence, the question counting double', () => {
    const { assignments } = assignThemes(exchanges, transcript.speakers, themes, noPins);
    expect(assignments.map((a) => [a.exchange, a.theme, a.reason])).toEqual([
      [1, 'open-source', 'keywords'],
      [2, 'nvidia', 'keywords'],
      [3, 'nvidia', 'continues'],
    ]);
    expect(assignments[0]!.scores).toEqual([
      { theme: 'open-source', score: 3, evidence: { 开源: 3 } },
      { theme: 'nvidia', score: 1, evidence: { 算力: 1 } },
    ]);
  });

  test('an exchange without evidence continues the theme before it, with a warning naming it', () => {
    const { warnings } = assignThemes(exchanges, transcript.speakers, themes, noPins);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/^exchange 3 \(transcript line 7\) matches no theme's keywords/);
  });

  test('a pin wins over keyword evidence', () => {
    const pins = { ...noPins, pins: [{ quote: '英伟达卖芯片', theme: 'open-source' }] };
    const { assignments } = assignThemes(exchanges, transcript.speakers, themes, pins);
    expect(assignments[1]).toMatchObject({ theme: 'open-source', reason: 'pin' });
  });

  test.each([
    [{ quote: '英伟达', theme: 'gpu' }, /pin 1 names the theme "gpu", which is not in themes/],
    [{ quote: '量子计算', theme: 'nvidia' }, /pin 1 quotes "量子计算", which occurs in no exchange/],
    [{ quote: '开源', theme: 'nvidia' }, /which occurs in 2 exchanges \(1, 2\)/],
  ])('a pin to an unknown theme or exchange is an error at its line (%o)', (pin, message) => {
    const pins = { ...noPins, pins: [pin] };
    expect(() => assignThemes(exchanges, transcript.speakers, themes, pins)).toThrow(message);
    expect(() => assignThemes(exchanges, transcript.speakers, themes, pins)).toThrow(IngestError);
  });

  test('on the seed, every theme of the data file gets exchanges and the pins hold', () => {
    const bySlug = new Map<string, number[]>();
    seed.assignments.forEach((a) => bySlug.set(a.theme, [...(bySlug.get(a.theme) ?? []), a.exchange]));
    expect([...bySlug.keys()].sort()).toEqual(seedData.data.themes.map((t) => t.slug).sort());
    expect(seed.assignments.filter((a) => a.reason === 'pin')).toHaveLength(seedData.data.pins.length);
    // A reader browsing 开源 finds the exchanges where open source is the subject.
    expect(bySlug.get('open-source')).toEqual([8, 17, 18, 19]);
    expect(bySlug.get('china-us-gap')).toEqual([3, 4, 5]);
    expect(bySlug.get('nvidia-compute')).toEqual([23]);
  });

  test('a theme page links to exchanges placed elsewhere that touch it, naming the keywords found', () => {
    const frontmatter = (slug: string) => parse(seed.files.get(`sections/${slug}.mdx`)!.split('---')[1]!);
    const related = frontmatter('open-source').related as { number: number; theme: string; keywords: string[] }[];
    // Exchange 4 is about the China–US gap, and mentions open-source tools in passing.
    expect(related).toContainEqual(expect.objectContaining({ number: 4, theme: 'china-us-gap', keywords: ['开源'] }));
    for (const r of related) expect(r.theme).not.toBe('open-source');
  });
});
