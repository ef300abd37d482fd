/** The turn controls: copy link, copy quote (with its citation line), cite. */
import { quoteWithCitation } from '../../lib/cite';
import { copyText } from './clipboard';
import { pageContext, turnText, turnUrls } from './context';
import { openCiteDialog } from './cite';

export function startCopyButtons(): void {
  const context = pageContext();
  if (!context) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link], [data-copy-quote], [data-cite-turn]')) {
    button.hidden = false;
  }
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy-link], [data-copy-quote], [data-cite-turn]');
    if (!button) return;
    const turn = document.getElementById(button.dataset.copyLink ?? button.dataset.copyQuote ?? button.dataset.citeTurn ?? '');
    if (!turn) return;
    const urls = turnUrls(context.slug, turn);
    if (button.dataset.copyLink) void copyText(urls.inContext, '链接');
    else if (button.dataset.copyQuote) void copyText(quoteWithCitation(turnText(turn), turn.dataset.speaker ?? '', context, urls.own), '引文');
    else openCiteDialog(context, urls.own, button);
  });
}
