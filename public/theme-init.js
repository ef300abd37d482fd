// Runs in <head> before the page paints (a blocking file, not inline: the CSP allows no inline
// script): the remembered light/dark choice, so there is no flash of the wrong theme, and
// the `js` class that reveals controls which need script.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var choice = localStorage.getItem('tanlu-theme');
    if (choice === 'light' || choice === 'dark') root.dataset.theme = choice;
  } catch {
    /* storage refused: follow the system */
  }
})();
