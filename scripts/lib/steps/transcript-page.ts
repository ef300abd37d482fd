/** Step: the full transcript page: every exchange in order, the editorial headings where they stand. */
import type { Heading } from '../model.ts';
import { transcriptTree, type ExchangeView, type TreeContext } from '../mdx/build-tree.ts';
import { serializeMdx } from '../mdx/serialize.ts';

export function transcriptPage(views: readonly ExchangeView[], headings: readonly Heading[], tree: TreeContext): string {
  const headingsBefore = new Map(headings.map((h) => [h.beforeTurn, h.text]));
  return serializeMdx(transcriptTree({ interview: tree.interview }, views, headingsBefore, tree));
}
