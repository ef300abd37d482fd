/**
 * On pages with turns: copy a turn's permalink, and highlight the searched words in the turn
 * a search result opened (`?hl=words#t-xxxx`).
 */

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

highlightSearch();

function highlightSearch(): void {
  const query = new URLSearchParams(location.search).get('hl')?.trim();
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!query || !target) return;
  const text = target.querySelector('.turn-text') ?? target;
  // The whole query as one phrase first; failing that, each of its words.
  if (markAll(text, [query]) === 0) markAll(text, query.split(/\s+/u).filter(Boolean));
  target.classList.add('is-search-target');
  target.scrollIntoView({ block: 'start' });
}

/** Wraps each occurrence of the needles within one text node in <mark>; returns how many. */
function markAll(root: Element, needles: string[]): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    for (const needle of needles) {
      const at = node.data.toLowerCase().indexOf(needle.toLowerCase());
      if (at === -1) continue;
      const match = node.splitText(at);
      match.splitText(needle.length);
      const mark = document.createElement('mark');
      match.replaceWith(mark);
      mark.append(match);
      count++;
      break;
    }
  }
  return count;
}
