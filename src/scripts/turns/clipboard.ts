/**
 * Copying text, with a confirmation screen readers announce, and a fallback where the
 * clipboard API is refused (insecure context, permissions): the text shown selected in a
 * small dialog, to copy by hand.
 */
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

export async function copyText(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(`${what}已复制`);
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
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: '关闭' });
    close.addEventListener('click', () => dialog!.close());
    dialog.append(title, area, close);
    document.body.append(dialog);
  }
  dialog.querySelector('p')!.textContent = `浏览器不允许直接复制。${what}已选中，请按 Ctrl+C（Mac：⌘C）复制：`;
  const area = dialog.querySelector('textarea')!;
  area.value = text;
  dialog.showModal();
  area.select();
}
