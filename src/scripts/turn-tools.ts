/**
 * On pages with turns: copy a turn's permalink, and highlight the phrase a search result
 * opened (`?hl=phrase#t-xxxx`) in that turn, with a button to clear it.
 */
import { clearHighlights, highlightPhrase } from '../lib/search/highlight-dom';

const announcer = Object.assign(document.createElement('p'), { className: 'visually-hidden' });
announcer.setAttribute('role', 'status');
document.body.append(announcer);

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const url = new URL(`#${button.dataset.copyLink}`, location.href);
    url.search = '';
    try {
      await navigator.clipboard.writeText(url.href);
      announcer.textContent = '链接已复制';
    } catch {
      // Clipboard refused (insecure context, permissions): show the link to copy by hand.
      window.prompt('复制这段的链接：', url.href);
    }
  });
}

highlightArrival();

function highlightArrival(): void {
  const phrase = new URLSearchParams(location.search).get('hl')?.trim();
  const turn = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!phrase || !turn?.classList.contains('turn')) return;
  const text = turn.querySelector('.turn-text')!;
  if (highlightPhrase(text, phrase) === 0) return;
  turn.classList.add('is-search-target');
  const clear = Object.assign(document.createElement('button'), { type: 'button', className: 'clear-highlight', textContent: '清除高亮' });
  turn.querySelector('.turn-header')!.append(clear);
  clear.addEventListener('click', () => {
    clearHighlights(text);
    turn.classList.remove('is-search-target');
    clear.remove();
    const url = new URL(location.href);
    url.searchParams.delete('hl');
    history.replaceState(null, '', url);
    announcer.textContent = '已清除高亮';
  });
  // The marked words, not the top of a long turn, are what the reader came for.
  turn.querySelector('mark.search-mark')!.scrollIntoView({ block: 'center' });
}
