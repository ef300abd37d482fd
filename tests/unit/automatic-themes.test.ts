/**
 * Automatic themes: an interview without themes in a data file is split into named themes
 * by the ingest itself. The seed is checked against the topics its curated data file gives;
 * real excerpts of other interviews are checked for what a reader of them expects.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildInterview, type BuiltInterview } from '../../scripts/lib/build-interview.ts';
import { decodeTranscript } from '../../scripts/lib/decode.ts';
import { parseGlossary } from '../../scripts/lib/glossary.ts';
import { parseInterviewData } from '../../scripts/lib/interview-data.ts';
import { chooseThemes } from '../../scripts/lib/steps/choose-themes.ts';
import { adjustedRandIndex, bestMatches } from '../../scripts/lib/themes/agreement.ts';
import { draftDataFile } from '../../scripts/lib/themes/draft.ts';
import { FIXTURES, ROOT, SEED } from '../support/paths.ts';
import { seedData, seedText } from '../support/seed.ts';

const glossary = parseGlossary(readFileSync(`${ROOT}content/glossary.yaml`, 'utf8'), 'content/glossary.yaml');
const automatic = (text: string, file: string) => buildInterview(text, file, undefined, undefined, glossary);
const real = (name: string) => {
  const file = `${FIXTURES}transcripts/real/${name}.txt`;
  return automatic(decodeTranscript(readFileSync(file), file).text, file);
};

/** Turns per theme over all turns, for the 40 % cap. */
function largestShare(built: BuiltInterview): number {
  const turns = built.exchanges.map((e) => e.turns.length);
  const total = turns.reduce((a, b) => a + b, 0);
  return Math.max(...built.themes.map((t) => built.assignments.reduce((s, a, i) => s + (a.theme === t.slug ? turns[i]! : 0), 0))) / total;
}

const GENERIC = /^(全部对话|第.+部分|其他|其它|part \d+|topic \d+|theme \d+|section \d+|\d+)$/i;

describe('automatic themes', () => {
  const seed = automatic(seedText, SEED);

  test('the seed without its data file: China–US gap, vertical models, open source and Nvidia each land mostly in a theme of their own, titled with a word of the topic', () => {
    const curated = buildInterview(seedText, SEED, seedData).assignments.map((a) => a.theme);
    const auto = seed.assignments.map((a) => a.theme);
    const matches = bestMatches(curated, auto);
    const topics = ['china-us-gap', 'vertical-models', 'open-source', 'nvidia-compute'];
    const owners = topics.map((topic) => {
      const match = matches.get(topic)!;
      expect(match.share, topic).toBeGreaterThanOrEqual(0.6);
      // "A word of its topic": a keyword the editor gave the curated theme, or its title.
      const curatedTheme = seedData.data.themes.find((t) => t.slug === topic)!;
      const title = seed.themes.find((t) => t.slug === match.group)!.title;
      expect(
        [curatedTheme.title, ...curatedTheme.keywords].some((word) => title.includes(word)),
        `${topic}: “${title}”`,
      ).toBe(true);
      return match.group;
    });
    expect(new Set(owners).size).toBe(4);
    // Agreement with the whole curated file is better than chance by a wide margin.
    expect(adjustedRandIndex(curated, auto)).toBeGreaterThan(0.4);
  });

  test('the seed without its data file has 4–15 specific Chinese titles and no theme over 40 % of the turns', () => {
    expect(seed.themes.length).toBeGreaterThanOrEqual(4);
    expect(seed.themes.length).toBeLessThanOrEqual(15);
    expect(largestShare(seed)).toBeLessThanOrEqual(0.4);
    for (const theme of seed.themes) {
      expect(theme.title).toMatch(/\p{Script=Han}/u);
      expect(theme.title).not.toMatch(GENERIC);
      expect(theme.title).not.toContain('大模型'); // said in almost every exchange: no theme's name
    }
    expect(new Set(seed.themes.map((t) => t.title)).size).toBe(seed.themes.length);
  });

  test('are deterministic: the same input gives byte-identical files', () => {
    const again = automatic(seedText, SEED);
    expect([...again.files]).toEqual([...seed.files]);
  });

  test('the curated data file still decides when it has themes', () => {
    const curated = buildInterview(seedText, SEED, seedData, undefined, glossary);
    expect(curated.themed).toBe(true);
    expect(curated.themes.map((t) => t.slug)).toEqual(seedData.data.themes.map((t) => t.slug));
  });

  test('`themes: auto` asks for automatic themes explicitly', () => {
    const loaded = parseInterviewData('title: 周鸿祎谈大模型\nthemes: auto\n', 'auto.yaml');
    const built = buildInterview(seedText, SEED, loaded, undefined, glossary);
    expect(built.themed).toBe(false);
    expect(built.themes).toEqual(seed.themes);
  });

  test('a draft data file from --suggest-themes rebuilds the same site', () => {
    const draft = parseInterviewData(draftDataFile(seed), 'draft.yaml');
    expect(draft.data.themes.map((t) => t.slug)).toEqual(seed.themes.map((t) => t.slug));
    const rebuilt = buildInterview(seedText, SEED, draft, undefined, glossary);
    expect([...rebuilt.files]).toEqual([...seed.files]);
  });

  test('Chinese: a real Q&A excerpt (南方人物周刊) gets Chinese titles from its own words, and its first two questions land apart', () => {
    const built = real('nfpeople-editors-qa');
    const text = readFileSync(`${FIXTURES}transcripts/real/nfpeople-editors-qa.txt`, 'utf8');
    for (const theme of built.themes) {
      expect(theme.title).toMatch(/\p{Script=Han}/u);
      expect(theme.title).not.toMatch(GENERIC);
      for (const word of theme.title.split('与')) expect(text).toContain(word);
    }
    // Introducing the magazine in 140 characters and "没有……过的人，不足以聊人生" are two topics.
    const first = built.exchanges.findIndex((e) => e.turns[0]!.paragraphs[0]!.includes('140个字'));
    const second = built.exchanges.findIndex((e) => e.turns[0]!.paragraphs[0]!.includes('不足以聊人生'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    expect(built.assignments[second]!.theme).not.toBe(built.assignments[first]!.theme);
  });

  test('English: a real podcast excerpt (Lenny’s Podcast, cold open and sponsor reads) gets English titles; the ads and the MarTech welcome land apart', () => {
    const built = real('lenny-martech-cold-open');
    const text = readFileSync(`${FIXTURES}transcripts/real/lenny-martech-cold-open.txt`, 'utf8').toLowerCase();
    for (const theme of built.themes) {
      expect(theme.title).not.toMatch(/\p{Script=Han}/u);
      expect(theme.title).not.toMatch(GENERIC);
      expect(theme.titleEn).toBe(theme.title);
      for (const word of theme.title.split(' and ')) expect(text).toContain(word.toLowerCase());
    }
    // MarTech is said in every exchange of the excerpt: the subject, so no theme's name. The
    // sponsor reads (OneSchema, Mixpanel) and the invitation to "get super nerdy" are two topics.
    const ads = built.exchanges.findIndex((e) => e.turns.some((t) => t.paragraphs.join(' ').includes('OneSchema')));
    const welcome = built.exchanges.findIndex((e) => e.turns.some((t) => t.paragraphs.join(' ').includes('super nerdy')));
    expect(ads).toBeGreaterThanOrEqual(0);
    expect(welcome).toBeGreaterThan(ads);
    expect(built.assignments[welcome]!.theme).not.toBe(built.assignments[ads]!.theme);
    const adsTheme = built.themes.find((t) => t.slug === built.assignments[ads]!.theme)!;
    expect(adsTheme.keywords.some((k) => ['OneSchema', 'Mixpanel'].includes(k))).toBe(true);
  });

  test('a podcast that swears (Ladybug, an Otter export, with its data file) gets no theme named or keyed by an expletive or a filler', () => {
    const file = `${FIXTURES}transcripts/real/ladybug-otter-export`;
    const data = parseInterviewData(readFileSync(`${file}.yaml`, 'utf8'), `${file}.yaml`);
    const text = readFileSync(`${file}.txt`, 'utf8');
    const built = buildInterview(text, `${file}.txt`, data, undefined, glossary);
    expect(text).toMatch(/\bfucking\b/iu);
    expect(text).toMatch(/\byeah\b/iu);
    const words = built.themes.flatMap((t) => [...t.title.split(/\s+/u), ...t.keywords]).map((w) => w.toLowerCase());
    expect(words.filter((w) => /fuck|shit|damn|^yeah$/u.test(w))).toEqual([]);
  });

  test('with nothing to find themes in, the one section holding the whole conversation is titled in the interview’s language', () => {
    const none = (language: string) =>
      chooseThemes('x', 'x.txt', undefined, { exchanges: [], speakers: [], headings: [], language, glossary }).themes;
    expect(none('en').map((t) => [t.slug, t.title])).toEqual([['all', 'The whole conversation']]);
    expect(none('en')[0]!.description).not.toMatch(/\p{Script=Han}/u);
    expect(none('zh-CN').map((t) => [t.slug, t.title])).toEqual([['all', '全部对话']]);
  });
});

describe('the glossary in automatic themes', () => {
  test("another interview's own spelling is not this one's word (ChatGPT never becomes the seed's typo ChaPT)", () => {
    const file = `${ROOT}content/sources/practical-ai-225.txt`;
    const built = automatic(decodeTranscript(readFileSync(file), file).text, file);
    const words = JSON.stringify(built.themes);
    expect(words).toMatch(/chatgpt/i);
    expect(words).not.toContain('ChaPT');
  });
});
