/**
 * Cite panels: the section's (a <details> on the theme page) and a turn's (one dialog the
 * turns share, so the page does not carry a panel per turn).
 */
import { apa7, gbt7714 } from '../../lib/cite';
import type { InterviewContext } from '../../lib/interview-context';
import { shareUrl } from '../../lib/urls';

/** Today, as the reader cites it. */
const today = () => new Date().toISOString().slice(0, 10);

function fill(panel: Element, context: InterviewContext, url: string, section?: string): void {
  panel.querySelector('[data-cite="gbt7714"]')!.textContent = gbt7714(context, url, today(), section);
  panel.querySelector('[data-cite="apa7"]')!.textContent = apa7(context, url, section);
}

/** Fills the page's cite panels (they are filled when first opened). */
export function fillCitePanels(context: InterviewContext): void {
  for (const panel of document.querySelectorAll<HTMLElement>('details.cite-panel')) {
    fill(panel, context, shareUrl(panel.dataset.citePath!, location.origin), panel.dataset.citeSection || undefined);
  }
}

/** Opens the shared dialog with a turn's citations; focus returns to `opener` on close. */
export function openCiteDialog(context: InterviewContext, url: string, opener: HTMLElement): void {
  const template = document.querySelector<HTMLTemplateElement>('#cite-dialog-template');
  if (!template) return;
  let dialog = document.querySelector<HTMLDialogElement>('#cite-dialog');
  if (!dialog) {
    document.body.append(template.content.cloneNode(true));
    dialog = document.querySelector<HTMLDialogElement>('#cite-dialog')!;
    dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog!.close());
  }
  fill(dialog, context, url);
  dialog.addEventListener('close', () => opener.focus(), { once: true });
  dialog.showModal();
}
