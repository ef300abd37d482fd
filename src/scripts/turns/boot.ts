/**
 * On pages with turns, the little that runs before the reader does anything: listen. The
 * tools themselves (./tools.ts: copying, citing, selection links, highlighting) are fetched
 * on first use — or at once when the address asks for them (`?hl=`, a moved turn).
 */
import { isTyping } from '../search/shortcut';

type Tools = typeof import('./tools');
let tools: Promise<Tools> | undefined;
const load = () => (tools ??= import('./tools'));

/** The turn id in the address, without a text-fragment directive (`#t-1:~:text=…`). */
export function targetId(): string {
  return decodeURIComponent(location.hash.slice(1)).split(':~:')[0] ?? '';
}

export function startTurnTools(): void {
  const params = new URLSearchParams(location.search);
  const id = targetId();
  if (params.has('hl') || params.has('moved') || (id.startsWith('t-') && !document.getElementById(id))) {
    void load().then((t) => t.arrive());
  }
  document.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('[data-copy-link], [data-copy-quote], [data-cite-turn], [data-copy-cite]');
    if (control) void load().then((t) => t.control(control));
  });
  document.addEventListener('keydown', (event) => {
    if ((event.key === 'j' || event.key === 'k') && !isTyping(event) && document.querySelector('article.turn')) {
      event.preventDefault();
      void load().then((t) => t.moveTurn(event.key === 'j' ? 1 : -1));
    }
  });
  // Selecting words is the intent to quote them.
  document.addEventListener('selectionchange', () => void load().then((t) => t.startSelection()), { once: true });
  for (const panel of document.querySelectorAll('details.cite-panel')) {
    panel.addEventListener('toggle', () => void load().then((t) => t.fillCitePanels()), { once: true });
  }
}
