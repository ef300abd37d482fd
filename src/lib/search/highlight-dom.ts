/**
 * Marks a phrase inside an element's text, as one phrase even where the page splits it
 * across elements (a mask, a [sic] note) — folded the same way search folds it, so what
 * search matched is what the reader sees marked.
 */
import { foldForSearch } from '../fold.ts';

/** Wraps every occurrence of `phrase` in `<mark class="search-mark">`; returns how many. */
export function highlightPhrase(root: Element, phrase: string): number {
  const needle = foldForSearch(phrase).folded;
  if (!needle) return 0;
  const nodes: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-editorial]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  const { folded, map } = foldForSearch(text);
  const pieces: { node: Text; from: number; to: number }[] = [];
  let count = 0;
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
    const from = map[at]!;
    const to = map[at + needle.length - 1]! + 1;
    nodes.forEach((node, i) => {
      const a = Math.max(from, starts[i]!);
      const b = Math.min(to, starts[i]! + node.data.length);
      if (a < b) pieces.push({ node, from: a - starts[i]!, to: b - starts[i]! });
    });
    count++;
  }
  // Wrap from the end so earlier offsets stay valid.
  for (const { node, from, to } of pieces.reverse()) {
    const range = root.ownerDocument.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const mark = root.ownerDocument.createElement('mark');
    mark.className = 'search-mark';
    range.surroundContents(mark);
  }
  return count;
}

/** Removes the marks `highlightPhrase` made. */
export function clearHighlights(root: Element): void {
  for (const mark of root.querySelectorAll('mark.search-mark')) {
    mark.replaceWith(...mark.childNodes);
  }
  root.normalize();
}
