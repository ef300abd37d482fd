/**
 * Builds the mdast trees of the generated MDX: a theme section, and the full transcript.
 * Transcript text only ever becomes `text` nodes inside the `<Turn>` component, so the
 * serializer escapes it and nothing in a transcript can become markup or code (a top-level
 * paragraph starting with `import ` would be read back as ESM; inside a component it cannot).
 *
 * Each source paragraph is one `<Paragraph>` element on one line. A bare Markdown paragraph
 * would not do: a line that starts and ends with a JSX tag (a paragraph that is only a mask,
 * `**`) is read back as a block element and loses its paragraph. One shape for every
 * paragraph keeps every paragraph a paragraph.
 */
import type { Heading as MdastHeading, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { stringify } from 'yaml';
import type { Role, Turn } from '../model.ts';
import type { AsteriskUse } from '../../../src/lib/asterisks.ts';
import { segmentText } from '../../../src/lib/segment-text.ts';

/** A turn with everything its component shows. */
export interface TurnView {
  turn: Turn;
  id: string;
  role: Role;
}

/** An exchange as it is written into a page. */
export interface ExchangeView {
  number: number;
  /** Theme slug and title, shown on the full transcript. */
  theme: string;
  themeTitle: string;
  turns: TurnView[];
}

/** Context every page of the interview shares. */
export interface TreeContext {
  interview: string;
  exchangeCount: number;
  sic: readonly { text: string; note: string }[];
  /** Whether the source's `**` are masks or emphasis. */
  asterisks: AsteriskUse;
}

/** A section file: frontmatter, then its exchanges in interview order. */
export function sectionTree(frontmatter: object, exchanges: readonly ExchangeView[], context: TreeContext): Root {
  return root(
    frontmatter,
    exchanges.map((e) => exchangeElement(e, context)),
  );
}

/**
 * The full transcript: every exchange in order, the editorial headings where they stand
 * (all of them, when several stand before one turn), and the publication's notes between
 * turns (an image's caption, a show's break) after the exchange they follow.
 */
export function transcriptTree(
  frontmatter: object,
  exchanges: readonly ExchangeView[],
  headingsBefore: ReadonlyMap<number, readonly string[]>,
  context: TreeContext,
  notesAfter: ReadonlyMap<number, readonly string[]> = new Map(),
): Root {
  // A note's links are links, as in the turns (`> （ 紀錄稿： [title](https://…) ）`).
  const note = (text: string): RootContent => ({ type: 'paragraph', children: [inline('StageNote', {}, phrasing(text, context))] });
  const children: RootContent[] = [...(notesAfter.get(-1) ?? []).map(note)];
  for (const exchange of exchanges) {
    for (const heading of headingsBefore.get(exchange.turns[0]!.turn.index) ?? []) {
      children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: heading }] } satisfies MdastHeading);
    }
    children.push(exchangeElement(exchange, context));
    for (const { turn } of exchange.turns) children.push(...(notesAfter.get(turn.index) ?? []).map(note));
  }
  return root(frontmatter, children);
}

function root(frontmatter: object, children: RootContent[]): Root {
  return { type: 'root', children: [{ type: 'yaml', value: stringify(frontmatter).trimEnd() }, ...children] };
}

function exchangeElement(exchange: ExchangeView, context: TreeContext): MdxJsxFlowElement {
  return flow(
    'Exchange',
    {
      interview: context.interview,
      number: String(exchange.number),
      of: String(context.exchangeCount),
      theme: exchange.theme,
      themeTitle: exchange.themeTitle,
      first: exchange.turns[0]!.id,
    },
    exchange.turns.map((t) => turnElement(t, context)),
  );
}

function turnElement({ turn, id, role }: TurnView, context: TreeContext): MdxJsxFlowElement {
  return flow(
    'Turn',
    { id, speaker: turn.speaker, role, ...(turn.timestamp && { time: turn.timestamp }) },
    turn.paragraphs.map((p, n) => {
      // A time the source writes between paragraphs (`(00:01:43):`) stays with its paragraph, as metadata.
      const time = turn.paragraphTimes?.find((t) => t.paragraph === n)?.time;
      return { type: 'paragraph', children: [inline('Paragraph', time ? { time } : {}, phrasing(p, context))] };
    }),
  );
}

function phrasing(paragraph: string, context: TreeContext): PhrasingContent[] {
  return segmentText(paragraph, context.sic, context.asterisks).map((segment): PhrasingContent => {
    if (segment.kind === 'text') return { type: 'text', value: segment.value };
    if (segment.kind === 'emphasis') return { type: 'strong', children: [{ type: 'text', value: segment.inner }] };
    if (segment.kind === 'link') return { type: 'link', url: segment.href, children: [{ type: 'text', value: segment.text }] };
    if (segment.kind === 'annotation')
      return inline('Annotation', segment.bracketed ? { bracketed: 'true' } : {}, [{ type: 'text', value: segment.inner }]);
    const attributes: Record<string, string> = segment.kind === 'sic' ? { note: segment.note } : {};
    return inline(COMPONENT[segment.kind], attributes, [{ type: 'text', value: segment.value }]);
  });
}

/** The component that draws each kind of marked segment. */
const COMPONENT = { mask: 'Mask', sic: 'Sic', note: 'StageNote', time: 'TimeMark' } as const;

function attributesOf(values: Record<string, string>): MdxJsxAttribute[] {
  return Object.entries(values).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
}

function flow(name: string, attributes: Record<string, string>, children: MdxJsxFlowElement['children']): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: attributesOf(attributes), children };
}

function inline(name: string, attributes: Record<string, string>, children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributesOf(attributes), children };
}
