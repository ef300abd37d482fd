import type { Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * Writes an mdast tree as MDX. All escaping is the serializer's: text nodes come out as
 * literal text whatever characters they hold (`{ } < > * _ # import export`).
 */
export function serializeMdx(tree: Root): string {
  return toMarkdown(tree, { extensions: [mdxToMarkdown(), frontmatterToMarkdown(['yaml'])] });
}
