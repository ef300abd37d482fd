/**
 * A reader's query, understood: whether it is a quoted exact phrase; who it asks about (a
 * speaker's name or a role word: a filter, see `speakers.ts`); and what to look for — the
 * folded query and, through the glossary, the same query with an alias replaced by its term
 * (Nvidia → 英伟达); for a query of several words, each word with its alternatives (aliases,
 * and English words' Chinese translations from the site's dictionary).
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { fold, foldForSearch, type ScriptTable } from '../fold.ts';
import { symbolsOf, type Symbol } from './align.ts';
import { describedBy, glossWords, inPhrases, MAX_WORDS, segmentChinese, translate, wordForms, type Lookup } from './dictionary.ts';
import { FUNCTION_WORDS, NEGATIONS } from './function-words.ts';
import { joinNumbers, numberForms, numbersIn, numbersOtherwise, withoutSeparators } from './numbers.ts';
import { speakerFilter, type SpeakerFilter, type SpeakerName } from './speakers.ts';

/** One word of a keyword query: present in a turn when any alternative is. */
export interface QueryPart {
  /** As typed. */
  text: string;
  /** Folded forms to look for. */
  alternatives: string[];
  /** Words that stand for it only beside the query's other words, in a translated phrase (big → 大 in 大城市, foreign → 外国 in 外国小说). */
  inPhrases?: string[];
}

export interface ParsedQuery {
  /** The query as typed, trimmed. */
  raw: string;
  /** Quoted ("…" or “…”): only turns containing the phrase count. */
  phrase: boolean;
  /** Folded forms to match, the query's own first; never empty strings. */
  variants: string[];
  /** Variants from an interview's own glossary: they count only in that interview. */
  scoped: { variant: string; interview: string }[];
  /** Matching units of each variant: Latin words and digits, and CJK character pairs. */
  units: string[][];
  /** Punctuation the query begins and ends with (`<` … `>`), to mark with the match where the text has it too. */
  edges: { lead: string; trail: string };
  /** Who the query asks about; then `body` is the rest, matched within that speaker's turns. */
  filter?: SpeakerFilter;
  /** What is matched within the filter (the whole query without a filter). */
  body: {
    variants: string[];
    units: string[][];
    parts: QueryPart[][];
    symbols: Symbol[];
    /** The quote's symbols with its numbers written the other way (二十年 → 20年, `numbers.ts`), for close matches. */
    numbered: Symbol[][];
    /** Each number the query types, in every form the text may write it (folded): a short quote must hold them. */
    numbers: string[][];
    english?: EnglishReading;
    /**
     * The quote with words the site's Chinese interviews say in English put in those words (`textEnglish`),
     * folded and as symbols: forms of it on Chinese turns only, exact or close (an English turn reads it in English).
     */
    spoken?: { variants: string[]; symbols: Symbol[][] };
    /**
     * An English sentence remembered (`SENTENCE_WORDS` or more): a quote on turns in English,
     * and on Chinese turns its content words (`parts`), through the dictionary.
     */
    sentence?: true;
    /** A quote typed in clauses (`isClauses`): read as a quote too, not only as keywords. */
    clauses?: true;
  };
  /** A query of symbols only (no letter or digit), matched as typed. */
  literal?: string;
}

/**
 * A Chinese query read in English, for turns in English: its dictionary words with the
 * English phrases they stand for, and how many Han characters it has in all (a word the
 * dictionary does not know counts as missing).
 */
export interface EnglishReading {
  words: QueryPart[];
  /** Han characters in the query. */
  length: number;
}

/** What a query is understood with: the glossary, speaker names, the script table, the dictionaries. */
export interface QueryContext {
  glossary?: readonly GlossaryEntry[];
  names?: readonly SpeakerName[];
  script?: ScriptTable;
  dictionary?: Lookup;
  /** Chinese word → English phrases of the site's English interviews (lower case). */
  chinese?: Lookup;
  /** Chinese word → English phrases that speakers of the site's Chinese interviews say (lower case, `textEnglish`). */
  switched?: Lookup;
}

/** English words from which a query is a sentence rather than keywords. */
const SENTENCE_WORDS = 4;

/** Most Han characters a query read in English may have: more are a quote, for Chinese turns. */
export const ENGLISH_READING_MAX = 8;

/**
 * The Han runs of a query short enough to read in English, or undefined. The query's Han
 * characters count together, not run by run: a number or a Latin word inside a quote
 * (一个只有80磅骨瘦如柴的孩子) cuts it into runs, but it is one quote still.
 */
export function englishReadable(text: string, script?: ScriptTable): string[] | undefined {
  const runs = fold(text, script).match(/\p{Script=Han}+/gu) ?? [];
  const length = runs.reduce((sum, r) => sum + [...r].length, 0);
  return length > 0 && length <= ENGLISH_READING_MAX ? runs : undefined;
}

/** A Chinese query in English, through the dictionary and the glossary read backwards (微软 → Microsoft). */
function englishReading(
  body: string,
  glossary: readonly GlossaryEntry[],
  chinese: Lookup | undefined,
  script: ScriptTable | undefined,
): EnglishReading | undefined {
  const runs = englishReadable(body, script);
  if (!chinese || !runs) return undefined;
  const length = runs.reduce((sum, r) => sum + [...r].length, 0);
  const latinAliases = (word: string) =>
    glossary
      .filter((g) => !g.interview && fold(g.term, script) === word)
      .flatMap((g) => g.aliases.filter((a) => !/\p{Script=Han}/u.test(a)).map((a) => fold(a)));
  const lookup = (word: string) => {
    const found = [...(chinese(word) ?? []).map((english) => fold(english, script)), ...latinAliases(word)];
    return found.length > 0 ? found : undefined;
  };
  const words = runs.flatMap((run) => segmentChinese(run, lookup)).map(({ word, english }) => ({ text: word, alternatives: english }));
  return words.length > 0 ? { words, length } : undefined;
}

/** Most forms of a quote in the text's English (`textEnglish`). */
const MAX_SPOKEN = 4;

/**
 * A Chinese quote as a speaker who switches to English said it: each of its words that the
 * site's Chinese interviews say in English (`switched`: 线性 for the text's Linear, 注意力 for its
 * Attention) put in the text's words, alone, and all of them at once — a reader remembers the
 * idea in Chinese (纯线性注意力是行不通的 for 纯Linear Attention是不Work的). The words found, in
 * the query's script; none where the site has no English.
 */
function textEnglish(body: string, switched: Lookup | undefined, script: ScriptTable | undefined): string[] {
  if (!switched) return [];
  // Found in the folded query (the dictionary's script), placed back in the query as typed through
  // the fold's map: folding may drop a character (⺀) or change one's length.
  const { folded, map } = foldForSearch(body, script);
  const words: { start: number; end: number; english: string }[] = [];
  for (const run of folded.matchAll(/\p{Script=Han}+/gu)) {
    const units = [...run[0]].map((c) => c.length);
    for (const { word, english, at } of segmentChinese(run[0], switched)) {
      const first = run.index + units.slice(0, at).reduce((sum, n) => sum + n, 0);
      const last = first + word.length - 1;
      const end = map[last]! + [...body.slice(map[last]!)][0]!.length;
      words.push({ start: map[first]!, end, english: english[0]! });
    }
  }
  const said = (chosen: typeof words) =>
    chosen.reduceRight((text, w) => `${text.slice(0, w.start)} ${w.english} ${text.slice(w.end)}`, body);
  // Each word alone (the first few), and all of them at once.
  const alone = words.slice(0, words.length > 1 ? MAX_SPOKEN - 1 : MAX_SPOKEN).map((w) => said([w]));
  return [...new Set(words.length > 1 ? [...alone, said(words)] : alone)];
}

/** A quoted query: an exact phrase, looked for as typed. */
export const QUOTES = /^\s*["“”「『'‘](.+?)["“”」』'’]\s*$/u;
const HAN = /\p{Script=Han}/u;

export function parseQuery(input: string, context: QueryContext | readonly GlossaryEntry[] = {}): ParsedQuery {
  const {
    glossary = [],
    names = [],
    script,
    dictionary,
    chinese,
    switched,
  } = Array.isArray(context) ? { glossary: context as readonly GlossaryEntry[] } : (context as QueryContext);
  const raw = input.trim();
  const quoted = QUOTES.exec(raw);
  const text = quoted ? quoted[1]! : raw;
  const whole = forms(text, glossary, script);
  const edges = { lead: /^[^\p{L}\p{N}]*/u.exec(text)![0].trim(), trail: /[^\p{L}\p{N}]*$/u.exec(text)![0].trim() };
  const literal = whole.variants.length === 0 && /\S/u.test(text) ? text.normalize('NFKC').replace(/\s+/gu, '') : undefined;
  const { filter, body } = quoted ? { filter: undefined, body: text } : speakerFilter(text, names, script);
  const read = quoted ? undefined : partsOf(body, glossary, script, dictionary);
  const parts = read?.parts;
  const keywords = read?.keywords;
  // A sentence's words side by side are no phrase anyone says.
  const phrases = [
    ...new Set([
      ...(read?.sentence ? [] : [...translatedPhrases(parts ?? []), ...translatedPhrases(keywords ?? [])]),
      // An idiom or a longer term in the reader's own English (a step backwards → 开倒车).
      ...(dictionary && parts && !HAN.test(body) ? describedBy(body, dictionary) : []),
    ]),
  ];
  const spoken = quoted ? [] : textEnglish(body, switched, script);
  const inner = withPhrases(filter ? forms(body, glossary, script) : whole, phrases, script);
  const own = filter ? whole : inner;
  const english = quoted ? undefined : englishReading(body, glossary, chinese, script);
  return {
    raw,
    phrase: quoted !== null,
    variants: own.variants,
    scoped: whole.scoped,
    units: own.units,
    edges,
    ...(filter ? { filter } : {}),
    body: {
      variants: inner.variants,
      units: inner.units,
      parts: parts ? [parts, ...(keywords ? [keywords] : [])] : [],
      symbols: symbolsOf(body, script),
      numbered: numbersOtherwise(body).map((form) => symbolsOf(form, script)),
      ...(spoken.length > 0
        ? { spoken: { variants: spoken.map((form) => fold(form, script)), symbols: spoken.map((form) => symbolsOf(form, script)) } }
        : {}),
      numbers: numbersIn(body).map(({ number, ways }) => [...new Set([number, ...ways].map((f) => fold(f, script)))]),
      ...(english ? { english } : {}),
      ...(read?.sentence ? { sentence: true as const } : {}),
      ...(parts && isClauses(body, parts) ? { clauses: true as const } : {}),
    },
    ...(literal ? { literal } : {}),
  };
}

/** Most phrases composed from a query's translated words (their alternatives' product). */
const MAX_PHRASES = 32;

/**
 * A query of several words each with Chinese alternatives, said as one Chinese phrase: the
 * alternatives side by side, in the query's order (open source community → 开源社区). A turn
 * holding one holds the whole query, translated.
 */
function translatedPhrases(parts: readonly QueryPart[]): string[] {
  if (parts.length < 2) return [];
  const han = parts.map((p) => [...new Set([...p.alternatives.filter((a) => /^\p{Script=Han}+$/u.test(a)), ...(p.inPhrases ?? [])])]);
  if (han.some((h) => h.length === 0) || han.reduce((n, h) => n * h.length, 1) > MAX_PHRASES) return [];
  return han.reduce<string[]>((phrases, h) => phrases.flatMap((p) => h.map((a) => p + a)), ['']);
}

/** Forms with translated phrases added as variants. */
function withPhrases(found: ReturnType<typeof forms>, phrases: readonly string[], script: ScriptTable | undefined) {
  const extra = phrases.filter((p) => !found.variants.includes(p));
  return { ...found, variants: [...found.variants, ...extra], units: [...found.units, ...extra.map((p) => unitsOf(p, script))] };
}

/** The folded query, with its numbers written the other way too, and its glossary forms. */
function forms(text: string, glossary: readonly GlossaryEntry[], script: ScriptTable | undefined) {
  const found = new Map<string, string>(); // folded → form it came from
  const scoped: { variant: string; interview: string }[] = [];
  const own = fold(text, script);
  if (own) found.set(own, text);
  for (const form of numbersOtherwise(text)) {
    const folded = fold(form, script);
    if (folded && !found.has(folded)) found.set(folded, form);
  }
  for (const entry of glossary) {
    for (const form of aliasForms(text, [entry], script)) {
      const folded = fold(form, script);
      if (!folded || found.has(folded)) continue;
      if (entry.interview) scoped.push({ variant: folded, interview: entry.interview });
      else found.set(folded, form);
    }
  }
  return { variants: [...found.keys()], units: [...found.values()].map((f) => unitsOf(f, script)), scoped };
}

/** A token of Latin letters and digits: an English word, for the dictionary. */
const latin = (t: string) => /^[\p{Script=Latin}0-9'-]+$/u.test(t);

/**
 * The words of a keyword query — several words apart, or English — each with its
 * alternatives: a glossary alias finds its term (Nvidia → 英伟达), an English word or phrase
 * the Chinese words the dictionary gives it (training → 训练). A word no form of which occurs
 * counts as missing. Undefined for a single run of Han text: that is a quote. Four English
 * words or more are a sentence remembered (`sentence`): its parts are its content words, not
 * its function words — unless the dictionary names them all at once (small and medium
 * enterprises → 中小企业: keywords, the one gloss).
 */
function partsOf(
  body: string,
  glossary: readonly GlossaryEntry[],
  script: ScriptTable | undefined,
  dictionary: Lookup | undefined,
): { parts: QueryPart[]; keywords?: QueryPart[]; sentence: boolean } | undefined {
  const typed = joinNumbers(
    withoutSeparators(body.normalize('NFKC'))
      .split(/[\s,，、;；/|]+/u)
      .filter((t) => fold(t)),
  );
  const all = typed.map((t) => t.toLowerCase());
  // Words typed capitalised, each of them, are a name (Steve Jobs): no gloss of another word is theirs by its head.
  const named = typed.length >= 2 && typed.every((t) => /^\p{Lu}/u.test(t));
  if (all.length < 2 && !all.some(latin)) return undefined;
  const sentence = all.length >= SENTENCE_WORDS && all.every(latin) && !(dictionary && isOneGloss(all, dictionary));
  // A sentence's content words; a keyword query's too, but for its negations: "no money" is not "money".
  const content = contentWords(all, dictionary, sentence ? new Set() : NEGATIONS);
  const terms = new Map<string, string[]>(); // folded alias → terms
  for (const { term, aliases, interview } of glossary) {
    if (interview) continue;
    for (const alias of aliases) terms.set(fold(alias), [...(terms.get(fold(alias)) ?? []), fold(term, script)]);
  }
  const partsFor = (tokens: readonly string[]) => wordsOf(tokens, { terms, script, dictionary, named });
  // Function words are no keywords either (thumbs up, late for work): a Chinese turn says them
  // with no word of their own, or none at all. The words as typed stay a reading, for the
  // phrases they make (my son → 我儿子).
  const reading = !sentence && content.length > 0 && content.length < all.length ? partsFor(content) : undefined;
  return { parts: partsFor(sentence ? content : all), ...(reading ? { keywords: reading } : {}), sentence };
}

/** A keyword query's words: the longest runs that are a glossary alias or a dictionary phrase, each with its alternatives. */
function wordsOf(
  tokens: readonly string[],
  { terms, script, dictionary, named }: { terms: ReadonlyMap<string, string[]>; script?: ScriptTable; dictionary?: Lookup; named: boolean },
): QueryPart[] {
  const parts: QueryPart[] = [];
  for (let i = 0; i < tokens.length;) {
    // The longest run of tokens that is a glossary alias or a dictionary phrase.
    let taken = 0;
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1 && !taken; n--) {
      const run = tokens.slice(i, i + n);
      const aliasTerms = terms.get(fold(run.join('')));
      const translated =
        dictionary && run.every(latin) ? translate(run, dictionary, { heads: !named }).find((t) => t.words.length === n) : undefined;
      if (!aliasTerms && !translated && n > 1) continue;
      const own =
        n === 1 && latin(run[0]!)
          ? [...wordForms(fold(run[0]!)), ...numberForms(run[0]!), ...numbersOtherwise(run[0]!)]
          : [run.join(''), ...numbersOtherwise(run.join(''))].map((form) => fold(form, script));
      const beside = n === 1 && dictionary && latin(run[0]!) ? inPhrases(run[0]!, dictionary) : [];
      // A phrase the dictionary names whole may be said word by word all the same (personal
      // computer: 个人电脑, and 个人计算机 of 个人 and 计算机).
      const composed = n > 1 && translated && dictionary ? wordByWord(run, dictionary) : [];
      parts.push({
        text: run.join(' '),
        // The words said one by one before a gloss that only shares the head (green card: 绿卡
        // before 扑克 "playing cards").
        alternatives: [
          ...new Set([
            ...own,
            ...(aliasTerms ?? []),
            ...(translated?.byHead ? [...composed, ...translated.headwords] : [...(translated?.headwords ?? []), ...composed]).map((h) =>
              fold(h, script),
            ),
          ]),
        ],
        ...(beside.length > 0 ? { inPhrases: [...beside] } : {}),
      });
      taken = n;
    }
    i += taken;
  }
  return parts;
}

/**
 * A sentence's content words: not its function words, unless the dictionary names one with its
 * neighbours as a phrase (where did you grow up → grow up, 长大: "up" is half the verb).
 */
function contentWords(words: readonly string[], dictionary: Lookup | undefined, kept: ReadonlySet<string> = new Set()): string[] {
  const phrased = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 2; n--) {
      const run = words.slice(i, i + n);
      // A gloss naming the words whole, not one with the same last word ("did you" is no kind of "thank you").
      const named = dictionary && translate(run, dictionary, { heads: false }).some((t) => t.words.length === n);
      // A function word the glosses count (up in grow up), not one they drop ("of the three" is "three").
      if (!glossWords(run.join(' ')).some((w) => FUNCTION_WORDS.has(w)) || !named) continue;
      for (let k = i; k < i + n; k++) phrased.add(k);
      break;
    }
  }
  return words.filter((w, i) => phrased.has(i) || kept.has(w) || !FUNCTION_WORDS.has(w));
}

/** A phrase's words translated each alone and said side by side (`translatedPhrases`). */
function wordByWord(words: readonly string[], dictionary: Lookup): string[] {
  const parts = words.map((word) => ({
    text: word,
    alternatives: translate([word], dictionary, { heads: false }).flatMap((t) => t.headwords),
    inPhrases: [...inPhrases(word, dictionary)],
  }));
  return translatedPhrases(parts);
}

/** Han characters from which a word of a query is a clause of a quote, not a keyword. */
const CLAUSE = 5;

/** Marks that end a clause; not the enumeration comma 、, which lists keywords. */
const CLAUSE_MARK = /[，,;；。！？!?]/u;

/**
 * Whether a query of several words is a quote remembered in clauses, typed with a comma or a
 * space between them (国内大模型起步晚，过了春节才开始做): some part a clause long, the others
 * maybe Latin words the quote holds (你不会想进一个大家手机老是离线的 coin pool); or Chinese
 * words with a mark that ends a clause between them, however short (不是辩论，但立场是).
 */
function isClauses(body: string, parts: readonly QueryPart[]): boolean {
  const han = (p: QueryPart) => (p.text.match(/\p{Script=Han}/gu) ?? []).length;
  if (parts.some((p) => han(p) >= CLAUSE)) return true;
  const inner = body.trim().replace(/[，,;；。！？!?]+$/u, '');
  return parts.length > 1 && parts.some((p) => han(p) > 0) && CLAUSE_MARK.test(inner);
}

/** Whether the dictionary translates these words as one phrase. */
function isOneGloss(tokens: readonly string[], dictionary: Lookup): boolean {
  const found = translate(tokens, dictionary);
  return found.length === 1 && found[0]!.words.length === tokens.length;
}

/** The query with each glossary alias it contains replaced by the alias's term. */
function aliasForms(body: string, glossary: readonly GlossaryEntry[], script?: ScriptTable): string[] {
  const lower = inScript(body.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' '), script);
  const forms: string[] = [];
  for (const { term, aliases } of glossary) {
    for (const alias of aliases) {
      const needle = inScript(alias.normalize('NFKC').toLowerCase(), script);
      const pattern = HAN.test(needle)
        ? new RegExp(escapeRegExp(needle), 'gu')
        : new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle).replace(/[ -]/g, '[\\s-]?')}(?![\\p{L}\\p{N}])`, 'gu');
      // The term keeps white space around it, so a keyword query keeps its words apart.
      if (pattern.test(lower)) forms.push(lower.replace(pattern, ` ${term} `).trim());
    }
  }
  return forms;
}

/**
 * Units whose presence measures how much of a query a text contains: each word or number
 * of other scripts, and each pair of adjacent Han characters (a lone one is its own unit).
 * Units are folded, so they can be looked for in folded text.
 */
export function unitsOf(text: string, script?: ScriptTable): string[] {
  const units = new Set<string>();
  for (const token of tokensOf(text, script)) {
    if (!HAN.test(token) || token.length === 1) units.add(token);
    else for (let i = 0; i + 1 < token.length; i++) units.add(token.slice(i, i + 2));
  }
  return [...units];
}

function tokensOf(text: string, script: ScriptTable | undefined): string[] {
  return [
    ...text
      .normalize('NFKC')
      .toLowerCase()
      .matchAll(/\p{Script=Han}+|[\p{L}\p{N}]+/gu),
  ].map((m) => fold(m[0], script));
}

/** Each character in its simplified form, where the table has one. */
function inScript(text: string, script: ScriptTable | undefined): string {
  return script ? [...text].map((c) => script.get(c) ?? c).join('') : text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
