/**
 * The header search box, before the reader uses it: `/` focuses it, and the search code is
 * fetched only when the reader starts to search.
 */
export function startSearchShortcut(): void {
  const input = document.querySelector<HTMLInputElement>('#site-search-q');
  if (!input) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./panel').then(({ startPanel }) => startPanel(input));
  };
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !isTyping(event)) {
      event.preventDefault();
      input.focus();
    }
  });
}

/** Whether a key press belongs to a text field (or carries a modifier), not to the page. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement;
  return (
    event.ctrlKey || event.metaKey || event.altKey || target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
  );
}
