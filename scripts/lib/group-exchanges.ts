import { asksQuestions, type Exchange, type Heading, type Speaker, type Turn } from './model.ts';

/**
 * Groups turns into exchanges: an exchange opens with a question (an interviewer's or the
 * audience's turn) or with an
 * editorial heading) and holds the answers that follow. Turns before the first question
 * form an exchange of their own, so nothing is left out.
 */
export function groupExchanges(turns: readonly Turn[], speakers: readonly Speaker[], headings: readonly Heading[]): Exchange[] {
  const role = new Map(speakers.map((s) => [s.name, s.role]));
  const headingBefore = new Set(headings.map((h) => h.beforeTurn));
  const exchanges: Exchange[] = [];
  let previous: Turn | undefined;
  for (const turn of turns) {
    const asks = asksQuestions(role.get(turn.speaker));
    const previousAsked = previous !== undefined && asksQuestions(role.get(previous.speaker));
    const opensExchange = exchanges.length === 0 || headingBefore.has(turn.index) || (asks && !previousAsked);
    if (opensExchange) exchanges.push({ number: exchanges.length + 1, turns: [] });
    exchanges.at(-1)!.turns.push(turn);
    previous = turn;
  }
  return exchanges;
}
