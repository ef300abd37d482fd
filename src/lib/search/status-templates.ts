import type { Dictionary } from '../../i18n/zh.ts';

/** The search status region's templates as data attributes, read by src/scripts/search/status.ts. */
export function statusTemplates(words: Dictionary): Record<string, string> {
  const { none, found, filtered, top } = words.search.status;
  return { 'data-none': none, 'data-found': found, 'data-filtered': filtered, 'data-top': top };
}
