/**
 * The one script every page loads: small, and mostly listening. Search and the turn tools
 * are fetched when the reader reaches for them.
 */
import { startSearchShortcut } from './search/shortcut';
import { startThemeToggle } from './theme-toggle';
import { startTurnTools } from './turns/boot';

startSearchShortcut();
startThemeToggle();
startTurnTools();
