/**
 * Selecting words inside a turn offers "link to this quote" and "copy quote". The link opens
 * the turn with exactly those words marked: a text fragment (`:~:text=`) for browsers that
 * follow one, and `?hl=` for the site's own highlighter, which works everywhere.
 */
import { quoteWithCitation } from '../../lib/cite';
import type { InterviewContext } from '../../lib/interview-context';
import { copyText } from './clipboard';
import { turnUrls } from './context';
import { words } from './words';

/** A text-directive value: percent-encoded, with the directive's own separators escaped too. */
export function textDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** The link to a selection within a turn. */
export function selectionLink(inContext: string, words: string): string {
  const url = new URL(inContext);
  url.searchParams.set('hl', words);
  return `${url.href}:~:text=${textDirective(words)}`;
}

export function startSelectionTools(context: InterviewContext): void {
  const bar = document.createElement('div');
  bar.className = 'selection-bar';
  bar.hidden = true;
  bar.setAttribute('role', 'toolbar');
  const all = words();
  const w = all.script;
  bar.setAttribute('aria-label', w.selection);
  const link = Object.assign(document.createElement('button'), { type: 'button', textContent: w.linkToWords });
  const quote = Object.assign(document.createElement('button'), { type: 'button', textContent: all.turn.copyQuote });
  bar.append(link, quote);
  document.body.append(bar);

  let current: { turn: HTMLElement; words: string } | undefined;
  const update = () => {
    const selection = document.getSelection();
    const words = selection?.toString().replace(/\s+/g, ' ').trim() ?? '';
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    const start = range && (range.startContainer.parentElement?.closest('.turn-text') ?? undefined);
    const end = range && (range.endContainer.parentElement?.closest('.turn-text') ?? undefined);
    if (!words || !range || !start || start !== end) {
      if (!bar.contains(document.activeElement)) bar.hidden = true;
      return;
    }
    current = { turn: start.closest<HTMLElement>('.turn')!, words };
    const rect = range.getBoundingClientRect();
    bar.style.top = `${window.scrollY + rect.bottom + 6}px`;
    bar.style.left = `${Math.max(8, window.scrollX + rect.left)}px`;
    bar.hidden = false;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('selectionchange', () => {
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
  // Started by the first selection: show the bar for it at once.
  update();
  link.addEventListener('click', () => {
    if (!current) return;
    void copyText(selectionLink(turnUrls(context.slug, current.turn).inContext, current.words), w.what.selectionLink, link);
  });
  quote.addEventListener('click', () => {
    if (!current) return;
    const { own } = turnUrls(context.slug, current.turn);
    void copyText(quoteWithCitation(current.words, current.turn.dataset.speaker ?? '', context, own), w.what.quote, quote);
  });
}
