/**
 * The interface words around the text, per UI language: an interview's pages speak its
 * language (`language` of the interview record), everything else Chinese.
 */
import { en } from './en.ts';
import { zh, type Dictionary } from './zh.ts';
import { zhHant } from './zh-hant.ts';

export type { Dictionary };

/** Tags written in traditional characters: the script subtag, or a region that writes them. */
const TRADITIONAL = /^zh-(?:hant|tw|hk|mo)\b/;

/** The dictionary for a BCP 47 language tag: English for `en…`, traditional Chinese for `zh-Hant`/`zh-TW`/…, simplified otherwise. */
export function ui(lang: string | undefined): Dictionary {
  const tag = lang?.toLowerCase() ?? '';
  if (tag.startsWith('en')) return en;
  return TRADITIONAL.test(tag) ? zhHant : zh;
}
