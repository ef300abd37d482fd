/**
 * Where search data and hits live on the served site, through the site's one URL helper
 * (`lib/urls.ts`), which reads the configured base: for the browser and the Astro build.
 */
import { paths } from '../../consts.ts';
import { withBase } from '../urls.ts';
import type { StoredTurn } from './corpus.ts';
import type { SearchTurn } from './rank.ts';

/** A stored turn as search ranks it, with its URL on its theme page. */
export function searchTurnOf(turn: StoredTurn): SearchTurn {
  return {
    ...turn,
    key: `${turn.interview}/${turn.id}`,
    url: `${paths.theme(turn.interview, turn.theme)}#${turn.id}`,
  };
}

/** `/search/<interview>.json` (ids and retired ids, for forwarding moved links), as served. */
export const corpusUrl = (interview: string) => withBase(`search/${interview}.json`);
