/**
 * The interview a page shows, for the components the generated MDX renders: they receive
 * only their own attributes (`<Turn id speaker role>`), yet need the interview's slug and
 * language. The page sets it once before rendering; Astro passes `locals` to every component
 * of the page.
 */
import type { AstroGlobal } from 'astro';
import { ui, type Dictionary } from '../i18n';
import type { Interview } from './interviews';

/** Called by a page before it renders content of `interview`. */
export function setPageInterview(astro: Pick<AstroGlobal, 'locals'>, interview: Interview): void {
  astro.locals.interview = interview;
}

/** The page's interview (undefined on pages about no single interview). */
export function pageInterview(astro: Pick<AstroGlobal, 'locals'>): Interview | undefined {
  return astro.locals.interview;
}

/** The interface words for the page: its interview's language, Chinese elsewhere. */
export function pageWords(astro: Pick<AstroGlobal, 'locals'>): Dictionary {
  return ui(astro.locals.interview?.language);
}
