/**
 * The interface words around the text, per UI language: an interview's pages speak its
 * language (`language` of the interview record), everything else Chinese.
 */
import { en } from './en.ts';
import { zh, type Dictionary } from './zh.ts';

export type { Dictionary };

/** The dictionary for a BCP 47 language tag: English for `en…`, Chinese otherwise. */
export function ui(lang: string | undefined): Dictionary {
  return lang?.toLowerCase().startsWith('en') ? en : zh;
}
