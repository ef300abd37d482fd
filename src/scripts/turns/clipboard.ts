/**
 * Copying text, with a confirmation the reader sees beside the control they pressed and
 * screen readers hear, and a fallback where the clipboard API is refused (insecure context,
 * permissions): the text shown selected in a small dialog, to copy by hand.
 */
import { words } from './words';

let announcer: HTMLElement | undefined;

/** Says `message` through a polite live region. */
export function announce(message: string): void {
  if (!announcer) {
    announcer = Object.assign(document.createElement('p'), { className: 'visually-hidden' });
    announcer.setAttribute('role', 'status');
    document.body.append(announcer);
  }
  announcer.textContent = '';
  // A fresh text node after a tick, so the same message twice is announced twice.
  setTimeout(() => (announcer!.textContent = message), 50);
}

/**
 * Shows `message` for a moment beside `control` (hidden from assistive technology, which
 * hears the announcement). A control inside a turn's tools menu closes the menu, and the
 * message stands beside the menu's button, where the reader's focus returns.
 */
function confirmBeside(control: HTMLElement, message: string): void {
  const menu = control.closest<HTMLDetailsElement>('details[data-menu]');
  const anchor = menu ?? control;
  if (menu) {
    menu.open = false;
    menu.querySelector('summary')?.focus();
  }
  anchor.parentElement?.querySelector(':scope > .copied')?.remove();
  const note = Object.assign(document.createElement('span'), { className: 'copied', textContent: message });
  note.setAttribute('aria-hidden', 'true');
  anchor.before(note);
  setTimeout(() => note.remove(), 2500);
}

/** Copies `text`; `what` names it in the confirmation; `control` is the button pressed. */
export async function copyText(text: string, what: string, control?: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    const message = words().script.copied(what);
    announce(message);
    if (control) confirmBeside(control, message);
  } catch {
    showFallback(text, what);
  }
}

function showFallback(text: string, what: string): void {
  let dialog = document.querySelector<HTMLDialogElement>('#copy-fallback');
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.id = 'copy-fallback';
    dialog.setAttribute('aria-labelledby', 'copy-fallback-title');
    const title = Object.assign(document.createElement('p'), { id: 'copy-fallback-title' });
    const area = Object.assign(document.createElement('textarea'), { readOnly: true, rows: 4 });
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: words().script.close });
    close.addEventListener('click', () => dialog!.close());
    dialog.append(title, area, close);
    document.body.append(dialog);
  }
  dialog.querySelector('p')!.textContent = words().script.fallback(what);
  const area = dialog.querySelector('textarea')!;
  area.value = text;
  dialog.showModal();
  area.select();
}
