/**
 * Search in the browser: the exact-match layer (the corpus, loaded on the first search)
 * merged with Pagefind's full-text index, one hit per turn, best first.
 */
import { MANIFEST_URL, searchTurnsOf, type InterviewCorpus, type SearchManifest } from '../../lib/search/corpus';
import { longest } from '../../lib/search/excerpt';
import { parseQuery, type ParsedQuery } from '../../lib/search/query';
import { prepareTurns, rankTurns, type Hit, type PreparedTurn } from '../../lib/search/rank';

interface PagefindResult {
  score: number;
  data(): Promise<{ meta: Record<string, string> }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchResult {
  query: ParsedQuery;
  hits: Hit[];
}

/** How many of Pagefind's results are looked at (each costs a fragment request). */
const INDEX_RESULTS = 8;

let corpus: Promise<{ manifest: SearchManifest; turns: PreparedTurn[] }> | undefined;
let pagefind: Promise<Pagefind> | undefined;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function loadCorpus(): NonNullable<typeof corpus> {
  corpus ??= (async () => {
    const manifest = await fetchJson<SearchManifest>(MANIFEST_URL);
    const corpora = await Promise.all(manifest.interviews.map((i) => fetchJson<InterviewCorpus>(i.corpus)));
    return { manifest, turns: prepareTurns(corpora.flatMap(searchTurnsOf)) };
  })();
  return corpus;
}

/** Pagefind, with the bundle of every language the site has merged in. */
function loadPagefind(bundles: SearchManifest['bundles']): Promise<Pagefind> {
  const [primary, ...others] = bundles;
  if (!primary) return Promise.reject(new Error('no search index'));
  pagefind ??= import(/* @vite-ignore */ `${primary.path}pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 0 });
    for (const other of others) await module.mergeIndex(other.path, { language: other.language });
    return module;
  });
  return pagefind;
}

/** Pagefind's scores for its best turns, by turn key, scaled to (0, 1]. */
async function indexScores(query: ParsedQuery, bundles: SearchManifest['bundles']): Promise<Map<string, number>> {
  const text = query.raw.replace(/^["“「『'‘]|["”」』'’]$/gu, '');
  const found = await (await loadPagefind(bundles)).search(text);
  const top = (found?.results ?? []).slice(0, INDEX_RESULTS);
  const best = top[0]?.score ?? 1;
  const data = await Promise.all(top.map((r) => r.data()));
  return new Map(data.map((d, i) => [d.meta.key!, top[i]!.score / best]));
}

export async function search(raw: string): Promise<SearchResult> {
  const { manifest, turns } = await loadCorpus();
  const query = parseQuery(raw, manifest.glossary);
  if (query.variants.length === 0) return { query, hits: [] };
  const scores = await indexScores(query, manifest.bundles).catch((error: unknown) => {
    // The exact layer still answers; say why the index did not.
    console.warn('Pagefind unavailable:', error);
    return new Map<string, number>();
  });
  return { query, hits: rankTurns(turns, query, scores) };
}

/** The words a hit matched, as the source has them: what the landing page highlights. */
export function matchedPhrase(hit: Hit, query: ParsedQuery): string {
  const range = longest(hit.ranges);
  return range ? hit.turn.text.slice(range[0], range[1]) : query.raw;
}

/** Link to the hit's turn, carrying the phrase to highlight there. */
export function hitUrl(hit: Hit, query: ParsedQuery): string {
  const [path, hash] = hit.turn.url.split('#');
  return `${path}?hl=${encodeURIComponent(matchedPhrase(hit, query))}#${hash}`;
}
