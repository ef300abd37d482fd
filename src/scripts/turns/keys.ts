import { targetId } from './arrival';

/** `j` / `k`: next / previous turn; the address follows, so the link at hand is always the turn read. */
export function startTurnKeys(): void {
  const turns = [...document.querySelectorAll<HTMLElement>('article.turn')];
  if (turns.length === 0) return;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'j' && event.key !== 'k') return;
    const target = event.target as HTMLElement;
    if (event.ctrlKey || event.metaKey || event.altKey || target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
    const current = turns.findIndex((t) => t.id === targetId());
    // Without a current turn, start from the first one below the top of the window.
    const from = current !== -1 ? current : turns.findIndex((t) => t.getBoundingClientRect().top >= 0) - (event.key === 'j' ? 1 : 0);
    const next = turns[Math.min(turns.length - 1, Math.max(0, from + (event.key === 'j' ? 1 : -1)))]!;
    event.preventDefault();
    history.replaceState(null, '', `#${next.id}`);
    next.setAttribute('tabindex', '-1');
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: 'start' });
  });
}
