/**
 * Search in the browser. The first query loads the manifest (glossary, names, script table);
 * each query then loads only what it needs — the index shards of its own units, the texts of
 * its best candidates (`CANDIDATES`), the dictionary letters of its English words — so the first
 * query costs about the same on a site of one interview or a thousand. Pagefind is asked only
 * when that layer cannot answer: no turn holds the query as typed (a misremembered quote,
 * scattered keywords) or the query is symbols only. Its code and page metadata are most of
 * what a search downloads and its metadata grows with every turn of the site, while on the
 * query sets it changes no result (README, "Scale"). One hit per turn, best first.
 */
import { SEARCH_FILES, type NameShard, type SearchManifest, type TurnChunk } from '../../lib/search/corpus';
import { searchTurnOf } from '../../lib/search/links';
import { chineseShardOf, lookupIn, shardsFor, type ChineseShard, type DictionaryShard } from '../../lib/search/dictionary';
import { longest } from '../../lib/search/excerpt';
import { looksAgain, lookupReadings, pickCandidates, quotePairs, rarePairs, shardsOfUnits } from '../../lib/search/candidates';
import { CHUNK_TURNS, decodePostings, shardOf, type GramShard } from '../../lib/search/grams';
import { englishReadable, parseQuery, QUOTES, type ParsedQuery } from '../../lib/search/query';
import { looseHits, prepareTurns, rankTurns, type Hit, type PreparedTurn } from '../../lib/search/rank';
import { nameShardsFor } from '../../lib/search/name-shards';
import { parseScriptTable } from '../../lib/search/script-table';
import { nameStarts } from '../../lib/search/speakers';
import { fold, type ScriptTable } from '../../lib/fold';
import { withBase } from '../../lib/urls';

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
  /** Turns that likely match too, not loaded yet (a word said in many turns): `more` loads them a page at a time. */
  rest: number[];
}

/** How many of a result's `rest` one "more" loads. */
export const MORE_PAGE = 20;

/** How many of Pagefind's results are looked at (each costs a fragment request). */
const INDEX_RESULTS = 8;

/** A site file's URL under the site's base (`TANLU_BASE`). */
const url = withBase;

const cache = new Map<string, Promise<unknown>>();
function fetchJson<T>(path: string): Promise<T> {
  let pending = cache.get(path);
  if (!pending) {
    pending = fetch(url(path)).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json();
    });
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending as Promise<T>;
}

let site: Promise<{ manifest: SearchManifest; script: ScriptTable }> | undefined;
const prepared = new Map<number, PreparedTurn>();
let pagefind: Promise<Pagefind> | undefined;

function loadSite(): NonNullable<typeof site> {
  site ??= fetchJson<SearchManifest>(SEARCH_FILES.manifest).then((manifest) => ({ manifest, script: parseScriptTable(manifest.script) }));
  return site;
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

/** Pagefind's best turns: number → score scaled to (0, 1]. */
async function indexHits(query: ParsedQuery, bundles: SearchManifest['bundles']): Promise<Map<number, number>> {
  const text = query.raw.replace(/^["“「『'‘]|["”」』'’]$/gu, '');
  const found = await (await loadPagefind(bundles)).search(text);
  const top = (found?.results ?? []).slice(0, INDEX_RESULTS);
  const best = top[0]?.score ?? 1;
  const data = await Promise.all(top.map((r) => r.data()));
  return new Map(data.map((d, i) => [Number(d.meta.n), top[i]!.score / best]));
}

/** The index shards these units are in, loaded; their postings. */
async function postingsFor(units: readonly string[], manifest: SearchManifest): Promise<(unit: string) => number[]> {
  const shards = shardsOfUnits(units, manifest.shards);
  const loaded = new Map(await Promise.all(shards.map(async (s) => [s, await fetchJson<GramShard>(SEARCH_FILES.grams(s))] as const)));
  return (unit) => decodePostings(loaded.get(shardOf(unit, manifest.shards))?.[unit]);
}

/** Candidate turns for a query, loading the index shards its units need. */
async function candidates(query: ParsedQuery, manifest: SearchManifest): Promise<{ numbers: number[]; rest: number[] }> {
  const readings = lookupReadings(query);
  return pickCandidates(
    readings,
    await postingsFor(
      readings.flat(2).flatMap((f) => f.units),
      manifest,
    ),
    query.filter?.within,
  );
}

/** The turns with these numbers, folded, loading the chunks not loaded yet. */
async function turnsNumbered(numbers: readonly number[], script: ScriptTable): Promise<PreparedTurn[]> {
  const chunks = [...new Set(numbers.filter((n) => !prepared.has(n)).map((n) => Math.floor(n / CHUNK_TURNS)))];
  await Promise.all(
    chunks.map(async (c) => {
      const chunk = await fetchJson<TurnChunk>(SEARCH_FILES.turns(c));
      const turns = prepareTurns(chunk.turns.map(searchTurnOf), script, chunk.first);
      turns.forEach((turn) => prepared.set(turn.order, turn));
    }),
  );
  return numbers.map((n) => prepared.get(n)).filter((t): t is PreparedTurn => t !== undefined);
}

/** The dictionary letters an English query needs, loaded. */
async function dictionaryFor(raw: string, manifest: SearchManifest) {
  const words =
    raw
      .normalize('NFKC')
      .toLowerCase()
      .match(/[a-z][a-z'-]*/g) ?? [];
  const letters = shardsFor(words).filter((l) => manifest.dictionary.includes(l));
  const shards = new Map<string, DictionaryShard>();
  await Promise.all(letters.map(async (l) => shards.set(l, await fetchJson<DictionaryShard>(SEARCH_FILES.dictionary(l)))));
  return lookupIn(shards);
}

/** The speakers' names a query can mention: those in the shards of its words' first characters. */
async function namesFor(raw: string, manifest: SearchManifest, script: ScriptTable) {
  const shards = nameShardsFor(nameStarts(raw, script), manifest.names);
  return (await Promise.all(shards.map((n) => fetchJson<NameShard>(SEARCH_FILES.names(n))))).flat();
}

/** The Chinese → English shards a query's short Han runs need, loaded. */
async function chineseFor(raw: string, manifest: SearchManifest, script: ScriptTable) {
  const runs = englishReadable(raw, script);
  return runs ? chineseShards(runs.join(''), manifest.chinese, SEARCH_FILES.chinese) : undefined;
}

/** The shards of what Chinese interviews say in English that a query's Han characters need, loaded (`textEnglish` in query.ts). */
function switchedFor(raw: string, manifest: SearchManifest, script: ScriptTable) {
  // A quoted phrase is looked for as typed only.
  if (QUOTES.test(raw)) return Promise.resolve(undefined);
  return chineseShards(fold(raw, script), manifest.switched, SEARCH_FILES.switched);
}

/** A Chinese-keyed table's shards for the words that may start at these characters, loaded. */
async function chineseShards(text: string, count: number, file: (shard: number) => string) {
  const characters = text.match(/\p{Script=Han}/gu);
  if (count === 0 || !characters) return undefined;
  const shards = [...new Set(characters.map((c) => chineseShardOf(c, count)))];
  const loaded = new Map<number, ChineseShard>();
  await Promise.all(shards.map(async (n) => loaded.set(n, await fetchJson<ChineseShard>(file(n)))));
  return (word: string) => loaded.get(chineseShardOf(word, count))?.[word];
}

/**
 * With a speaker asked about, the turns around the candidates too: the answers after a
 * question that holds the words, the question before an answer that does not.
 */
function aroundAsked(numbers: readonly number[], query: ParsedQuery, manifest: SearchManifest): number[] {
  if (!query.filter) return [...numbers];
  const around = numbers.flatMap((n) => [n - 1, n + 1]);
  return [...new Set([...numbers, ...around])].filter((n) => n >= 0 && n < manifest.turns);
}

export async function search(raw: string): Promise<SearchResult> {
  const { manifest, script } = await loadSite();
  const [dictionary, chinese, switched, names] = await Promise.all([
    dictionaryFor(raw, manifest),
    chineseFor(raw, manifest, script),
    switchedFor(raw, manifest, script),
    namesFor(raw, manifest, script),
  ]);
  const query = parseQuery(raw, {
    glossary: manifest.glossary,
    names,
    script,
    dictionary,
    ...(chinese ? { chinese } : {}),
    ...(switched ? { switched } : {}),
  });
  if (query.variants.length === 0 && !query.literal) return { query, hits: [], rest: [] };
  // A symbol-only query has no units to look up: its candidates are the turns already loaded, and Pagefind's.
  const { numbers, rest } = query.literal ? { numbers: [...prepared.keys()], rest: [] } : await candidates(query, manifest);
  const own = await turnsNumbered(aroundAsked(numbers, query, manifest), script);
  const hits = rankTurns(own, query);
  if (!query.literal && hits.some((h) => h.kind === 'exact')) return { query, hits, rest };
  const scores = await indexHits(query, manifest.bundles).catch((error: unknown) => {
    // The exact layer still answers; say why the index did not.
    console.warn('Pagefind unavailable:', error);
    return new Map<number, number>();
  });
  const turns = await turnsNumbered(aroundAsked([...new Set([...own.map((t) => t.order), ...scores.keys()])], query, manifest), script);
  const byKey = new Map(turns.map((t) => [t.key, scores.get(t.order) ?? 0]));
  const ranked = rankTurns(turns, query, byKey);
  if (ranked.length > 0 || !looksAgain(query)) return { query, hits: ranked, rest };
  // A long quote nothing holds closely: reworded, most likely. Its rarest words point to the place.
  const pairs = quotePairs(query);
  const shares = rarePairs(pairs, await postingsFor(pairs.flat(), manifest), manifest.turns, query.filter?.within);
  return { query, hits: looseHits(await turnsNumbered([...shares.keys()], script), query, shares), rest };
}

/** The result with the next page of its `rest` loaded and ranked in among its hits. */
export async function more(result: SearchResult): Promise<SearchResult> {
  const { script } = await loadSite();
  const page = result.rest.slice(0, MORE_PAGE);
  const added = rankTurns(await turnsNumbered(page, script), result.query);
  const seen = new Set(result.hits.map((h) => h.turn.key));
  const hits = [...result.hits, ...added.filter((h) => !seen.has(h.turn.key))].sort(
    (a, b) => b.score - a.score || a.turn.order - b.turn.order,
  );
  return { query: result.query, hits, rest: result.rest.slice(MORE_PAGE) };
}

/** The words a hit matched, as the source has them: what the landing page highlights. */
export function matchedPhrase(hit: Hit, query: ParsedQuery): string {
  const range = longest(hit.ranges);
  return range ? hit.turn.text.slice(range[0], range[1]) : query.raw;
}

/** Link to the hit's turn, carrying the phrase to highlight there; none where nothing was marked (a quote's likely place). */
export function hitUrl(hit: Hit, query: ParsedQuery): string {
  const [path, hash] = hit.turn.url.split('#');
  return hit.ranges.length === 0 && hit.kind === 'loose'
    ? hit.turn.url
    : `${path}?hl=${encodeURIComponent(matchedPhrase(hit, query))}#${hash}`;
}
