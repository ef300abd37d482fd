/**
 * Automatic themes for an interview whose editor has given none: the exchanges' words
 * (the question counting double, an editorial heading counting with the exchange it opens)
 * → TF-IDF vectors → groups → named themes. Pure and deterministic: the same exchanges
 * always give the same themes.
 */
import type { ThemeData } from '../../../src/schemas/interview-data.ts';
import type { GlossaryEntry } from '../../../src/schemas/glossary.ts';
import { asksQuestions, type Exchange, type Heading, type Speaker } from '../model.ts';
import { groupExchanges } from './group.ts';
import { nameThemes, type TitleLanguage } from './name.ts';
import { namingUnits } from './phrases.ts';
import { createTokenizer, type Tokenizer } from './tokenize.ts';
import { tfidfVectors, type ExchangeWords, type Vectors } from './vectors.ts';
import { spokenText } from '../../../src/lib/segment-text.ts';

/** Weight of the words of an interviewer's turn (and of a heading), against 1 in an answer. */
const QUESTION_WEIGHT = 2;
/** Words shown per exchange as what decided its theme. */
const DECIDING_WORDS = 5;

export interface ThemeInput {
  exchanges: readonly Exchange[];
  speakers: readonly Speaker[];
  headings: readonly Heading[];
  /** BCP 47 language of the interview; when absent or `und`, read from the text (Han or Latin script). */
  language?: string;
  /** Known terms: kept whole by the segmenter, and their Latin aliases give English titles. */
  glossary: readonly GlossaryEntry[];
}

export interface ThemeProposal {
  themes: ThemeData[];
  /** The theme slug of each exchange, in the exchanges' order. */
  assignment: string[];
  /** Per exchange, its words that weigh most in its theme (the evidence `--explain` shows). */
  deciding: string[][];
}

export function proposeThemes({ exchanges, speakers, headings, language, glossary }: ThemeInput): ThemeProposal {
  if (exchanges.length === 0) return { themes: [], assignment: [], deciding: [] };
  const userWords = [...speakers.flatMap((s) => [s.name, ...(s.labels ?? [])]), ...glossary.map((g) => g.term)];
  // One-word aliases (a Han word, or a Latin word without spaces) count as their term.
  const aliases = new Map(
    glossary.flatMap((g) =>
      g.aliases.filter((a) => !/\s/.test(a) && a !== g.term).map((a) => [/\p{Script=Han}/u.test(a) ? a : a.toLowerCase(), g.term] as const),
    ),
  );
  // Speakers' names are cut whole but are no evidence: addressing someone is not a topic.
  const names = new Set(speakers.flatMap((s) => [s.name, ...(s.labels ?? [])]).flatMap((name) => [name, ...name.split(/\s+/)]));
  const cut = createTokenizer(userWords, aliases);
  const tokenize = (text: string) => cut(text).filter((t) => !names.has(t.surface));
  const asks = new Set(speakers.filter((s) => asksQuestions(s.role)).map((s) => s.name));
  const headingAt = new Map(headings.map((h) => [h.beforeTurn, h.text]));
  // Each exchange's texts with their weights: its heading, then its turns.
  const texts = exchanges.map((exchange) => {
    const heading = headingAt.get(exchange.turns[0]!.index);
    return [
      ...(heading === undefined ? [] : [{ text: heading, weight: QUESTION_WEIGHT }]),
      ...exchange.turns.map((turn) => ({
        text: turn.paragraphs.map(spokenText).join('\n'),
        weight: asks.has(turn.speaker) ? QUESTION_WEIGHT : 1,
      })),
    ];
  });
  const words: ExchangeWords[] = texts.map((parts) => parts.map(({ text, weight }) => ({ tokens: tokenize(text), weight })));
  const vectors = tfidfVectors(words);
  const group = groupExchanges(
    exchanges.map((exchange, i) => ({
      vector: vectors.vectors[i]!,
      turns: exchange.turns.length,
      headed: headingAt.has(exchange.turns[0]!.index),
    })),
  );
  const openings = exchanges.map((e) => spokenText(e.turns[0]!.paragraphs[0] ?? ''));
  const titles = titleLanguage(language, exchanges);
  // English themes are named by noun phrases where they recur ("structured output"); Chinese
  // words (jieba's) already are such units.
  const naming = titles === 'en' ? namingVectors(texts, tokenize, names) : vectors;
  const themes = nameThemes(vectors, naming, group, titles, glossary, openings);
  const deciding = exchanges.map((_, i) => {
    const keywords = new Set(themes[group[i]!]!.keywords);
    return [...vectors.vectors[i]!]
      .map(([key, weight]) => ({ word: vectors.surface.get(key)!, weight: weight * (keywords.has(vectors.surface.get(key)!) ? 2 : 1) }))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, DECIDING_WORDS)
      .map((w) => w.word);
  });
  return { themes, assignment: group.map((g) => themes[g]!.slug), deciding };
}

function namingVectors(texts: readonly { text: string; weight: number }[][], tokenize: Tokenizer, names: ReadonlySet<string>): Vectors {
  const units = namingUnits(
    texts.flat().map((t) => t.text),
    tokenize,
    names,
  );
  let at = 0;
  return tfidfVectors(texts.map((parts) => parts.map(({ weight }) => ({ tokens: units[at++]!, weight }))));
}

/** Chinese titles for a Chinese interview (declared, or mostly Han text), traditional where it is written so; English otherwise. */
export function titleLanguage(language: string | undefined, exchanges: readonly Exchange[]): TitleLanguage {
  if (language !== undefined && language !== 'und') {
    if (!/^zh\b/i.test(language)) return 'en';
    return /^zh-(Hant|TW|HK|MO)\b/i.test(language) ? 'zh-Hant' : 'zh';
  }
  const text = exchanges.flatMap((e) => e.turns.flatMap((t) => t.paragraphs.map(spokenText))).join('\n');
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latinWords = text.match(/\p{Script=Latin}+/gu)?.length ?? 0;
  // A Han character is about a word's worth of meaning; English words here are Latin runs.
  return han >= latinWords ? 'zh' : 'en';
}
