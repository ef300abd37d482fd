/**
 * Search hits as quotes: who said it, under which theme (and interview), and the words with
 * the match marked — masks drawn as on the page, and a close match said to be one.
 */
import { excerpt } from '../../lib/search/excerpt';
import type { Hit } from '../../lib/search/rank';
import type { ParsedQuery } from '../../lib/search/query';
import { hitUrl } from './engine';

/** The source's `**` masks, drawn as the page draws them (components/Mask.astro). */
const MASK = /(\*{2,})/u;

/**
 * What a hit that is not the words as typed is: most of them, or their meaning (a translation,
 * another script); the speaker's answer to a question about them; or, for a long quote nothing
 * holds closely, the turn its rarest words point to.
 */
const CLOSE_LABELS: Record<Exclude<Hit['kind'], 'exact'>, string> = {
  partial: '相近的说法',
  reply: '回答相关提问',
  loose: '可能是这里（用词不同）',
};

function textWithMasks(text: string): Node[] {
  return text
    .split(MASK)
    .filter(Boolean)
    .map((piece) => {
      if (!MASK.test(piece)) return document.createTextNode(piece);
      const mask = document.createElement('span');
      mask.className = 'mask';
      mask.setAttribute('role', 'img');
      mask.setAttribute('aria-label', '原文此处有遮蔽');
      mask.title = '原文此处有遮蔽';
      mask.textContent = piece;
      return mask;
    });
}

/** Whether hits come from more than one interview: then each says which. */
export function fromSeveral(hits: readonly Hit[]): boolean {
  return new Set(hits.map((hit) => hit.turn.interview)).size > 1;
}

/** The title of a hit's interview (its slug where a turn carries none). */
export const interviewTitleOf = (hit: Hit) => hit.turn.interviewTitle ?? hit.turn.interview;

/** A hit as a list item; `withInterview` adds the interview's title (results from several). */
export function renderHit(hit: Hit, query: ParsedQuery, id: string, withInterview = false): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  item.dataset.interview = hit.turn.interview;
  item.dataset.theme = `${hit.turn.interview}/${hit.turn.theme}`;
  item.dataset.speaker = hit.turn.speaker;
  item.dataset.key = hit.turn.key;
  item.dataset.kind = hit.kind;
  const link = document.createElement('a');
  link.href = hitUrl(hit, query);
  link.className = 'hit-link';
  link.id = id;
  const quote = document.createElement('span');
  quote.className = 'hit-excerpt';
  for (const segment of excerpt(hit.turn.text, hit.ranges)) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.append(...textWithMasks(segment.text));
      quote.append(mark);
    } else quote.append(...textWithMasks(segment.text));
  }
  const who = document.createElement('span');
  who.className = 'hit-who';
  // The interview's words in its own language's fonts (a Chinese page's CJK font sets English ’ full width).
  if (hit.turn.language) quote.lang = who.lang = hit.turn.language;
  who.textContent = `——${hit.turn.speaker} · ${hit.turn.themeTitle}`;
  if (withInterview) {
    const from = document.createElement('cite');
    from.className = 'hit-interview';
    from.textContent = interviewTitleOf(hit);
    who.append(from);
  }
  link.append(quote, who);
  if (hit.kind !== 'exact') {
    const close = document.createElement('span');
    close.className = 'hit-close';
    close.textContent = CLOSE_LABELS[hit.kind];
    link.append(close);
  }
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
