/** Step: the full transcript page: every exchange in order, the editorial headings where they stand, the publication's notes between turns. */
import type { Transcript } from '../model.ts';
import { transcriptTree, type ExchangeView, type TreeContext } from '../mdx/build-tree.ts';
import { serializeMdx } from '../mdx/serialize.ts';

export function transcriptPage(views: readonly ExchangeView[], transcript: Transcript, tree: TreeContext): string {
  return serializeMdx(
    transcriptTree(
      { interview: tree.interview },
      views,
      byTurn(transcript.headings, (h) => h.beforeTurn),
      tree,
      byTurn(transcript.notes, (n) => n.afterTurn),
    ),
  );
}

/** Texts grouped by the turn they stand at, in source order. */
function byTurn<T extends { text: string }>(items: readonly T[], turnOf: (item: T) => number): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const item of items) map.set(turnOf(item), [...(map.get(turnOf(item)) ?? []), item.text]);
  return map;
}
