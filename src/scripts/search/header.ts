/**
 * Loaded on every page, and small: `/` focuses the search box; the search code itself is
 * fetched only when the reader starts to search.
 */
const input = document.querySelector<HTMLInputElement>('#site-search-q');

if (input) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./panel').then(({ startPanel }) => startPanel(input));
  };
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
}
