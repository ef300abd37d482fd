/**
 * Step: the interview's language (BCP 47), from its words. It decides the page's `lang`,
 * Pagefind's stemming and the interface words around the text.
 *
 * Library chosen by measurement (2026-11, 23 short samples — one-word replies such as
 * `好的`, `Yeah`, `Right.`, mixed `我用GPT-4和Claude写代码`, full sentences): tinyld 23/23,
 * tinyld/light 23/23, eld (small) 22/23 (`Yeah` → no answer), franc-min 18/23 (`Yeah` →
 * zlm, `How are you doing?` → zyb). On a whole interview all three agree; tinyld is the
 * one that is also right on the short turns a transcript is full of.
 */
import { detect } from 'tinyld';
import { scriptOnlyCharacters } from '../../../src/lib/search/opencc.ts';
import type { Transcript } from '../model.ts';

/** Enough text to be sure; more only costs time. */
const SAMPLE_CHARACTERS = 20_000;

export function detectLanguage(transcript: Transcript): string {
  // The introduction counts too: an excerpt of a few short turns alone can fool any detector.
  const sample = [...transcript.intro.map((p) => p.text), ...transcript.turns.flatMap((t) => t.paragraphs)]
    .join('\n')
    .slice(0, SAMPLE_CHARACTERS);
  const language = detect(sample) || 'und';
  return language === 'zh' ? chineseTag(sample) : language;
}

/** Characters only one script writes, read from OpenCC's tables once. */
let scripts: ReturnType<typeof scriptOnlyCharacters> | undefined;

/**
 * `zh-Hant` for Chinese written in traditional characters, else `zh-CN`: the page's `lang` decides the
 * fonts and the glyphs a reader sees. Decided by counting characters only one script has, through
 * OpenCC's tables (opencc-js). Measured on every Chinese fixture and source (2026-11): simplified texts
 * have 0 traditional-only characters against 9–3,411 simplified-only ones (about a third of their Han
 * characters); traditional ones have 200 against 3 (a news Q/A: `于`, `吃`, which OpenCC would make
 * 於, 喫) and 203 against 6 (tests/fixtures/transcripts/real/storm-dw-traditional.txt).
 * The region (zh-TW, zh-HK) is not guessed: its variant characters overlap too much; the data file's
 * `language:` says it.
 */
function chineseTag(text: string): string {
  scripts ??= scriptOnlyCharacters();
  const { traditional, simplified } = scripts;
  let t = 0;
  let s = 0;
  for (const c of text) {
    if (traditional.has(c)) t++;
    else if (simplified.has(c)) s++;
  }
  return t > s ? 'zh-Hant' : 'zh-CN';
}
