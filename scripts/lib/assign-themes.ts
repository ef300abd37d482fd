/**
 * Decides which theme each exchange belongs to. Evidence is keyword occurrences (the
 * question counts double: it is what the exchange is about); an editor's pin overrides
 * evidence; an exchange with no evidence continues the theme of the one before it, as a
 * conversation does. Every exchange gets exactly one theme.
 */
import type { InterviewData, ThemeData } from '../../src/schemas/interview-data.ts';
import { IngestError, type IngestWarning } from './errors.ts';
import { fold } from '../../src/lib/fold.ts';
import type { LoadedInterviewData } from './interview-data.ts';
import { asksQuestions, type Exchange, type Speaker } from './model.ts';
import type { ThemeProposal } from './themes/propose-themes.ts';

/** The editor's pins, and where they stand in the data file for error messages. */
export interface PinSource extends Pick<LoadedInterviewData, 'file' | 'lineOf'> {
  pins: InterviewData['pins'];
}

/** Weight of a keyword found in an interviewer's turn, against 1 in an answer. */
const QUESTION_WEIGHT = 2;

/** A theme's evidence in one exchange. */
export interface ThemeScore {
  theme: string;
  score: number;
  /** Keyword → weighted occurrences. */
  evidence: Record<string, number>;
}

/** The decision for one exchange, with what `--explain` prints. */
export interface ThemeAssignment {
  exchange: number;
  theme: string;
  reason: 'pin' | 'keywords' | 'continues' | 'first-theme' | 'automatic';
  /** Every theme with evidence, strongest first. */
  scores: ThemeScore[];
  /** For an automatic theme: the exchange's words that weighed most in it. */
  deciding?: string[];
}

/** Assigns one theme per exchange. Throws on a pin that names no exchange or no theme. */
export function assignThemes(
  exchanges: readonly Exchange[],
  speakers: readonly Speaker[],
  themes: readonly ThemeData[],
  pinSource: PinSource,
): { assignments: ThemeAssignment[]; warnings: IngestWarning[] } {
  const pinned = resolvePins(exchanges, themes, pinSource);
  const asks = new Set(speakers.filter((s) => asksQuestions(s.role)).map((s) => s.name));
  const warnings: IngestWarning[] = [];
  const assignments: ThemeAssignment[] = [];
  for (const exchange of exchanges) {
    const scores = scoreExchange(exchange, themes, asks);
    const pin = pinned.get(exchange.number);
    const previous = assignments.at(-1);
    let decision: Pick<ThemeAssignment, 'theme' | 'reason'>;
    if (pin) decision = { theme: pin, reason: 'pin' };
    else if (scores[0]) decision = { theme: scores[0].theme, reason: 'keywords' };
    else if (previous) decision = { theme: previous.theme, reason: 'continues' };
    else decision = { theme: themes[0]!.slug, reason: 'first-theme' };
    if (decision.reason === 'continues' || decision.reason === 'first-theme') {
      warnings.push({
        file: pinSource.file,
        line: pinSource.lineOf(['themes']),
        message: `exchange ${exchange.number} (transcript line ${exchange.turns[0]!.line}) matches no theme's keywords; placed in "${decision.theme}" — add a keyword or a pin`,
      });
    }
    assignments.push({ exchange: exchange.number, ...decision, scores });
  }
  return { assignments, warnings };
}

/**
 * Places each exchange in its automatic theme (../themes/), unless the editor pinned it.
 * Keyword scores are kept as for curated themes: theme pages link to exchanges elsewhere
 * that touch their keywords, and a data file drafted from these themes then builds the same site.
 */
export function assignAutomatically(
  exchanges: readonly Exchange[],
  speakers: readonly Speaker[],
  proposal: ThemeProposal,
  pinSource: PinSource,
): ThemeAssignment[] {
  const pinned = resolvePins(exchanges, proposal.themes, pinSource);
  const asks = new Set(speakers.filter((s) => asksQuestions(s.role)).map((s) => s.name));
  return exchanges.map((exchange, i) => {
    const scores = scoreExchange(exchange, proposal.themes, asks);
    const pin = pinned.get(exchange.number);
    if (pin) return { exchange: exchange.number, theme: pin, reason: 'pin', scores };
    return { exchange: exchange.number, theme: proposal.assignment[i]!, reason: 'automatic', scores, deciding: proposal.deciding[i]! };
  });
}

/** Weighted keyword occurrences per theme, strongest first; themes without evidence left out. */
export function scoreExchange(exchange: Exchange, themes: readonly ThemeData[], asks: ReadonlySet<string>): ThemeScore[] {
  const texts = exchange.turns.map((turn) => ({
    text: fold(turn.paragraphs.join('\n')),
    weight: asks.has(turn.speaker) ? QUESTION_WEIGHT : 1,
  }));
  const scores: ThemeScore[] = [];
  for (const theme of themes) {
    const evidence: Record<string, number> = {};
    let score = 0;
    for (const keyword of theme.keywords) {
      const needle = fold(keyword);
      const found = texts.reduce((sum, { text, weight }) => sum + countOccurrences(text, needle) * weight, 0);
      if (found > 0) {
        evidence[keyword] = found;
        score += found;
      }
    }
    if (score > 0) scores.push({ theme: theme.slug, score, evidence });
  }
  // Stable sort: on a tie the theme listed first in the data file wins.
  return scores.sort((a, b) => b.score - a.score);
}

function countOccurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** Exchange number → pinned theme slug. */
function resolvePins(exchanges: readonly Exchange[], themes: readonly ThemeData[], { pins, file, lineOf }: PinSource): Map<number, string> {
  const slugs = new Set(themes.map((t) => t.slug));
  const pinned = new Map<number, string>();
  pins.forEach((pin, i) => {
    if (!slugs.has(pin.theme)) {
      throw new IngestError(
        { file, line: lineOf(['pins', i, 'theme']) },
        `pin ${i + 1} names the theme "${pin.theme}", which is not in themes`,
        `use one of: ${[...slugs].join(', ')}`,
      );
    }
    const needle = fold(pin.quote);
    const matches = exchanges.filter((e) => e.turns.some((t) => fold(t.paragraphs.join('\n')).includes(needle)));
    if (matches.length !== 1) {
      throw new IngestError(
        { file, line: lineOf(['pins', i, 'quote']) },
        matches.length === 0
          ? `pin ${i + 1} quotes "${pin.quote}", which occurs in no exchange`
          : `pin ${i + 1} quotes "${pin.quote}", which occurs in ${matches.length} exchanges (${matches.map((e) => e.number).join(', ')})`,
        matches.length === 0
          ? 'copy a few words exactly as they stand in the transcript'
          : 'quote more words, so that only one exchange contains them',
      );
    }
    pinned.set(matches[0]!.number, pin.theme);
  });
  return pinned;
}
