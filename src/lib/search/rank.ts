/**
 * Ranks turns for a query. A turn containing the whole folded query (or a glossary variant
 * of it) always ranks above one that contains only part of it; a partial match must cover
 * most of the query's units, so a query whose words do not occur gets no results rather
 * than a list of single-character coincidences. Scores from the full-text index (Pagefind)
 * order turns that match equally well.
 */
import { foldForSearch, type Folded, type ScriptTable } from '../fold.ts';
import { align, symbolsOf, weight as symbolWeight, type Symbol } from './align.ts';
import { toGraphemes } from './graphemes.ts';
import type { ParsedQuery, QueryPart } from './query.ts';
import { ASKS, speakerMatches } from './speakers.ts';
import { wordForms, wordKey } from './dictionary.ts';
import { cutsANumber } from './han-numerals.ts';
import { PARTICLES } from './function-words.ts';

/** A turn as search sees it. */
export interface SearchTurn {
  /** `interview/turn-id`, unique across the site. */
  key: string;
  interview: string;
  /** The interview's title (for the interview filter). */
  interviewTitle?: string;
  /** The interview's language (BCP 47), where known: its words are set in that language's fonts. */
  language?: string;
  id: string;
  url: string;
  speaker: string;
  role: string;
  theme: string;
  themeTitle: string;
  /** Paragraphs joined with a line break, exactly as in the source. */
  text: string;
}

/** A turn with its folded text, folded once when the corpus loads. */
export interface PreparedTurn extends SearchTurn {
  folded: Folded;
  /** Its words and Han characters, folded, with their places: what close matches align. */
  symbols: Symbol[];
  /**
   * Said in Chinese: as many Han characters as Latin words or more (纯Linear Attention是不Work的 is;
   * an English answer quoting one character, "as 道 says", is not).
   */
  chinese: boolean;
  /** Position in the site's corpus, for a stable order among equals. */
  order: number;
}

/**
 * How a turn matched: the words as typed, a close match (most of them, in order), or a reply:
 * the speaker asked for answers a question that names what the reader typed (`replyMatch`).
 */
export type MatchKind = 'exact' | 'partial' | 'reply' | 'loose';

export interface Hit {
  turn: PreparedTurn;
  kind: MatchKind;
  score: number;
  /** Matched stretches of the original text, [start, end) in UTF-16 units, in order. */
  ranges: [number, number][];
}

/** Share of a query a turn must hold to count as a close match. */
export const PARTIAL_COVERAGE = 0.6;
/**
 * Share of an English sentence's content words a Chinese turn must say in one place: a sentence
 * remembered in English is the reader's own paraphrase, so some of its words have no translation
 * in the turn ("rumored that GPT-4 used MoE" for 都在传GPT-4用MoE: 传 is no gloss of "rumored"),
 * while half of them said together is the place.
 */
export const SENTENCE_COVERAGE = 0.5;

/** Characters from which a quote may be remembered with whole words swapped or added (a Latin word counts two). */
const LONG_QUOTE = 8;
/** Share of a long quote a turn must hold in order to be it reworded (`isReworded`). */
const REWORDED_COVERAGE = 0.5;
/**
 * Symbols a reworded quote may lack at either end: a particle (吗, 的), or a word swapped for
 * another at its start or end, with a particle or a negation (不专注 for 不聚焦, 人家 for 他).
 */
const REWORDED_ENDS = 3;

/**
 * Whether a turn holds a long quote reworded inside: half of it or more, in order, from its
 * first words to its last but a word (难道每天都要放牛吗 → 难道天天放牛吗: 每天都要 said otherwise;
 * 不专注很难有成果 → 不聚焦，很难取得一定的成果). A quote that lacks a whole end lacks its topic,
 * however much of the rest the turn holds: 字节跳动的大模型 is not 的大模型 of a turn about other models.
 */
function isReworded(close: CloseMatch): boolean {
  const { size, ends } = close;
  return (
    size !== undefined && size >= LONG_QUOTE && close.order >= REWORDED_COVERAGE && ends !== undefined && Math.max(...ends) <= REWORDED_ENDS
  );
}

/** Characters of a long quote held word for word in one stretch that make it remembered there (`holdsAPhrase`). */
const HELD_PHRASE = 4;
/** Share of a long quote a turn holding such a phrase must hold in all. */
const PHRASE_COVERAGE = 0.45;
/** Symbols of the quote the turn holds in order beside the phrase. */
const HELD_BESIDE = 2;

/**
 * Whether a turn holds a long quote as a reader remembers one: a phrase of it word for word
 * (four Han characters or more in one stretch, particles not counted: 痛苦支出, 本身就会把你的) and, in order, nearly half
 * of the rest, though both ends are reworded (波动太大本身就会把你的收益拉下来 for 高波动本身就会把你的
 * 回报率拉低). A short query never: it is a topic, and absent topics must find nothing.
 */
function holdsAPhrase(close: CloseMatch, text: string): boolean {
  if (close.size === undefined || close.size < LONG_QUOTE || close.coverage < PHRASE_COVERAGE) return false;
  // Word for word: 不会伤害你的身体 holds 不伤你身体 with words between, no phrase of it.
  const runs = (close.held ?? close.ranges).map(([a, b]) => text.slice(a, b).match(/\p{Script=Han}/gu) ?? []);
  // Its characters of substance: 的大模型 is a particle and a common word, not a phrase of 字节跳动的大模型.
  const substance = runs.some((run) => run.filter((c) => !PARTICLES.has(c)).length >= HELD_PHRASE);
  // And more of it in order than the phrase alone: a name said whole (字节跳动 of 字节跳动的大模型, in a
  // turn about the company and not its models) is the quote's subject, not the quote.
  const longest = Math.max(0, ...runs.map((run) => run.length));
  return substance && close.order * close.size - longest >= HELD_BESIDE;
}

/**
 * A short quote (this many characters or fewer; a Latin word counts two) may miss one character
 * at most — a particle, or one character misremembered. Two characters of five are a whole word,
 * and in "华为的问题" that word is the topic: a turn holding only "的问题" is no close match.
 */
const SHORT_QUOTE = 6;

export function prepareTurns(turns: readonly SearchTurn[], script?: ScriptTable, from = 0): PreparedTurn[] {
  return turns.map((turn, i) => {
    const symbols = symbolsOf(turn.text, script);
    const han = symbols.filter((s) => symbolWeight(s) === 1).length;
    return {
      ...turn,
      folded: foldForSearch(turn.text, script),
      symbols,
      chinese: han > 0 && han >= symbols.length - han,
      order: from + i,
    };
  });
}

/**
 * Every turn that matches, best first. `indexScores` (turn key → score in [0, 1]) are the
 * full-text index's opinion, where it has one. A turn holding the whole query (or a glossary
 * variant) ranks first; with a speaker filter, the rest of the query is then looked for in
 * that speaker's turns; then close matches: most of a quote in order, or most words of a
 * keyword query.
 */
export function rankTurns(turns: readonly PreparedTurn[], query: ParsedQuery, indexScores: ReadonlyMap<string, number> = new Map()): Hit[] {
  const hits: Hit[] = [];
  const typed = typedDecimals(query.raw);
  const byOrder = new Map(turns.map((t) => [t.order, t]));
  for (const turn of turns) {
    const index = indexScores.get(turn.key) ?? 0;
    // A quote said in the text's English (线性注意力 → linear attention) is a form of it on a Chinese turn only.
    // Only as whole words: the "ai" of 人工智能 is no part of "Taiwan".
    const spoken = () =>
      turn.chinese && query.body.spoken ? wholeWords(turn.text, exactRanges(turn.text, turn.folded, query.body.spoken.variants)) : [];
    const variants = [...query.variants, ...query.scoped.filter((s) => s.interview === turn.interview).map((s) => s.variant)];
    const exact = (
      query.literal
        ? literalRanges(turn.text, query.literal)
        : merge([...exactRanges(turn.text, turn.folded, variants), ...(query.filter ? [] : spoken())]).filter((range) =>
            decimalsAgree(turn.text, range, typed),
          )
    ).map((range) => withEdges(turn.text, range, query.edges));
    if (exact.length > 0) {
      hits.push({ turn, kind: 'exact', score: 2000 + Math.min(exact.length, 10) * 10 + index, ranges: graphemes(turn.text, exact) });
      continue;
    }
    if (query.phrase || query.literal || !speakerMatches(query.filter, turn)) continue;
    if (query.filter) {
      const inner = merge([...exactRanges(turn.text, turn.folded, query.body.variants), ...spoken()]).filter((range) =>
        decimalsAgree(turn.text, range, typed),
      );
      if (inner.length > 0) {
        hits.push({ turn, kind: 'exact', score: 1000 + Math.min(inner.length, 10) * 10 + index, ranges: graphemes(turn.text, inner) });
        continue;
      }
    }
    const close = closeMatch(turn, query);
    // A short quote's number is its topic: 二十年 is not 三十年, one character apart.
    // Nor may it lack an end that is more than a particle: 元宇宙 (metaverse) is not the 宇宙 of 小宇宙.
    const missesAWord =
      close.size !== undefined &&
      close.size <= SHORT_QUOTE &&
      ((1 - close.coverage) * close.size > 1 + 1e-9 ||
        !query.body.numbers.every((forms) => holdsNumber(turn.folded.folded, forms)) ||
        (close.lacked ?? []).some((s) => !PARTICLES.has(s)));
    const needed = query.body.sentence && turn.chinese ? SENTENCE_COVERAGE : PARTIAL_COVERAGE;
    if ((close.coverage >= needed || isReworded(close) || holdsAPhrase(close, turn.text)) && !missesAWord) {
      hits.push({
        turn,
        kind: 'partial',
        score: 100 * close.coverage + 10 * close.order + 5 * (close.closeness ?? 1) + Math.min(close.mentions ?? 0, MENTIONS) + index,
        ranges: graphemes(turn.text, close.ranges),
      });
      continue;
    }
    const reply = query.filter ? replyMatch(turn, askedBefore(turn, byOrder), query) : undefined;
    if (reply && reply.coverage >= PARTIAL_COVERAGE) {
      hits.push({
        turn,
        kind: 'reply',
        score: REPLY_BAND * reply.coverage + index,
        ranges: graphemes(turn.text, reply.ranges),
      });
    }
  }
  return hits.sort((a, b) => b.score - a.score || a.turn.order - b.turn.order);
}

/** How much of a query a turn holds, by one reading of the query. */
interface CloseMatch {
  coverage: number;
  order: number;
  closeness?: number;
  ranges: [number, number][];
  /** A quote's size (a Han character 1, a word 2), for the short-quote rule. */
  size?: number;
  /** A quote's stretches held word for word (`Alignment.held`); `ranges` also take in the words it left out. */
  held?: [number, number][];
  /** A quote's symbols the turn lacks before its first run and after its last (`align`). */
  ends?: [number, number];
  /** The symbols a quote begins or ends with that the turn does not hold anywhere (`lackedEnds`). */
  lacked?: string[];
  /** How often the turn says the keywords found, in all (`MENTIONS`). */
  mentions?: number;
}

/** Mentions of a keyword query's words that raise a turn (up to a point): 马戏团的马 … 那匹马 over one 单枪匹马. */
const MENTIONS = 5;

/**
 * How much of the query a turn holds. A Chinese query on an English turn: through its English
 * reading. A keyword query (several words): the share of its words present, in any form. A
 * quote: the share held in order. An English sentence: a quote on an English turn; on a Chinese
 * one, which says it in other words, also its content words as keywords. A quote typed in
 * clauses (`clauses`) is read both ways, the better counting: a misremembered clause is no
 * keyword found whole.
 */
function closeMatch(turn: PreparedTurn, query: ParsedQuery): CloseMatch {
  const english = query.body.english;
  const { chinese } = turn;
  if (english && !chinese) return englishMatch(turn, english);
  if (query.body.parts.length === 0 || (query.body.sentence && !chinese)) return quoteMatch(turn, query);
  const keywords = query.body.sentence ? placeMatch(turn, query.body.parts.flat()) : keywordMatch(turn, query.body.parts);
  if (!query.body.clauses && !query.body.sentence) return keywords;
  const quote = quoteMatch(turn, query);
  return quote.coverage > keywords.coverage ? quote : keywords;
}

/** A Chinese query on an English turn: the share of its characters whose words occur in English. */
function englishMatch(turn: PreparedTurn, english: NonNullable<ParsedQuery['body']['english']>): CloseMatch {
  const found = english.words
    .map((w) => ({ w, part: findPart(turn, w.alternatives) }))
    .filter((f): f is { w: typeof f.w; part: FoundPart } => f.part !== undefined);
  const coverage = found.reduce((sum, f) => sum + [...f.w.text].length, 0) / english.length;
  return {
    coverage,
    order: proximity(found.map((f) => f.part.ranges)),
    closeness: mean(found.map((f) => f.part.closeness)),
    ranges: merge(found.flatMap((f) => f.part.ranges)),
  };
}

/**
 * A reply's score at most (times its share of the query): below every close match's (100 times
 * a share of `PARTIAL_COVERAGE` or more): the speaker's own words about it come first, then
 * what the speaker answered when asked about it.
 */
const REPLY_BAND = 50;

/** Scores of turns found only by a quote's rare pairs: below every other kind. */
const LOOSE_BAND = 10;
/** Shortest stretch marked in a turn found so: a pair alone would scatter marks over unrelated words. */
const LOOSE_MARK = 3;

/**
 * Turns a long quote was looked for again in by its rare pairs (`rarePairs` in candidates.ts:
 * order → share of the quote's rarity held), as hits of their own kind, below all others: the
 * likely place of a quote the reader reworded, not its words. Marked only where three characters
 * or more of the quote stand in order.
 */
export function looseHits(turns: readonly PreparedTurn[], query: ParsedQuery, shares: ReadonlyMap<number, number>): Hit[] {
  return turns
    .filter((turn) => shares.has(turn.order) && speakerMatches(query.filter, turn))
    .map((turn) => ({
      turn,
      kind: 'loose' as const,
      score: LOOSE_BAND * shares.get(turn.order)!,
      ranges: graphemes(
        turn.text,
        closeMatch(turn, query).ranges.filter(([start, end]) => [...turn.text.slice(start, end)].length >= LOOSE_MARK),
      ),
    }))
    .sort((a, b) => b.score - a.score || a.turn.order - b.turn.order);
}

/**
 * The question an answer replies to: the turn just before it (loaded, in its interview), where
 * a host or the audience said it. Not another guest's answer before: its words are that guest's
 * topic (Dorsey's "expanding the openness" is not what Stark was asked about); nor anything
 * before a host's turn: what a host says after an answer is the next question.
 */
function askedBefore(turn: PreparedTurn, byOrder: ReadonlyMap<number, PreparedTurn>): PreparedTurn | undefined {
  const before = byOrder.get(turn.order - 1);
  const asks = (t: PreparedTurn) => (ASKS as readonly string[]).includes(t.role);
  return before?.interview === turn.interview && asks(before) && !asks(turn) ? before : undefined;
}

/**
 * A speaker's answer to a question about what the reader typed: `周鸿祎 芯片` is also the reply
 * to "你们做芯片吗？", which need not say 芯片 again ("Jack Dorsey Elon Musk" for Dorsey's "He's
 * definitely had a contentious relationship with crypto" after "perhaps someone like Elon
 * Musk?"). A keyword query's words (or a Chinese query's English readings, or a topic of one
 * word) found in the answer or the question before it, each counted once; marked only in the
 * answer. Undefined for a longer quote, which is the speaker's own words, and where nothing was asked.
 */
function replyMatch(turn: PreparedTurn, asked: PreparedTurn | undefined, query: ParsedQuery): CloseMatch | undefined {
  if (!asked || query.body.sentence) return undefined;
  // As `closeMatch` reads the turn: a Chinese query on an English one by its English words, weighed by their characters.
  const english = query.body.english && !turn.chinese ? query.body.english : undefined;
  const weight = (parts: readonly QueryPart[], k: number) => (english ? [...parts[k]!.text].length / english.length : 1 / parts.length);
  const find = (t: PreparedTurn, parts: readonly QueryPart[]) =>
    english ? parts.map((p) => findPart(t, p.alternatives)) : foundParts(t, parts);
  // A topic of one word (芯片, 数据安全) is a quote of one part; a longer quote is the speaker's own words.
  const topic =
    query.body.symbols.length <= SHORT_QUOTE ? [[{ text: query.body.variants[0] ?? '', alternatives: query.body.variants }]] : [];
  let best: CloseMatch | undefined;
  for (const parts of english ? [english.words] : query.body.parts.length > 0 ? query.body.parts : topic) {
    const own = find(turn, parts);
    const theirs = find(asked, parts);
    const found = own.map((f, k) => f ?? theirs[k]);
    const coverage = found.reduce((sum, f, k) => sum + (f ? share(f) * weight(parts, k) : 0), 0);
    if (best && coverage <= best.coverage) continue;
    const held = (fs: readonly (FoundPart | undefined)[]) => fs.filter((f): f is FoundPart => f !== undefined);
    best = { coverage, order: 0, closeness: mean(held(found).map((f) => f.closeness)), ranges: merge(held(own).flatMap((f) => f.ranges)) };
  }
  return best;
}

/** A keyword query: its words decide, each in any of its forms. */
function keywordMatch(turn: PreparedTurn, readings: ParsedQuery['body']['parts']): CloseMatch {
  let best: CloseMatch = { coverage: 0, order: 0, closeness: 0, ranges: [] };
  for (const parts of readings) {
    const found = foundParts(turn, parts).filter((f): f is FoundPart => f !== undefined);
    const coverage = found.reduce((sum, f) => sum + share(f), 0) / parts.length;
    if (coverage > best.coverage)
      best = {
        coverage,
        order: proximity(found.map((f) => f.ranges)),
        closeness: mean(found.map((f) => f.closeness)),
        ranges: merge(found.flatMap((f) => f.ranges)),
        mentions: found.reduce((sum, f) => sum + Math.max(f.ranges.length, f.places?.length ?? 0), 0),
      };
  }
  return best;
}

/** Each keyword where the turn says it: in one of its forms, or failing that beside another (`besidePart`). */
function foundParts(turn: PreparedTurn, parts: readonly QueryPart[]): (FoundPart | undefined)[] {
  const own = parts.map((part) => findPart(turn, part.alternatives));
  const anchors = own.flatMap((f) => [...(f?.ranges ?? []), ...(f?.places ?? [])]);
  return own.map((f, k) => f ?? besidePart(turn, parts[k]!.inPhrases ?? [], anchors));
}

/**
 * How far (in characters between them) a common word may stand from another word of the query
 * and still be said with it: watch movies → 看什么电影, nine months → 九个月 — a verb or a measure
 * beside its noun, with a particle, a classifier or a number between.
 */
const BESIDE = 3;

/** How close a word found only beside another is to the word asked (`findPart`'s scale). */
const BESIDE_CLOSENESS = 0.5;

/**
 * A keyword found only beside the query's other words (`QueryPart.inPhrases`: watch → 看, too
 * common to find a turn alone), within `BESIDE` characters of where another word was found, in
 * the same clause. Marked with that word and what stands between, as one phrase (看什么电影, 九个月).
 */
function besidePart(turn: PreparedTurn, words: readonly string[], anchors: readonly [number, number][]): FoundPart | undefined {
  // In the folded text, where the dictionary's words are (九個月 is 九个月 there), each place mapped back.
  const { folded, map } = turn.folded;
  const ranges: [number, number][] = [];
  for (const [start, end] of anchors) {
    const from = map.findIndex((at) => at >= start);
    const to = map.findIndex((at) => at >= end);
    if (from === -1) continue;
    const [a, b] = [from, to === -1 ? folded.length : to];
    for (const word of words) {
      // Inside the other word's form (years in 一年半 for "and a half").
      if (folded.slice(a, b).includes(word)) ranges.push([start, end]);
      const before = a >= word.length ? folded.lastIndexOf(word, a - word.length) : -1;
      if (before !== -1 && a - before - word.length <= BESIDE) {
        const [s] = toOriginal(turn.folded, before, before + word.length);
        if (!CLAUSE_BREAK.test(turn.text.slice(s, start))) ranges.push([s, end]);
      }
      const after = folded.indexOf(word, b);
      if (after !== -1 && after - b <= BESIDE) {
        const [, e] = toOriginal(turn.folded, after, after + word.length);
        if (!CLAUSE_BREAK.test(turn.text.slice(end, e))) ranges.push([start, e]);
      }
    }
  }
  return ranges.length > 0 ? { ranges: merge(ranges), closeness: BESIDE_CLOSENESS, beside: true } : undefined;
}

/** What ends a clause: a word on the far side of one is not said with the anchor. */
const CLAUSE_BREAK = /[，。！？；：,.!?;:\n]/u;

/**
 * Words found close enough to be said together: their length at least this share of the
 * stretch of text from the first to the last.
 */
const TOGETHER = 0.25;

/**
 * An English sentence on a Chinese turn: the most of its content words the turn says in one
 * place, close together (`TOGETHER`), in any form. A sentence remembered is said in one place;
 * its common words scattered over a long turn (moment → 时候 … wild west → 东西) are not it.
 */
function placeMatch(turn: PreparedTurn, parts: readonly QueryPart[]): CloseMatch {
  const found = foundParts(turn, parts);
  // A lone character counts where it stands among the others (四 of 四大名著), though it is never marked.
  const places = found
    .flatMap((f, k) =>
      f
        ? [...f.ranges.map(([a, b]) => ({ a, b, k, marked: true })), ...(f.places ?? []).map(([a, b]) => ({ a, b, k, marked: false }))]
        : [],
    )
    .sort((x, y) => x.a - y.a || x.b - y.b);
  let best = { words: new Set<number>(), density: 0, ranges: [] as [number, number][] };
  for (let i = 0; i < places.length; i++) {
    const words = new Map<number, number>(); // part → length of its place in the window
    let end = 0;
    for (let j = i; j < places.length; j++) {
      const { a, b, k } = places[j]!;
      words.set(k, Math.max(words.get(k) ?? 0, b - a));
      end = Math.max(end, b);
      const density = [...words.values()].reduce((sum, n) => sum + n, 0) / (end - places[i]!.a);
      if (density < TOGETHER) continue;
      if (words.size > best.words.size || (words.size === best.words.size && density > best.density))
        best = {
          words: new Set(words.keys()),
          density,
          ranges: places
            .slice(i, j + 1)
            .filter((p) => p.marked)
            .map((p) => [p.a, p.b]),
        };
    }
  }
  return {
    coverage: [...best.words].reduce((sum, k) => sum + share(found[k]!), 0) / Math.max(parts.length, 1),
    order: best.density,
    closeness: mean([...best.words].map((k) => found[k]!.closeness)),
    ranges: merge(best.ranges),
  };
}

/**
 * A quote: held in order (local alignment), or failing that its character pairs anywhere — as
 * typed, or with its numbers written the other way (二十年 in 待了大约 20 年), the better counting.
 */
function quoteMatch(turn: PreparedTurn, query: ParsedQuery): CloseMatch {
  let best: CloseMatch | undefined;
  const spoken = turn.chinese ? (query.body.spoken?.symbols ?? []) : [];
  for (const symbols of [query.body.symbols, ...query.body.numbered, ...spoken]) {
    // The numbers written otherwise, or the words in the text's English, only where the quote as typed falls short.
    if (best && best.coverage === 1 && best.lacked!.length === 0) break;
    const aligned = align(symbols, turn.symbols);
    const anywhere = heldAnywhere(turn.folded.folded, symbols);
    const coverage = Math.max(aligned.coverage, bestCoverage(turn.folded, query.body.units), pairedShare(symbols, anywhere));
    const lacked = lackedEnds(symbols, anywhere, aligned.ends);
    // The better reading: more held, or as much with less lacking (the number written as the text writes it).
    if (best && (coverage < best.coverage || (coverage === best.coverage && lacked.length >= best.lacked!.length))) continue;
    best = {
      coverage,
      order: aligned.coverage,
      ranges: aligned.runs,
      held: aligned.held,
      ...(aligned.ends ? { ends: aligned.ends } : {}),
      lacked,
      size: symbols.reduce((sum, s) => sum + symbolWeight(s), 0),
    };
  }
  return best!;
}

/**
 * The symbols a quote begins or ends with that the turn does not hold: neither in the aligned
 * stretch nor anywhere in a pair (`heldAnywhere`: 微软 of 微软的游戏机 said apart from 游戏机 is held).
 */
function lackedEnds(symbols: readonly Symbol[], anywhere: readonly boolean[], ends: [number, number] | undefined): string[] {
  const held = symbols.map((_, i) => anywhere[i]! || (ends !== undefined && i >= ends[0] && i < symbols.length - ends[1]));
  const first = held.indexOf(true);
  if (first === -1) return symbols.map((s) => s.text);
  const last = held.lastIndexOf(true);
  return [...symbols.slice(0, first), ...symbols.slice(last + 1)].map((s) => s.text);
}

const mean = (xs: readonly number[]) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

const HAN = /\p{Script=Han}/u;

/** 1 when the words stand next to each other, less the further apart they are at their closest. */
function proximity(all: readonly [number, number][][]): number {
  const found = all.filter((ranges) => ranges.length > 0);
  if (found.length < 2) return 0;
  const occurrences = found.flatMap((ranges, k) => ranges.map(([a, b]) => ({ a, b, k }))).sort((x, y) => x.a - y.a);
  const length = found.reduce((sum, ranges) => sum + (ranges[0]![1] - ranges[0]![0]), 0);
  let span = Infinity;
  const last = new Map<number, { a: number; b: number }>();
  for (const o of occurrences) {
    last.set(o.k, o);
    if (last.size === found.length) span = Math.min(span, o.b - Math.min(...[...last.values()].map((l) => l.a)));
  }
  return length / Math.max(span, length);
}

const LATIN_WORD = /^[a-z0-9'-]+$/;

/** A keyword found: where, and how close the form found is to the word asked (0–1). */
interface FoundPart {
  ranges: [number, number][];
  closeness: number;
  /** Where a lone character found stands (never marked): a place for words beside it (九 in 九个月). */
  places?: [number, number][];
  /** Found only beside another word (`besidePart`). */
  beside?: true;
  /** Found only without a character or more at an end (`shortenedPart`): the share of the keyword held. */
  held?: number;
}

/**
 * How much a word found only beside another counts: less than one found in its own form, so a
 * turn saying every word outranks one where a common character happens to stand near (become
 * a writer: 成为…作家 before 成…写作), yet enough for the rest to find a turn.
 */
const BESIDE_SHARE = 0.75;

const share = (f: FoundPart) => (f.beside ? BESIDE_SHARE : (f.held ?? 1));

/**
 * Where a keyword occurs, in any of its forms, as ranges of the original text. A Latin word
 * counts only as a whole word (or with an English ending: models → model), so "to" is never
 * found inside "stop"; a longer form (Han words, glued names like "opensource", "gpt4") as
 * folded text. A lone Han character is never marked: it would be marked everywhere.
 * Forms come closest first (the word itself, then translations by the rank of their sense:
 * "probability" is 概率 before 可能), so the first form found says how close the turn is;
 * a form found only inside a title (《流浪地球》 for "homeless") is a name, not the topic: half as close.
 */
function findPart(turn: PreparedTurn, alternatives: readonly string[]): FoundPart | undefined {
  for (const [i, alternative] of alternatives.entries()) {
    const closeness = 1 / (1 + i);
    if (LATIN_WORD.test(alternative)) {
      const forms = new Set(wordForms(alternative));
      const words = turn.symbols.filter((s) => LATIN_WORD.test(s.text) && wordForms(s.text).some((f) => forms.has(f)));
      if (words.length > 0) return { ranges: words.map((w) => [w.start, w.end]), closeness };
      // The word as typed, in another word of its family (contributions → contributing, by their stem): less close.
      const kin = i === 0 ? kinOf(turn, alternative) : [];
      if (kin.length > 0) return { ranges: kin.map((w) => [w.start, w.end]), closeness: closeness * KIN_CLOSENESS };
      if (alternative.length < 4) continue;
    } else if ([...alternative].length < 2 && HAN.test(alternative)) {
      if (turn.folded.folded.includes(alternative))
        return { ranges: [], closeness, places: exactRanges(turn.text, turn.folded, [alternative]) };
      continue;
    }
    const ranges = exactRanges(turn.text, turn.folded, [alternative]);
    if (ranges.length > 0) return { ranges, closeness: ranges.every((r) => inTitle(turn.text, r)) ? closeness / 2 : closeness };
  }
  return shortenedPart(turn, alternatives[0]);
}

/** Fewest Han characters of a keyword a turn must say to hold it shortened, and the least share. */
const SHORTENED_LENGTH = 3;
const SHORTENED_SHARE = 0.6;

/**
 * A long Chinese keyword as the reader remembered it, said in the turn without a character or
 * more at one end (不做科研 for 做科研, 短视频平台 for 短视频): the longest such stretch of three
 * characters or more, and at least `SHORTENED_SHARE` of the keyword, counting for the share it
 * holds — a topic, still, not a stray pair of characters.
 */
function shortenedPart(turn: PreparedTurn, typed: string | undefined): FoundPart | undefined {
  const chars = [...(typed ?? '')];
  if (chars.length <= SHORTENED_LENGTH || !chars.every((c) => HAN.test(c))) return undefined;
  const least = Math.max(SHORTENED_LENGTH, Math.ceil(chars.length * SHORTENED_SHARE));
  for (let length = chars.length - 1; length >= least; length--) {
    for (const stretch of [chars.slice(0, length).join(''), chars.slice(-length).join('')]) {
      const ranges = exactRanges(turn.text, turn.folded, [stretch]);
      if (ranges.length > 0) return { ranges, closeness: length / chars.length, held: length / chars.length };
    }
  }
  return undefined;
}

/** Shortest stem a word is looked for by: short stems are other words' too (general, generation, generous: gener). */
const KIN_LENGTH = 6;
/** How close a word of the same family is, beside the word itself. */
const KIN_CLOSENESS = 0.5;

/** Porter stems of the words met so far: a query stems every Latin word of every candidate turn, and a site has few distinct words. */
const STEMS = new Map<string, string>();
const stemOf = (word: string) => STEMS.get(word) ?? STEMS.set(word, wordKey(word)).get(word)!;

/** The turn's Latin words of the same stem as `word` (Porter, as the dictionary keys stems), where that stem is long enough to say. */
function kinOf(turn: PreparedTurn, word: string): Symbol[] {
  const stem = stemOf(word);
  if (stem.length < KIN_LENGTH) return [];
  return turn.symbols.filter((s) => s.text.length >= KIN_LENGTH && LATIN_WORD.test(s.text) && stemOf(s.text) === stem);
}

/** The ranges that neither begin nor end inside a Latin word of the text. */
function wholeWords(text: string, ranges: readonly [number, number][]): [number, number][] {
  const letter = (i: number) => i >= 0 && i < text.length && /[\p{Script=Latin}\p{N}]/u.test(text[i]!);
  return ranges.filter(([a, b]) => !(letter(a) && letter(a - 1)) && !(letter(b - 1) && letter(b)));
}

/** Whether a range of the text lies inside a title in book-title marks (《…》, 〈…〉). */
function inTitle(text: string, [start, end]: [number, number]): boolean {
  const open = Math.max(text.lastIndexOf('《', start), text.lastIndexOf('〈', start));
  if (open === -1) return false;
  const close = text.slice(open).search(/[》〉]/u);
  return close !== -1 && open + close >= end;
}

/**
 * Original ranges of every occurrence of any variant in `text` (folded as `folded`), never
 * part of a longer number: 10万 is not in 210万, nor 20 in 2020, nor 二十年 in 一百二十年 (folding keeps digits only).
 */
function exactRanges(text: string, folded: Folded, variants: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const variant of variants) {
    if (!variant) continue;
    for (let at = folded.folded.indexOf(variant); at !== -1; at = folded.folded.indexOf(variant, at + variant.length)) {
      const [start, end] = toOriginal(folded, at, at + variant.length);
      if (cutsANumber(text, [start, end])) continue;
      found.push([start, end]);
    }
  }
  return merge(found);
}

/** Whether folded text holds a number in one of its forms, whole: 二十 is not in 一百二十, nor 20 in 2020 (`cutsANumber`). */
function holdsNumber(folded: string, forms: readonly string[]): boolean {
  return forms.some((form) => {
    for (let at = folded.indexOf(form); at !== -1; at = folded.indexOf(form, at + 1))
      if (!cutsANumber(folded, [at, at + form.length])) return true;
    return false;
  });
}
/** A number with a decimal point as written (3.5, ４．０). */
const DECIMAL = /\p{Nd}+[.．]\p{Nd}+/gu;

/** The decimals a query types ("3.5", "1.5亿"), each with whether English words scale it ("1.5 billion" is 15亿, `numbers.ts`). */
function typedDecimals(raw: string): { decimal: string; scaled: boolean }[] {
  const query = raw.normalize('NFKC');
  return [...query.matchAll(DECIMAL)].map((m) => ({
    decimal: m[0],
    scaled: /^\s*\p{Script=Latin}/u.test(query.slice(m.index + m[0].length)),
  }));
}

/**
 * Whether a match says the numbers the query typed, decimal points and all: folding drops the
 * point, so "40" would find GPT-4.0 and "1.5亿" 15亿 — another number each time. A decimal the
 * match spans must be typed, and one typed must be in the match unless English words scale it.
 */
function decimalsAgree(text: string, [start, end]: [number, number], typed: readonly { decimal: string; scaled: boolean }[]): boolean {
  // A decimal point the match spans, digits on both sides (GPT4 in GPT4.0 stops before it).
  const within = [...text.matchAll(DECIMAL)]
    .filter((m) => {
      const point = m.index + m[0].search(/[.．]/u);
      return start < point && point + 1 < end;
    })
    .map((m) => m[0].normalize('NFKC'));
  return within.every((d) => typed.some((t) => t.decimal === d)) && typed.every((t) => t.scaled || within.includes(t.decimal));
}

/** Occurrences of a symbol-only query (🚀, ——) in the text as written. */
function literalRanges(text: string, literal: string): [number, number][] {
  const found: [number, number][] = [];
  const haystack = text.normalize('NFKC');
  if (haystack.length !== text.length) return found;
  for (let at = haystack.indexOf(literal); at !== -1; at = haystack.indexOf(literal, at + literal.length))
    found.push([at, at + literal.length]);
  return found;
}

/** Share of a query's character pairs and words present anywhere in the turn. */
function bestCoverage(folded: Folded, unitSets: readonly string[][]): number {
  let best = 0;
  for (const units of unitSets) {
    if (units.length < 2) continue;
    const present = units.filter((u) => presentForm(folded.folded, u) !== undefined);
    best = Math.max(best, present.length / units.length);
  }
  return best;
}

/**
 * Share of a quote's characters (a word counts two, as in `align`) found in the turn in a pair
 * with a neighbour, anywhere, in any order (`heldAnywhere`): a clause moved or a word swapped loses only the
 * characters of the swapped words, where counting pairs also loses the pairs across their
 * edges ("它太通用了所以缺少行业深度" holds 它太通用了 and 行业深度 of "缺乏行业深度,因为它太通用了").
 */
function pairedShare(symbols: readonly Symbol[], held: readonly boolean[]): number {
  if (symbols.length < 2) return 0;
  const total = symbols.reduce((sum, s) => sum + symbolWeight(s), 0);
  return symbols.reduce((sum, s, i) => sum + (held[i] ? symbolWeight(s) : 0), 0) / total;
}

/** Which of a quote's symbols the text holds anywhere: a Han character in a pair with its neighbour, a word in any form. */
function heldAnywhere(text: string, symbols: readonly Symbol[]): boolean[] {
  const han = (s: Symbol | undefined) => s !== undefined && symbolWeight(s) === 1;
  // A character beside a number or a word counts with it too (年 of 20年).
  const paired = (a: Symbol | undefined, b: Symbol | undefined) =>
    a !== undefined && b !== undefined && (han(a) || han(b)) && a.end === b.start && text.includes(a.text + b.text);
  return symbols.map((s, i) => (han(s) ? paired(symbols[i - 1], s) || paired(s, symbols[i + 1]) : presentForm(text, s.text) !== undefined));
}

const SUFFIXES = ['ing', 'es', 'ed', 's'];

/**
 * The form in which a unit occurs in the text: itself, or for a Latin word its stem without
 * a common English ending (models → model), so a plural still counts.
 */
function presentForm(text: string, unit: string): string | undefined {
  if (text.includes(unit)) return unit;
  if (!/^[a-z]+$/.test(unit)) return undefined;
  const suffix = SUFFIXES.find((s) => unit.endsWith(s) && unit.length - s.length >= 4);
  const stem = suffix ? unit.slice(0, -suffix.length) : undefined;
  return stem && text.includes(stem) ? stem : undefined;
}

/** A match widened to the query's own leading and trailing punctuation, where the text has it. */
function withEdges(text: string, [start, end]: [number, number], { lead, trail }: ParsedQuery['edges']): [number, number] {
  const from = lead && text.slice(start - lead.length, start) === lead ? start - lead.length : start;
  const to = trail && text.slice(end, end + trail.length) === trail ? end + trail.length : end;
  return [from, to];
}

/** Folded [start, end) → original [start, end), the end taking the whole last character. */
function toOriginal({ map }: Folded, start: number, end: number): [number, number] {
  return [map[start]!, map[end - 1]! + 1];
}

/** Ranges widened to whole characters (a surrogate pair, a letter with its marks), merged. */
function graphemes(text: string, ranges: readonly [number, number][]): [number, number][] {
  return merge(ranges.map((r) => toGraphemes(text, r)));
}

/** Sorted, with overlapping or touching ranges joined: one phrase, one mark. */
function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
