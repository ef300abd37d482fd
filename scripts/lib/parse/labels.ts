/**
 * Which label candidates name speakers, and which labels name the same person. A label
 * counts when it is declared (header, legend, data file), is a conventional label (问/答,
 * Q/A, 主持人, Host), is written in an unmistakable label shape, or — for the plain
 * `名字：` shape that prose also has — recurs or has the look of the file's other labels.
 */
import type { LabelShape } from './lines.ts';
import {
  BREAK_LABELS,
  EDITOR_LABELS,
  FOOTER_KEYS,
  HEADER_KEYS,
  HONORIFICS,
  NOT_A_NAME_START,
  OUTLET_ROLE_WORDS,
  PAGE_NAVIGATION,
  QA_LABELS,
  ROLE_KEYS,
  SPEECH_VERB,
} from './vocabulary.ts';

// A name as transcripts print it: one to four Han characters (a longer run before a colon
// is more likely a clause, 回答的第二段:…), a transliterated name with its interpunct
// (汤姆·汉克斯), a service's numbered speaker (发言人1, 说话人0), or up to four capitalised
// Latin words (Sam Altman, MS CLAY, Dr. Amy Brand, Speaker 2).
const HAN_NAME = /^(?:\p{Script=Han}{1,4}|\p{Script=Han}{1,6}[·•]\p{Script=Han}{1,6}|(?:发言人|说话人|讲话人)\s*\d{1,2})$/u;
const LATIN_NAME = /^[A-Z][\p{L}.'’-]*(?: (?:[A-Z][\p{L}.'’-]*|\d{1,2}))?(?: [A-Z][\p{L}.'’-]*){0,2}$/u;

/** The writing system of a name: labels of one file share it. */
export type NameScript = 'han' | 'latin';

/** The script a label is written in, when it is shaped like a name at all. */
export function nameScript(label: string): NameScript | undefined {
  if (HAN_NAME.test(label)) return 'han';
  if (LATIN_NAME.test(label) && !NOT_A_NAME_START.has(label.split(' ')[0]!)) return 'latin';
  return undefined;
}

/** Labels that are never speakers: metadata keys, editors' notes, a page's navigation (`Jump To:`), reported speech (`他就说`). */
export function neverALabel(label: string): boolean {
  if (HEADER_KEYS.has(label) && !ROLE_KEYS.has(label)) return true;
  return (
    BREAK_LABELS.has(label) ||
    FOOTER_KEYS.has(label) ||
    EDITOR_LABELS.has(label) ||
    PAGE_NAVIGATION.test(label) ||
    (label.length > 1 && SPEECH_VERB.test(label) && !QA_LABELS.has(label))
  );
}

/** A role word glued to a name (`主持人王远志`, `记者 张三`): the name and the role word's role. */
export function roleAndName(label: string): { name: string; roleWord: string } | undefined {
  for (const word of ROLE_KEYS.keys()) {
    if (!label.startsWith(word) || label === word) continue;
    const name = label.slice(word.length).trim();
    if (nameScript(name)) return { name, roleWord: word };
  }
  return undefined;
}

/**
 * A press conference's questioner named by outlet (`新华社记者`, `DVB電視臺記者`): the role word that ends
 * the label. The outlet before it is short and has no clause punctuation, and is no clause that tells
 * a reporter (`他对记者`, `王先生告诉记者`, `她接受记者`: reported speech follows).
 */
export function outletRoleWord(label: string): string | undefined {
  return OUTLET_ROLE_WORDS.find((word) => {
    const outlet = label.slice(0, -word.length);
    return (
      label.endsWith(word) &&
      /^[\p{L}\p{N}·・&. -]{2,12}$/u.test(outlet) &&
      !/(?:[对對向跟和与與给給]|告诉|告訴|接受|回答|答复|答覆|提醒|表示)$/u.test(outlet)
    );
  });
}

/** One occurrence of a label candidate in the file. */
export interface Candidate {
  label: string;
  shape: LabelShape;
  /** The words under an `alone` label end in a question mark: it asks. */
  asks?: boolean;
  /** Written as a Markdown heading (`### 唐鳳：`). */
  heading?: true;
}

/**
 * Who may ask under a label alone on its line without being shaped like a person's name: a press
 * conference's outlet (`朝日小学生新闻:`, `韩国KBS:`, `IWJ:`) — short, words and digits only, no clause.
 */
const ASKER_LABEL = /^[\p{L}\p{N}][\p{L}\p{N}·・&. -]{0,11}$/u;

/**
 * The labels that name speakers. `known`: labels declared or conventional. A plain or
 * alone label needs to recur or to share its script with an accepted label; a byline
 * (`Name, Org`) needs two different names in that shape; a dash label (`Q - …`) needs to
 * be known or to recur (a name's script does not vouch for it: `Bitcoin - it works` is prose).
 * In a file whose speakers are labelled alone on their line, a label alone that asks a question
 * below it is a questioner's, once each (a press conference's outlets).
 */
export function acceptLabels(candidates: readonly Candidate[], known: (label: string) => boolean): Set<string> {
  const asker = (c: Candidate) => c.shape === 'alone' && c.asks === true && ASKER_LABEL.test(c.label);
  const usable = candidates.filter((c) => !neverALabel(c.label) && (known(c.label) || nameScript(c.label) !== undefined || asker(c)));
  const count = new Map<string, number>();
  for (const c of usable) count.set(c.label, (count.get(c.label) ?? 0) + 1);
  const bylines = new Set(usable.filter((c) => c.shape === 'byline').map((c) => c.label));

  const accepted = new Set<string>();
  for (const c of usable) {
    if (known(c.label) || c.shape === 'marked' || (c.shape === 'byline' && bylines.size >= 2)) accepted.add(c.label);
    else if (c.shape !== 'byline' && (count.get(c.label) ?? 0) >= 2) accepted.add(c.label);
  }
  const aloneLabels = new Set(usable.filter((c) => c.shape === 'alone').map((c) => c.label));
  if ([...accepted].some((label) => aloneLabels.has(label))) for (const c of usable) if (asker(c)) accepted.add(c.label);
  const scripts = new Set([...accepted].map(nameScript));
  // Nothing settled yet (`甲:…` `乙:…`, each once): two or more names of one script vouch for each other.
  const loose = usable.filter((c) => c.shape === 'plain' || c.shape === 'alone');
  if (accepted.size === 0) {
    for (const script of ['han', 'latin'] as const) {
      if (new Set(loose.filter((c) => nameScript(c.label) === script).map((c) => c.label)).size >= 2) scripts.add(script);
    }
  }
  // A file that writes its labels as headings (`### 唐鳳：`) writes every label so: a name's look vouches for no other
  // line (`兩個問題：一個是Uber…` inside an answer is the answer's words).
  const headed = usable.some((c) => c.heading && accepted.has(c.label));
  for (const c of loose) if (scripts.has(nameScript(c.label)) && (!headed || c.heading)) accepted.add(c.label);
  return accepted;
}

/** Fewest times a label is used, and how many times its slip at most, for the slip to be read as it. */
const TYPO_MIN_USES = 5;
const TYPO_MAX_USES = 2;
/** Shortest label a one-letter slip is read into: among short names one letter tells people apart (Ann, Anne; Mark, Mary). */
const TYPO_MIN_LENGTH = 6;

/** A label used once or twice one slip from a label used throughout, and whether it is read as that label. */
export interface LabelSlip {
  /** The label it is one slip from. */
  meant: string;
  /** Read as `meant`: only where `meant` is a role word (`Inteviewer:` among `Interviewer:`); a name one letter from
   * another may be someone else (`Mrs. Johnson` beside `Mr. Johnson`, `Christine` beside `Christina`), kept apart. */
  merged: boolean;
}

/**
 * Labels used once or twice that are one slip of the keyboard (a letter left out, added, changed or two swapped)
 * from a Latin label the file uses at least five times and four times as often (`Inteviewer:` among hundreds of
 * `Interviewer:`): label → the label it is one slip from, read as it only where `roleWord` says that label is a
 * role word a transcript labels turns with (a role is one speaker's whatever the spelling; two names one letter
 * apart can be two people). Han names are left alone: one character is a different person (张三, 张四). Labels
 * `keep` says are someone's own (declared, a role word) are never read as slips.
 */
export function misspeltLabels(
  candidates: readonly Candidate[],
  accepted: ReadonlySet<string>,
  keep: (label: string) => boolean,
  roleWord: (label: string) => boolean,
): Map<string, LabelSlip> {
  const uses = new Map<string, number>();
  for (const c of candidates) if (accepted.has(c.label)) uses.set(c.label, (uses.get(c.label) ?? 0) + 1);
  const latin = (label: string) => /^[\p{Script=Latin} .'’-]+$/u.test(label);
  const slips = new Map<string, LabelSlip>();
  for (const [label, n] of uses) {
    if (n > TYPO_MAX_USES || keep(label) || !latin(label)) continue;
    const meant = [...uses].filter(
      ([other, m]) =>
        other !== label &&
        latin(other) &&
        [...other].length >= TYPO_MIN_LENGTH &&
        m >= TYPO_MIN_USES &&
        m >= 4 * n &&
        oneSlipApart(label, other),
    );
    if (meant.length === 1) slips.set(label, { meant: meant[0]![0], merged: roleWord(meant[0]![0]) });
  }
  return slips;
}

/** Whether two words differ by one letter left out, added or changed, or two neighbours swapped (Damerau distance 1). */
function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, y: string) => x === y;
  if (a.length === b.length)
    return rest(a.slice(i + 1), b.slice(i + 1)) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a.slice(i + 2), b.slice(i + 2)));
  return a.length > b.length ? rest(a.slice(i + 1), b.slice(i)) : rest(a.slice(i), b.slice(i + 1));
}

/**
 * Labels that name one person: a first name used after the full name (`Bekah` after
 * `Bekah Hawrot Weigel`), initials (`SA` for `Shaun Apps`). Returns label → full label.
 */
export function shortNames(labels: readonly string[]): Map<string, string> {
  const aliases = new Map<string, string>();
  const multi = labels.filter((l) => nameScript(l) === 'latin' && l.includes(' '));
  for (const label of labels) {
    if (label.includes(' ') || nameScript(label) !== 'latin') continue;
    // `Bekah` after `Bekah Hawrot Weigel`; `SA` after `Shaun Apps`.
    const full = multi.filter((m) => m.split(' ')[0] === label || (/^[A-Z]{2,4}$/u.test(label) && initialsOf(m) === label));
    if (full.length === 1) aliases.set(label, full[0]!);
  }
  return aliases;
}

/** `BC = Brian Cox` (or `BC: Brian Cox, host`): initials explained, alone on a line. */
export const LEGEND_LINE = /^([A-Z]{1,4})\s*[=＝]\s*([A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){1,3})\b/u;

/** One `M=被访者` of a legend line: a short label, an equals sign, whom it stands for. */
const LEGEND_PAIR = String.raw`([\p{Lu}\p{Script=Han}]{1,3})\s*[=＝]\s*(\p{Script=Han}{1,6}|[A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,3})`;
const LEGEND_ALONE = new RegExp(String.raw`^[(（]?\s*${LEGEND_PAIR}(?:\s*[,，;；、]\s*${LEGEND_PAIR})*\s*[)）]?$`, 'u');

/**
 * A line that is nothing but a legend, `(M=被访者,R=记者)`: the editor's key to the letters that label the turns,
 * which may stand after the dialogue as well as before it. Returns short label → name, or undefined.
 */
export function legendLine(line: string): Map<string, string> | undefined {
  if (!LEGEND_ALONE.test(line)) return undefined;
  return new Map([...line.matchAll(new RegExp(LEGEND_PAIR, 'gu'))].map((m) => [m[1]!, m[2]!.trim()] as const));
}

/** `Elizabeth Stark (starkness)`: one participant of a roster listed above the dialogue, perhaps with a handle or affiliation. */
const ROSTER_LINE = /^([A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){1,3})(?:\s*[(（][^()（）]{1,40}[)）])?$/u;

/** `Elizabeth Stark` → `ES`. */
const initialsOf = (name: string) =>
  name
    .split(' ')
    .map((w) => w[0])
    .join('');

/**
 * Legends that say which short label stands for whom: `校记者简称“记”，叶军学长简称“叶”`,
 * `BC = Brian Cox`, or a roster of full names above dialogue labelled by initials
 * (`Roman Snitko (hodlhodl)` … `RS: Thanks guys…`). Returns short label → full name.
 */
export function legendAliases(lines: readonly string[]): Map<string, string> {
  const aliases = new Map<string, string>();
  // A roster's initials, kept only where one name has them (two `JS` say nothing).
  const roster = new Map<string, string | undefined>();
  for (const line of lines) {
    const name = ROSTER_LINE.exec(line)?.[1];
    if (name === undefined || NOT_A_NAME_START.has(name.split(' ')[0]!)) continue;
    const initials = initialsOf(name);
    roster.set(initials, roster.has(initials) && roster.get(initials) !== name ? undefined : name);
  }
  for (const [initials, name] of roster) if (name !== undefined) aliases.set(initials, name);
  for (const line of lines) {
    for (const m of line.matchAll(/(\p{Script=Han}{1,6}?)(?:以下)?[简簡][称稱](?:为|為)?[“"「『]?([^”"」』，,。；;\s]{1,6})[”"」』]?/gu)) {
      const full = m[1]!.length > 2 ? m[1]!.replace(HONORIFICS, '') : m[1]!;
      aliases.set(m[2]!, full);
    }
    const english = LEGEND_LINE.exec(line);
    if (english) aliases.set(english[1]!, english[2]!);
    // `Marlene Taylor (Marlene T)` in a lede: the handle the chat labels her with; kept without spaces, as handles
    // are written either way (`(BookpgSD)` for `Bookpg SD:`).
    for (const m of line.matchAll(/([A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){1,3}) [(（]([\p{L}\p{N} ._-]{1,30})[)）]/gu))
      if (!NOT_A_NAME_START.has(m[1]!.split(' ')[0]!)) aliases.set(compactLabel(m[2]!), m[1]!);
  }
  return aliases;
}

/** A label without its spaces: how a chat handle is looked up (`Bookpg SD` is `BookpgSD`). */
export function compactLabel(label: string): string {
  return label.replace(/\s+/gu, '');
}

/**
 * A short form given inside a label, in brackets, where the speaker first speaks:
 * `小倉康敬先生(以下簡稱小倉):`, `小牟田修(文中简称为小牟田)`. Returns the full label (honorific and all, as the
 * label reads once its brackets are cut), the name without the honorific, and the short form.
 */
export function labelLegend(line: string): { label: string; name: string; short: string } | undefined {
  const m =
    /(\p{Script=Han}{2,8}?)\s*[(（](?:以下|下文|文中)?[简簡][称稱](?:为|為)?[“"「『]?(\p{Script=Han}{1,6}|[A-Za-z]{1,8})[”"」』]?[)）]/u.exec(
      line,
    );
  if (!m) return undefined;
  return { label: m[1]!, name: m[1]!.length > 2 ? m[1]!.replace(HONORIFICS, '') : m[1]!, short: m[2]! };
}
