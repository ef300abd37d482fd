/** Reading the built site's HTML in Node, for the built-site suite. */
import { readdirSync, readFileSync } from 'node:fs';
import { GENERATED } from './paths.ts';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every HTML file of the site, by URL path (`/a/b/`). */
export function htmlPages(siteDir: string): Map<string, HTMLElement> {
  const pages = new Map<string, HTMLElement>();
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const path = `/${relative(siteDir, file)}`.replace(/index\.html$/, '').replace(/\\/g, '/');
    pages.set(path, parse(readFileSync(file, 'utf8')));
  }
  return pages;
}

/**
 * The words of a turn as a reader sees them: its paragraphs, without the site's own
 * editorial additions (marked `data-editorial`, e.g. the "[sic]" marks).
 */
export function turnParagraphs(turn: HTMLElement): string[] {
  const text = turn.querySelector('.turn-text')!.clone() as HTMLElement;
  for (const added of text.querySelectorAll('[data-editorial]')) added.remove();
  // `.text` decodes entities: `&lt;` in the HTML is `<` on the screen.
  return text.querySelectorAll('p').map((p) => p.text);
}

/** The interview records the site is built from (content/generated/<slug>/interview.json). */
export function generatedInterviews(): { slug: string; language: string; title: string }[] {
  return readdirSync(GENERATED, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => JSON.parse(readFileSync(join(GENERATED, entry.name, 'interview.json'), 'utf8')))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}
