/**
 * The generated MDX, read back by Sätteri (the MDX engine Astro 7 compiles it with), must
 * hold each turn's words as the same literal text: nothing escapes into markup or code.
 */
import type { ElementContent, Root as Hast, RootContent } from 'hast';
import { mdxToHast, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { sectionTree } from '../../scripts/lib/mdx/build-tree.ts';
import { SATTERI_FEATURES } from '../../scripts/lib/mdx/dialect.ts';
import { serializeMdx } from '../../scripts/lib/mdx/serialize.ts';
import { seed } from '../support/seed.ts';

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { name: string; value: string }[];
  children: (ElementContent | JsxNode)[];
}
type Node = RootContent | ElementContent | JsxNode;

const HOSTILE = [
  'import x from "y"',
  'export const a = 1',
  'export default function () { throw new Error() }',
  '{1+1} {',
  '}',
  '<b>bold</b> <script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'x</Turn>y',
  '<Turn id="fake">',
  '# not a heading',
  '> not a quote',
  '- not a list',
  '1. not a list',
  '---',
  '***',
  '+ plus',
  '`code` ```fence```',
  'back\\slash \\* \\{',
  '[x](javascript:alert(1)) <https://a.b>',
  '![img](x.png)',
  '&amp; &lt; &#x41; &copy;',
  '😀 𠀀 emoji and astral',
  '__u__ _i_ *e* ~~s~~',
  '| a | b |',
  '<!-- comment -->',
  '短小**的prompt GPT4.0是****的',
  '**扯一个小闲天',
  '**',
  '****开头和结尾**',
  'a  b\ttab',
  'line ends with backslash\\',
  'https://example.com www.example.com',
  'smart "quotes" -- dashes... \'single\'',
];

/** Text of every `<Turn>` in a compiled tree, paragraph by paragraph. */
function turnTexts(tree: Hast): Map<string, string[]> {
  const turns = new Map<string, string[]>();
  const visit = (node: Node) => {
    if ('name' in node && node.name === 'Turn') {
      const id = (node as JsxNode).attributes.find((a) => a.name === 'id')!.value;
      turns.set(id, (node as JsxNode).children.filter((c) => 'name' in c && c.name === 'Paragraph').map(text));
    } else if ('children' in node) for (const child of node.children as Node[]) visit(child);
  };
  for (const child of tree.children) visit(child);
  return turns;
}

/** Compiles as the site does. */
function compile(mdx: string): Hast {
  return mdxToHast(mdx, { features: SATTERI_FEATURES }) as Hast;
}

function text(node: Node): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as Node[]).map(text).join('') : '';
}

function build(paragraphs: string[][], asterisks: 'masks' | 'emphasis' = 'masks'): string {
  const turns = paragraphs.map((p, i) => ({
    turn: { index: i, speaker: '周鸿祎', paragraphs: p, line: i + 1 },
    id: `t-${i}`,
    role: 'interviewee' as const,
  }));
  return serializeMdx(
    sectionTree({ title: 'test' }, [{ number: 1, theme: 't', themeTitle: 'T', turns }], {
      interview: 'i',
      exchangeCount: 1,
      sic: [],
      asterisks,
    }),
  );
}

describe('MDX escape', () => {
  test.each(HOSTILE)('%j compiles and comes back as the same literal text', (hostile) => {
    const mdx = build([[hostile, `前文 ${hostile} 后文`]]);
    expect(() => mdxToJs(mdx, { features: SATTERI_FEATURES })).not.toThrow();
    expect(turnTexts(compile(mdx)).get('t-0')).toEqual([hostile, `前文 ${hostile} 后文`]);
  });

  test('no ESM reaches the compiled module: transcript text never becomes code', () => {
    const { code } = mdxToJs(build(HOSTILE.map((h) => [h])), { features: SATTERI_FEATURES });
    expect(code).not.toMatch(/^\s*import x from "y"/m);
    expect(code).not.toMatch(/^\s*export const a = 1/m);
    expect(code).not.toContain('alert(1)</script>');
  });
});

describe('emphasis in a source that uses ** for bold', () => {
  /** The names of the elements under a node, depth first. */
  const elements = (node: Node): string[] =>
    'children' in node ? (node.children as Node[]).flatMap((c) => [...('tagName' in c ? [c.tagName as string] : []), ...elements(c)]) : [];

  test.each([
    ['The **key** point', 'The key point'],
    ['**{1+1} <b>x</b>** stays literal', '{1+1} <b>x</b> stays literal'],
    ['两个**重点**和**要点**。', '两个重点和要点。'],
  ])('%j is rendered as strong emphasis around the literal words', (paragraph, shown) => {
    const tree = compile(build([[paragraph]], 'emphasis'));
    expect(turnTexts(tree).get('t-0')).toEqual([shown]);
    expect(elements(tree as unknown as Node)).toContain('strong');
  });

  test('the same paragraph in a source that masks keeps every asterisk as text', () => {
    expect(turnTexts(compile(build([['The **key** point']]))).get('t-0')).toEqual(['The **key** point']);
  });
});

describe('a Markdown link in a paragraph', () => {
  test("is drawn as the source's Markdown draws it: its text, linking to its address", () => {
    const tree = compile(build([['見 [紀錄稿](https://sayit.archive.tw/a-%E7%A0%94?x=1&amp;y=2#s13) 為準。']]));
    expect(turnTexts(tree).get('t-0')).toEqual(['見 紀錄稿 為準。']);
    const links: { href: unknown; text: string }[] = [];
    const visit = (node: Node) => {
      if ('tagName' in node && node.tagName === 'a') links.push({ href: node.properties?.href, text: text(node) });
      if ('children' in node) for (const child of node.children as Node[]) visit(child);
    };
    visit(tree as unknown as Node);
    expect(links).toEqual([{ href: 'https://sayit.archive.tw/a-%E7%A0%94?x=1&y=2#s13', text: '紀錄稿' }]);
  });
});

describe('MDX roundtrip of the seed', () => {
  test('every generated section, read back, holds its turns’ words exactly as in the source', () => {
    const fromSections = new Map<string, string[]>();
    for (const [path, mdx] of seed.files) {
      if (!path.startsWith('sections/')) continue;
      for (const [id, paragraphs] of turnTexts(compile(mdx))) {
        expect(fromSections.has(id), `${id} in two sections`).toBe(false);
        fromSections.set(id, paragraphs);
      }
    }
    const fromSource = new Map(seed.transcript.turns.map((t) => [seed.ids[t.index]!, t.paragraphs]));
    expect(fromSections).toEqual(fromSource);
  });

  test('the transcript file holds every turn in source order', () => {
    const ids = [...turnTexts(compile(seed.files.get('transcript.mdx')!)).keys()];
    expect(ids).toEqual(seed.ids);
  });
});
