/**
 * On pages with turns, the little that runs before the reader does anything: listen. The
 * tools themselves (./tools.ts: copying, citing, selection links, highlighting) are fetched
 * on first use — or at once when the address asks for them (`?hl=`, a moved turn). Menus
 * (`details[data-menu]`: a turn's tools, the header's themes) open without script; this
 * closes them on a click elsewhere or Escape, as readers expect of a menu.
 */
import { isTyping } from '../search/shortcut';
import { targetId } from './address';

type Tools = typeof import('./tools');
let tools: Promise<Tools> | undefined;
const load = () => (tools ??= import('./tools'));

function closeMenus(except?: Element | null): void {
  for (const menu of document.querySelectorAll<HTMLDetailsElement>('details[data-menu][open]')) if (menu !== except) menu.open = false;
}

export function startTurnTools(): void {
  const params = new URLSearchParams(location.search);
  const id = targetId();
  if (params.has('hl') || params.has('moved') || (id.startsWith('t-') && !document.getElementById(id))) {
    void load().then((t) => t.arrive());
  }
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    closeMenus(target.closest('details[data-menu]'));
    const control = target.closest<HTMLElement>('[data-copy-link], [data-copy-quote], [data-cite-turn], [data-copy-cite]');
    if (control) void load().then((t) => t.control(control));
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      const open = document.activeElement?.closest<HTMLDetailsElement>('details[data-menu][open]');
      closeMenus();
      open?.querySelector('summary')?.focus();
    }
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
