/**
 * Labels where the line shapes alone miss them, found with what the whole file says: a label the file opens its lines
 * with, standing again in the middle of a line after a sentence's end (OCR runs turns spoken over each other into one
 * line: `…saying.. PM: You're taking a bit of time about it. CARLETON: Yes, I know but..`), and a label read with a
 * speck after it (`PM':`). Pure; the parser decides what to do with what is found here.
 */
import { nameScript, neverALabel } from './labels.ts';
import { speakerLineShape } from './lines.ts';
import { QA_LABELS, ROLE_KEYS } from './vocabulary.ts';

/** Line starts that make a label the file's own: used this often, it is no word that happens to precede a colon. */
const LINE_START_USES = 3;
/** Most uses of a label with a speck after it: the OCR's slip is rare; written on purpose it would recur. */
const MAX_SPECKED_USES = 2;

/**
 * Labels the file opens at least LINE_START_USES lines with (`CARLETON:`, `主持人：`), with words after them or below:
 * names or role words, never furniture (`Note:`, `Transcript by:`).
 */
export function lineStartLabels(lines: readonly string[]): Set<string> {
  const count = new Map<string, number>();
  for (const line of lines) {
    const said = speakerLineShape(line);
    if (!said || said.shape === 'dash' || said.shape === 'byline') continue;
    count.set(said.label, (count.get(said.label) ?? 0) + 1);
  }
  const labels = new Set<string>();
  for (const [label, uses] of count) {
    if (uses < LINE_START_USES || neverALabel(label)) continue;
    if (nameScript(label) !== undefined || QA_LABELS.has(label) || ROLE_KEYS.has(label)) labels.add(label);
  }
  return labels;
}

/** Brackets and quotes a passage may open: a label inside one is quoted or an aside, never a turn. */
const OPENERS: Record<string, string> = { '(': ')', '（': '）', '[': ']', '【': '】', '“': '”', '「': '」', '『': '』' };

/** Whether position `end` of the text stands inside a bracket or a quotation opened before it on the line. */
function insideQuoteOrBracket(text: string, end: number): boolean {
  const open: string[] = [];
  let straight = false;
  for (const char of text.slice(0, end)) {
    if (char === '"') straight = !straight;
    else if (char in OPENERS) open.push(OPENERS[char]!);
    else if (open.at(-1) === char) open.pop();
  }
  return straight || open.length > 0;
}

/** Escapes a label for a regular expression. */
const escape = (label: string) => label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Where a sentence ends before a label: Latin stops (`.`, `..`, `…`, `?`, `!`, perhaps a closing quote or bracket
 * after them; a closing bracket alone) and a space; or a full-width stop or closer (`。`, `？`, `！`, `」`, `）`) with
 * or without one, as Chinese writes it. An apostrophe ends a sentence only after a stop (`…here.' `), being an
 * apostrophe otherwise; an honorific's full stop (`Mr. KEATING`) ends none.
 */
const SENTENCE_END = String.raw`(?:(?:(?<!\b(?:Mr|Mrs|Ms|Dr|St|Prof|Sr|Jr))[.?!…]+["”’')\]]*|[")\]”])\s+|[。？！」』）】]\s*)`;

/**
 * The line cut where another turn opens in it: after a sentence's end and a space, one of `labels` (the file's own,
 * {@link lineStartLabels}) with its colon and words — not inside quotation marks or brackets. The first part keeps the
 * line's start; each other part opens with its label. A line with no such label comes back whole.
 */
export function splitInlineTurns(text: string, labels: ReadonlySet<string>): string[] {
  if (labels.size === 0) return [text];
  const names = [...labels].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(String.raw`(?<=${SENTENCE_END})(?:${names.join('|')})\s*[:：]\s*(?=\S)`, 'gu');
  const cuts: number[] = [];
  for (const m of text.matchAll(pattern)) {
    if (!insideQuoteOrBracket(text, m.index)) cuts.push(m.index);
  }
  if (cuts.length === 0) return [text];
  return [0, ...cuts].map((start, k) => text.slice(start, cuts[k] ?? text.length).trim()).filter((part) => part !== '');
}

/**
 * Labels read with stray punctuation after them (`PM'`, `KEATING.`, `CARLETON,`, `PM’`): a label of `labels` (the
 * file's own) and a speck, used at most MAX_SPECKED_USES times, mapped to the label meant. `keep` says which labels
 * stay as written (declared in the data file as someone's).
 */
export function speckedLabels(
  used: readonly (string | undefined)[],
  labels: ReadonlySet<string>,
  keep: (label: string) => boolean = () => false,
): Map<string, string> {
  const count = new Map<string, number>();
  for (const label of used) if (label !== undefined) count.set(label, (count.get(label) ?? 0) + 1);
  const specked = new Map<string, string>();
  for (const [label, uses] of count) {
    const meant = label.replace(/['’.,]+$/u, '');
    if (meant !== label && labels.has(meant) && !labels.has(label) && uses <= MAX_SPECKED_USES && !keep(label)) specked.set(label, meant);
  }
  return specked;
}
