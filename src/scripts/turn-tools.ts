/**
 * Everything a page with turns does in the browser: arrive at a turn (highlight, moved
 * turns), copy link / quote / citation, selection links, and j/k between turns.
 */
import { arrive } from './turns/arrival';
import { startCitePanels } from './turns/cite';
import { pageContext } from './turns/context';
import { startCopyButtons } from './turns/copy-buttons';
import { startTurnKeys } from './turns/keys';
import { startSelectionTools } from './turns/selection';

const context = pageContext();
if (context) {
  startCopyButtons();
  startCitePanels(context);
  startSelectionTools(context);
}
startTurnKeys();
// On a 404 the interview is the first segment of the address (a theme that was renamed).
void arrive(context?.slug ?? location.pathname.split('/')[1]);
