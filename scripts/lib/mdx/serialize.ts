import type { Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * Writes an mdast tree as MDX. All escaping is the serializer's: text nodes come out as
 * literal text whatever characters they hold (`{ } < > * _ ~ # import export`). GFM's
 * escapes are included so the output stays literal even where GFM parsing is switched on.
 */
export function serializeMdx(tree: Root): string {
  return toMarkdown(tree, { extensions: [mdxToMarkdown(), gfmToMarkdown(), frontmatterToMarkdown(['yaml'])] });
}
