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
import type { Transcript } from '../model.ts';

/** Enough text to be sure; more only costs time. */
const SAMPLE_CHARACTERS = 20_000;

/** Languages whose BCP 47 tag names the script or region the site needs (simplified Chinese by default). */
const TAGS: Record<string, string> = { zh: 'zh-CN' };

export function detectLanguage(transcript: Transcript): string {
  // The introduction counts too: an excerpt of a few short turns alone can fool any detector.
  const sample = [...transcript.intro.map((p) => p.text), ...transcript.turns.flatMap((t) => t.paragraphs)]
    .join('\n')
    .slice(0, SAMPLE_CHARACTERS);
  const language = detect(sample) || 'und';
  return TAGS[language] ?? language;
}
