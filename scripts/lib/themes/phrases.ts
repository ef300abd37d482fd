/**
 * Naming units of English text: words, and noun phrases that recur. A theme is better named
 * "Structured output" than "Output", so where two or three adjacent words form a noun phrase
 * (modifiers that can be nouns or adjectives, ending in a word that can be a noun, by the
 * `wink-lexicon` tags of ./word-priors.ts) and that phrase is said at least twice in the
 * interview, it counts as one unit instead of its words; a word used as a verb ("to navigate")
 * is no unit there. Only for naming: the grouping keeps its word vectors.
 */
import { stemmer } from 'stemmer';
import { englishCanBeVerb, englishPhraseHead, englishPhraseModifier, englishPrior } from './word-priors.ts';
import type { Token, Tokenizer } from './tokenize.ts';

/** Longest phrase, in words. */
const LONGEST = 3;
/** A phrase is a unit when the interview says it at least this often. */
const RECURRING = 2;
/**
 * A phrase needs one word at least this telling (./word-priors.ts): "time", "long", "other",
 * "side" (0.4–0.55) are among spoken English's commonest words, "source", "limit" are not.
 */
const TELLING = 0.6;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

interface Word {
  surface: string;
  lower: string;
  key: string;
}

/** The text's clauses (runs of words with nothing but spaces between them), as words. */
function clauses(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  let end = 0;
  for (const match of text.matchAll(WORD)) {
    if (!/^\s*$/u.test(text.slice(end, match.index))) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    const lower = match[0].toLowerCase().replace(/’/g, "'");
    run.push({ surface: match[0], lower, key: stemmer(lower) });
    end = match.index + match[0].length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The noun phrase of `words` starting at `i` and `n` words long, if it is one. */
function phraseAt(words: readonly Word[], i: number, n: number, names: ReadonlySet<string>): Word[] | undefined {
  const span = words.slice(i, i + n);
  if (span.length < n || span.some((w) => names.has(w.surface) || /^\d/.test(w.lower) || w.lower.length < 2)) return undefined;
  if (!englishPhraseHead(span.at(-1)!.lower) || !span.slice(0, -1).every((w) => englishPhraseModifier(w.lower))) return undefined;
  // Everyday words together ("long time", "other side") say how, not what.
  return span.some((w) => englishPrior(w.lower) >= TELLING) ? span : undefined;
}

/** Words after which a word that can be a verb is one: "to navigate", "can leverage". */
const BEFORE_VERB = new Set(['to', 'can', 'could', 'will', 'would', 'should', 'must', 'might', 'may', 'cannot']);

/** Whether the word at `i` is used as a verb there: after "to" or a modal, in lower case, and the lexicon allows a verb (or does not know the word). */
function verbHere(words: readonly Word[], i: number): boolean {
  const word = words[i]!;
  return i > 0 && BEFORE_VERB.has(words[i - 1]!.lower) && word.surface === word.lower && englishCanBeVerb(word.lower);
}

function phraseToken(span: readonly Word[]): Token {
  return {
    key: span.map((w) => w.key).join(' '),
    surface: span.map((w) => w.surface).join(' '),
    // As telling as its words on average: "language model" is telling, "long time" is not.
    prior: span.reduce((sum, w) => sum + englishPrior(w.lower), 0) / span.length,
  };
}

/**
 * Naming units of each text: recurring noun phrases (longest first, left to right) as single
 * tokens, and the other words as `tokenize` gives them. `texts` are all the interview's texts,
 * so that "recurring" means across the interview.
 */
export function namingUnits(texts: readonly string[], tokenize: Tokenizer, names: ReadonlySet<string>): Token[][] {
  const split = texts.map(clauses);
  const said = new Map<string, number>();
  for (const runs of split)
    for (const words of runs)
      for (let i = 0; i < words.length; i++)
        for (let n = 2; n <= LONGEST; n++) {
          const span = phraseAt(words, i, n, names);
          if (span) said.set(phraseToken(span).key, (said.get(phraseToken(span).key) ?? 0) + 1);
        }
  return split.map((runs) =>
    runs.flatMap((words) => {
      const units: Token[] = [];
      for (let i = 0; i < words.length;) {
        const span = [LONGEST, 2]
          .map((n) => phraseAt(words, i, n, names))
          .find((s) => s && (said.get(phraseToken(s).key) ?? 0) >= RECURRING);
        if (span) {
          units.push(phraseToken(span));
          i += span.length;
        } else {
          if (!verbHere(words, i)) units.push(...tokenize(words[i]!.surface));
          i += 1;
        }
      }
      return units;
    }),
  );
}
