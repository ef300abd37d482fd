/**
 * English theme titles name a theme by its most distinctive noun phrases: a phrase said more
 * than once is one unit, and no title is a lone verb, adjective or function word. Checked on
 * the Practical AI excerpt (content/sources/practical-ai-225.txt) and the real English
 * excerpts, whose sentences are quoted here as they are written there.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildInterview } from '../../scripts/lib/build-interview.ts';
import { decodeTranscript } from '../../scripts/lib/decode.ts';
import { parseGlossary } from '../../scripts/lib/glossary.ts';
import { parseInterviewData } from '../../scripts/lib/interview-data.ts';
import { namingUnits } from '../../scripts/lib/themes/phrases.ts';
import { createTokenizer } from '../../scripts/lib/themes/tokenize.ts';
import { FIXTURES, ROOT } from '../support/paths.ts';

const require = createRequire(import.meta.url);
const lexicon = require('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>;
const stop = new Set((require('stopwords-iso') as Record<'en', string[]>).en);
const glossary = parseGlossary(readFileSync(`${ROOT}content/glossary.yaml`, 'utf8'), 'content/glossary.yaml');

const PRACTICAL_AI = `${ROOT}content/sources/practical-ai-225.txt`;
const ENGLISH = [
  'lenny-martech-cold-open',
  'go-time-panel',
  'superdatascience-label-time',
  'buzzsprout-webvtt',
  'virtual-coffee-srt',
  'aph-committee-hearing',
  'act-hansard-page',
];

function built(file: string, data?: string) {
  const text = decodeTranscript(readFileSync(file), file).text;
  const loaded = data === undefined ? undefined : parseInterviewData(readFileSync(data, 'utf8'), data);
  return { text, built: buildInterview(text, file, loaded, undefined, glossary) };
}

// Two sentences of the Practical AI excerpt (lines 19 and 35) that both say "compliance concerns".
const LINE_19 = "and you're looking at compliance concerns, and you're looking at protecting your";
const LINE_35 = 'So the idea of navigating the licensing and the compliance concerns, and being able to productively use the';
// Line 11: "been doing" is a verb phrase, said again on line 7.
const LINE_11 = "we're going to talk about some work Daniel has been doing.";
const LINE_7 = "We've been doing this show for";
// Line 19: "navigate" after "to" is a verb there; line 35 says "navigating" as a gerund.
const LINE_19B = 'difficult business concern to navigate.';

describe('English theme titles', () => {
  const cut = createTokenizer();
  const surfaces = (texts: string[]) => namingUnits(texts, cut, new Set()).map((units) => units.map((u) => u.surface));

  test('a noun phrase said twice is one naming unit, in place of its words', () => {
    const [first, second] = surfaces([LINE_19, LINE_35]);
    for (const units of [first!, second!]) {
      expect(units).toContain('compliance concerns');
      expect(units).not.toContain('compliance');
      expect(units).not.toContain('concerns');
    }
    // Said once, a phrase stays words: "protecting your" is no phrase, "licensing" stands alone.
    expect(second).toContain('licensing');
  });

  test('a verb phrase is never a unit, however often it is said', () => {
    const units = surfaces([LINE_11, LINE_7]).flat();
    expect(units.some((u) => /been doing/i.test(u))).toBe(false);
  });

  test('a word after "to" or a modal is a verb there, and no naming unit; the gerund stays', () => {
    const [verb, gerund] = surfaces([LINE_19B, LINE_35]);
    expect(verb).toContain('concern');
    expect(verb).not.toContain('navigate');
    expect(gerund).toContain('navigating');
  });

  test('Practical AI: a recurring noun phrase of the excerpt wins over lone words for some theme, in its written form', () => {
    const { text, built: interview } = built(PRACTICAL_AI, `${ROOT}content/sources/practical-ai-225.yaml`);
    const phrases = interview.themes.map((t) => t.title).filter((title) => !title.includes(' and ') && title.includes(' '));
    expect(phrases.length).toBeGreaterThan(0);
    for (const phrase of phrases) {
      // Said at least twice, written as the title writes it (first letter aside).
      const written = phrase[0]!.toLowerCase() + phrase.slice(1);
      expect(text.split(written).length - 1, phrase).toBeGreaterThanOrEqual(2);
    }
  });

  test('no English title is, or contains, a lone verb, adjective, adverb or function word', () => {
    const files = [PRACTICAL_AI, ...ENGLISH.map((name) => `${FIXTURES}transcripts/real/${name}.txt`)];
    for (const file of files) {
      const { built: interview } = built(file, file === PRACTICAL_AI ? `${ROOT}content/sources/practical-ai-225.yaml` : undefined);
      for (const { title } of interview.themes) {
        for (const part of title.split(' and ')) {
          if (part.includes(' ')) continue; // a phrase: its own rules (above)
          const word = part.toLowerCase();
          expect(stop.has(word), `${file}: “${title}”`).toBe(false);
          const first = lexicon[word]?.[0];
          // The lexicon lists a word's likeliest reading first: it must be a noun (or gerund).
          if (first !== undefined) expect(first, `${file}: “${title}”`).toMatch(/^(?:NN|VBG|FW)/);
        }
      }
    }
  });
});

describe('Chinese theme titles', () => {
  test('traditional text is cut into words as its simplified form is, each word keyed as one and shown as written', () => {
    const cut = createTokenizer();
    const traditional = cut('台灣的白皮書談到數據與開發');
    const simplified = cut('台湾的白皮书谈到数据与开发');
    expect(traditional.map((t) => t.surface)).toEqual(['台灣', '白皮書', '談到', '數據', '開發']);
    expect(traditional.map((t) => t.key)).toEqual(simplified.map((t) => t.key));
  });

  test('thanks, assent, modal verbs and the nouns for whatever is meant are no evidence of a topic', () => {
    // Web3 101 (对话匹马): its closing theme was titled 谢谢与送给, another 不要与能够, another 变化与东西.
    const cut = createTokenizer();
    const words = cut('谢谢您，感谢您的真知灼见。我们不要一成不变，能够看到这个东西的变化，明白吗？').map((t) => t.surface);
    expect(words).toEqual(expect.arrayContaining(['真知灼见', '一成不变', '变化']));
    expect(words.filter((w) => /谢|感谢|不要|能够|东西|明白/u.test(w))).toEqual([]);
  });

  test('a web address written out is no evidence: its percent escapes (E5, E8) and its host are no words', () => {
    // 唐鳳's press tea (audreyt/transcript): a theme was titled "E5與技藝" from `%E5…` in sayit.archive.tw addresses.
    const cut = createTokenizer();
    const words = cut('電子競技的紀錄 https://sayit.archive.tw/2016-11-01-%E7%A0%94%E5%95%86%E9%9B%BB%E5%AD%90 與 www.example.com/E8').map(
      (t) => t.surface,
    );
    expect(words).toEqual(['電子競技', '紀錄']);
  });

  // The words Tanlu writes around a theme's own words, in simplified-only characters.
  const SIMPLIFIED_FRAME = /[与动归谈对话]/u;

  test('a traditional-Chinese interview gets traditional connectives and descriptions, a simplified one simplified', () => {
    const traditional = built(`${FIXTURES}transcripts/real/storm-dw-traditional.txt`).built;
    expect(traditional.language).toBe('zh-Hant');
    expect(traditional.themes.length).toBeGreaterThan(0);
    for (const { title, description } of traditional.themes) {
      expect(description).toMatch(/^自動歸類：談到.+的\d+段對話。$/u);
      // The title's own words are the transcript's (already traditional); only the joiner is ours.
      expect(title.includes('与'), title).toBe(false);
      expect(description!.replace(/^自動歸類：談到|的\d+段對話。$/gu, '').length).toBeGreaterThan(0);
    }
    const simplified = built(`${FIXTURES}transcripts/real/tencent-saas-roundtable.txt`).built;
    for (const { description } of simplified.themes) expect(description).toMatch(/^自动归类：谈到.+的\d+段对话。$/u);
    expect(SIMPLIFIED_FRAME.test(traditional.themes.map((t) => t.description).join(''))).toBe(false);
  });
});
