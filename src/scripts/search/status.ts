/**
 * The sentence announced after a search (a role="status" region reads it out), in the page's
 * language: the region carries its templates (`data-none`, `data-found`, `data-filtered`,
 * `data-top`, from src/i18n/), so the search code ships no dictionary. Fewer shown than found
 * is said with its reason: the reader's filters, or the header panel's short list.
 */
export function statusText(
  region: HTMLElement,
  query: string,
  shown: number,
  total: number,
  fewer: 'filtered' | 'top' = 'filtered',
  more = 0,
): string {
  const { none = '', found = '', filtered = '', top = '' } = region.dataset;
  const template = total === 0 ? none : shown === total && more === 0 ? found : fewer === 'filtered' ? filtered : top;
  return template.replace('{q}', query).replace('{n}', count(total, more)).replace('{shown}', String(shown));
}

/** A count, with "+" when more turns likely match than were loaded (`SearchResult.more`). */
export const count = (total: number, more: number) => (more > 0 ? `${total}+` : String(total));
