/**
 * Text folded for comparison (never for display), by search, theme evidence, pins and
 * permalink ids alike: compatibility forms unified (full-width ＡＢＣ，１２ →
 * ABC,12), case ignored, and everything that is not a letter or a digit dropped — white
 * space, ASCII and CJK punctuation, the interpunct in 汤姆·汉克斯, the source's `**` masks.
 * A remembered quote typed with other punctuation, or none, still matches. `map` gives, for
 * each folded character, the index of the character it came from, to highlight the original.
 *
 * Search also folds the script (數據 → 数据) through a table built from OpenCC at build time
 * (`script-table.ts`); ids and theme evidence do not, so published ids never move.
 */
export interface Folded {
  folded: string;
  /** map[i] = index in the original string of folded[i] (UTF-16 code units). */
  map: number[];
}

/** Traditional (and variant) character → the simplified one, for search only. */
export type ScriptTable = ReadonlyMap<string, string>;

const KEPT = /[\p{L}\p{N}]/u;

/**
 * What one character folds to: its NFKC form in lower case, letters and digits only. Folding
 * goes character by character, so this is remembered per character (a site has a few
 * thousand distinct ones): normalising every character of every turn anew was most of the
 * search data's build time at 100 interviews.
 */
const PIECES = new Map<string, readonly string[]>();

function piecesOf(char: string): readonly string[] {
  let pieces = PIECES.get(char);
  if (!pieces) {
    // NFKC may expand one character (e.g. ㍿ → 株式会社); each piece maps back to it.
    pieces = [...char.normalize('NFKC').toLowerCase()].filter((piece) => KEPT.test(piece));
    PIECES.set(char, pieces);
  }
  return pieces;
}

export function foldForSearch(text: string, script?: ScriptTable): Folded {
  let folded = '';
  const map: number[] = [];
  let index = 0;
  for (const char of text) {
    for (const piece of piecesOf(char)) {
      const out = script?.get(piece) ?? piece;
      folded += out;
      for (let k = 0; k < out.length; k++) map.push(index);
    }
    index += char.length;
  }
  return { folded, map };
}

/** Just the folded string (as `foldForSearch` folds it, without the map back). */
export function fold(text: string, script?: ScriptTable): string {
  let folded = '';
  for (const char of text) for (const piece of piecesOf(char)) folded += script?.get(piece) ?? piece;
  return folded;
}
