/**
 * The turn tools, fetched on first use (see ./boot.ts): copy link / quote / citation,
 * cite panels, selection links, j/k, and arriving at a turn.
 */
import { quoteWithCitation } from '../../lib/cite';
import { arrival } from './arrival';
import { copyText } from './clipboard';
import { openCiteDialog, fillCitePanels as fill } from './cite';
import { pageContext, turnText, turnUrls } from './context';
import { targetId } from './address';
import { startSelectionTools } from './selection';
import { words } from './words';
import { withoutBase } from '../../lib/urls';

const context = pageContext();

/** Arrive at the turn in the address: highlight, or find where a moved turn lives now. */
export function arrive(): Promise<void> {
  // A 404 page knows no interview: the address it was asked for is all there is (a theme that
  // was renamed), so its first segment inside the site is tried; a wrong guess finds no corpus.
  return arrival(context?.slug ?? withoutBase(location.pathname).split('/')[0]);
}

/** A turn control or a "copy" button of a cite panel was pressed. */
export function control(button: HTMLElement): void {
  const what = words().script.what;
  if (button.dataset.copyCite) {
    void copyText(button.closest('dd')!.querySelector('output')!.textContent ?? '', what.citation, button);
    return;
  }
  const turn = document.getElementById(button.dataset.copyLink ?? button.dataset.copyQuote ?? button.dataset.citeTurn ?? '');
  if (!turn || !context) return;
  const urls = turnUrls(context.slug, turn);
  if (button.dataset.copyLink) void copyText(urls.inContext, what.link, button);
  else if (button.dataset.copyQuote)
    void copyText(quoteWithCitation(turnText(turn), turn.dataset.speaker ?? '', context, urls.own), what.quote, button);
  else {
    // The dialog replaces the menu; focus returns to the menu's button when it closes.
    const menu = button.closest<HTMLDetailsElement>('details[data-menu]');
    if (menu) menu.open = false;
    openCiteDialog(context, urls.own, menu?.querySelector('summary') ?? button, turn);
  }
}

export function fillCitePanels(): void {
  if (context) fill(context);
}

let selecting = false;
export function startSelection(): void {
  if (context && !selecting) startSelectionTools(context);
  selecting = true;
}

/** `j` (+1) / `k` (−1): the next or previous turn; the address follows. */
export function moveTurn(step: 1 | -1): void {
  const turns = [...document.querySelectorAll<HTMLElement>('article.turn')];
  const current = turns.findIndex((t) => t.id === targetId());
  // Without a current turn, start from the first one below the top of the window.
  const from = current !== -1 ? current : turns.findIndex((t) => t.getBoundingClientRect().top >= 0) - (step === 1 ? 1 : 0);
  const next = turns[Math.min(turns.length - 1, Math.max(0, from + step))];
  if (!next) return;
  history.replaceState(null, '', `#${next.id}`);
  next.setAttribute('tabindex', '-1');
  next.focus({ preventScroll: true });
  next.scrollIntoView({ block: 'start' });
}
