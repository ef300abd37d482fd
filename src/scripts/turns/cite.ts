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

/** Wide enough to set the dialog beside its turn rather than over the middle of the screen. */
const ANCHORED = '(min-width: 48rem)';
const GAP = 8;

/**
 * Puts the open dialog beside its turn on a wide screen: below the turn's header (above it
 * when there is no room below), aligned with the turn, always inside the window. On a phone
 * it stays a modal in the centre (the dialog's own CSS).
 */
function place(dialog: HTMLDialogElement, turn: Element | undefined): void {
  const anchored = turn !== undefined && matchMedia(ANCHORED).matches;
  dialog.classList.toggle('is-anchored', anchored);
  if (!anchored) {
    dialog.style.removeProperty('top');
    dialog.style.removeProperty('left');
    return;
  }
  const header = (turn.querySelector('.turn-header') ?? turn).getBoundingClientRect();
  const box = dialog.getBoundingClientRect();
  const below = header.bottom + GAP;
  const above = header.top - GAP - box.height;
  const top = below + box.height <= innerHeight - GAP ? below : above >= GAP ? above : Math.max(GAP, innerHeight - GAP - box.height);
  const left = Math.min(Math.max(GAP, turn.getBoundingClientRect().left), innerWidth - GAP - box.width);
  dialog.style.top = `${top}px`;
  dialog.style.left = `${left}px`;
}

/** Opens the shared dialog with a turn's citations beside `turn`; focus returns to `opener` on close. */
export function openCiteDialog(context: InterviewContext, url: string, opener: HTMLElement, turn?: Element): void {
  const template = document.querySelector<HTMLTemplateElement>('#cite-dialog-template');
  if (!template) return;
  let dialog = document.querySelector<HTMLDialogElement>('#cite-dialog');
  if (!dialog) {
    document.body.append(template.content.cloneNode(true));
    dialog = document.querySelector<HTMLDialogElement>('#cite-dialog')!;
    dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog!.close());
    // A click on the backdrop (outside the dialog's box) closes it, as on a phone's modal sheet.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) {
        const r = dialog!.getBoundingClientRect();
        if (event.clientX < r.left || event.clientX > r.right || event.clientY < r.top || event.clientY > r.bottom) dialog!.close();
      }
    });
  }
  fill(dialog, context, url);
  dialog.addEventListener('close', () => opener.focus(), { once: true });
  dialog.showModal();
  place(dialog, turn);
}
