/** Search hits as quotes: who said it, under which theme, and the words with the match marked. */
import { excerpt } from '../../lib/search/excerpt';
import type { Hit } from '../../lib/search/rank';
import type { ParsedQuery } from '../../lib/search/query';
import { hitUrl } from './engine';

export function renderHit(hit: Hit, query: ParsedQuery, id: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  item.dataset.theme = hit.turn.themeTitle;
  item.dataset.speaker = hit.turn.speaker;
  item.dataset.key = hit.turn.key;
  const link = document.createElement('a');
  link.href = hitUrl(hit, query);
  link.className = 'hit-link';
  link.id = id;
  const quote = document.createElement('span');
  quote.className = 'hit-excerpt';
  for (const segment of excerpt(hit.turn.text, hit.ranges)) {
    const piece = segment.mark ? document.createElement('mark') : document.createTextNode(segment.text);
    if (segment.mark) piece.textContent = segment.text;
    quote.append(piece);
  }
  const who = document.createElement('span');
  who.className = 'hit-who';
  who.textContent = `——${hit.turn.speaker} · ${hit.turn.themeTitle}`;
  link.append(quote, who);
  item.append(link);
  return item;
}

/**
 * ↑/↓ move between the input and the result links, Enter opens (the links do that), Esc
 * goes back to the input (and, from the input, calls `onEscape`).
 */
export function navigateWithKeys(input: HTMLInputElement, list: HTMLElement, onEscape: () => void): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('li:not([hidden]) a.hit-link')];
  const move = (event: KeyboardEvent, from: number) => {
    const all = links();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = from + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (from === -1) onEscape();
      else input.focus();
    }
  };
  input.addEventListener('keydown', (event) => move(event, -1));
  list.addEventListener('keydown', (event) => {
    const at = links().indexOf(event.target as HTMLAnchorElement);
    if (at !== -1) move(event, at);
  });
}
