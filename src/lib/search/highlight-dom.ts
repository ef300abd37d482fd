/**
 * Marks a phrase inside an element's text, as one phrase even where the page splits it
 * across elements (a mask, a [sic] note) — folded the same way search folds it, so what
 * search matched is what the reader sees marked.
 */
import { foldForSearch } from '../fold.ts';
import { toGraphemes } from './graphemes.ts';

/**
 * Where `phrase` occurs in `text`, as [start, end) ranges of `text`: compared folded, or — for a
 * phrase of symbols alone (😀, ※), which folding drops — as written (search links
 * carry the words as the source has them). Each range is widened to
 * whole characters, so a mark never holds half of 𠀀 or a letter without its accent.
 */
function occurrences(text: string, phrase: string): [number, number][] {
  const needle = foldForSearch(phrase).folded;
  const ranges: [number, number][] = [];
  if (needle) {
    const { folded, map } = foldForSearch(text);
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
      ranges.push(toGraphemes(text, [map[at]!, map[at + needle.length - 1]! + 1]));
    }
  } else {
    const literal = phrase.trim();
    if (!literal) return ranges;
    for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + literal.length)) {
      ranges.push(toGraphemes(text, [at, at + literal.length]));
    }
  }
  return ranges;
}

/** Wraps every occurrence of `phrase` in `<mark class="search-mark">`; returns how many. */
export function highlightPhrase(root: Element, phrase: string): number {
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
  const found = occurrences(text, phrase);
  const pieces: { node: Text; from: number; to: number }[] = [];
  for (const [from, to] of found) {
    nodes.forEach((node, i) => {
      const a = Math.max(from, starts[i]!);
      const b = Math.min(to, starts[i]! + node.data.length);
      if (a < b) pieces.push({ node, from: a - starts[i]!, to: b - starts[i]! });
    });
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
  return found.length;
}

/** Removes the marks `highlightPhrase` made. */
export function clearHighlights(root: Element): void {
  for (const mark of root.querySelectorAll('mark.search-mark')) {
    mark.replaceWith(...mark.childNodes);
  }
  root.normalize();
}
