/** A few turn texts as search sees them, for the unit tests' small sites of one interview. */
import { buildDictionary, lookupIn, type DictionaryEntry, type Lookup } from '../../src/lib/search/dictionary.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { prepareTurns, rankTurns, type PreparedTurn, type SearchTurn } from '../../src/lib/search/rank.ts';

/** Turns keyed by id, all said by one interviewee of one interview. */
export function searchTurns(texts: Record<string, string>, { interview = 'm', speaker = '莫言' } = {}): PreparedTurn[] {
  return prepareTurns(
    Object.entries(texts).map(([id, text]): SearchTurn => ({
      key: `${interview}/${id}`,
      interview,
      id,
      url: `/${interview}/#${id}`,
      speaker,
      role: 'interviewee',
      theme: 't',
      themeTitle: 'T',
      text,
    })),
  );
}

/** How a query ranks those turns: [id, kind] best first. */
export function rankedBy(turns: readonly PreparedTurn[], dictionary?: Lookup): (query: string) => [string, string][] {
  return (query) => rankTurns(turns, parseQuery(query, dictionary ? { dictionary } : {})).map((h) => [h.turn.id, h.kind]);
}

/** A small site of those turns with its dictionary table built from `entries`, and how a query ranks its turns. */
export function smallSite(entries: DictionaryEntry[], texts: Record<string, string>) {
  const table = lookupIn(new Map(Object.entries(buildDictionary(entries, Object.values(texts).join('\n')))));
  return { table, ranked: rankedBy(searchTurns(texts), table) };
}
