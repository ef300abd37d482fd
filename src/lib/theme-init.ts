/**
 * The one script that runs before the page paints: the remembered light/dark choice, so there
 * is no flash of the wrong theme, and the `js` class that reveals controls which need script.
 * It is inline in <head> (src/layouts/Base.astro) rather than a file: a blocking file there
 * held the stylesheet's request back by a round trip (Lighthouse: render-blocking, ~300 ms on a
 * phone). The CSP allows exactly this text by its hash (src/lib/headers/policy.ts); no other
 * inline script runs.
 */
export const THEME_INIT = `(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var choice = localStorage.getItem('tanlu-theme');
    if (choice === 'light' || choice === 'dark') root.dataset.theme = choice;
  } catch (e) {
    /* storage refused: follow the system */
  }
})();`;
