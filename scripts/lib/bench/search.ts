/**
 * Search figures for `npm run bench`: both query sets through the real built search in
 * Chromium, per group recall@1 and @5, excerpt@1, the share of empty answers; the median time
 * per query, the bytes the first query downloaded (and how much of it is search data), and
 * how long the text is that a reader lands in. Printed, never asserted (shared machines).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { interviewSchema } from '../../../src/schemas/generated.ts';
import { launchChromium } from '../../../tests/support/browser.ts';
import { serveSite } from '../../../tests/support/serve.ts';
import { loadQueries, loadRemembered, median, runQueries, score, type Outcome, type Query } from '../../../tests/search/harness.ts';

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);

function printScores(title: string, outcomes: readonly Outcome[]): void {
  console.log(`${title}: ${outcomes.length} queries\n`);
  console.log('group           n  recall@1 recall@5 excerpt@1  empty');
  for (const s of score(outcomes)) {
    console.log(`${s.group.padEnd(14)} ${String(s.count).padStart(2)}    ${pct(s.recallAt1)}    ${pct(s.recallAt5)}     ${pct(s.excerptAt1)}  ${pct(s.empty)}`);
  }
  const misses = outcomes.filter((o) => (o.turns.length === 0 ? o.results.length > 0 : !o.turns.includes(o.results[0]!)));
  if (misses.length > 0) console.log(`\nmisses at 1:\n${misses.map((o) => `  [${o.group}] ${o.q} → ${o.results.slice(0, 3).join(', ') || 'nothing'}`).join('\n')}`);
}

/** Serves `dist/` (built before) and prints the search figures. */
export async function benchSearch(root: string): Promise<void> {
  const verbatim = loadQueries();
  const remembered = loadRemembered();
  const turnLength = new Map<string, number>();
  let pageLengths = 0;
  let pages = 0;
  for (const slug of readdirSync(`${root}content/generated`)) {
    if (slug.startsWith('.')) continue;
    const record = interviewSchema.parse(JSON.parse(readFileSync(`${root}content/generated/${slug}/interview.json`, 'utf8')));
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
    const outcomes = [...first.outcomes, ...second.outcomes];
    const landed = outcomes.filter((o) => o.results[0]).map((o) => turnLength.get(o.results[0]!)!);
    console.log(`\nmedian search time:     ${median(outcomes.map((o) => o.ms)).toFixed(1)} ms per query (first: ${first.outcomes[0]!.ms.toFixed(0)} ms, loads the search data)`);
    console.log(`first query downloaded: ${(first.firstQueryBytes / 1024).toFixed(1)} KB (as served, uncompressed)`);
    const data = (readdirSync(`${root}dist/search`, { recursive: true }) as string[]).filter((f) => f.endsWith('.json'));
    const bytes = data.map((f) => readFileSync(`${root}dist/search/${f}`));
    const raw = bytes.reduce((sum, b) => sum + b.length, 0);
    const gzip = bytes.reduce((sum, b) => sum + gzipSync(b).length, 0);
    console.log(`  search data files:    ${data.length}, ${(raw / 1024).toFixed(1)} KB (${(gzip / 1024).toFixed(1)} KB gzip) in all (a query loads a few)`);
    console.log(`landing text:           median ${median(landed)} characters (the turn; a theme page averages ${(pageLengths / pages).toFixed(0)})`);
  } finally {
    await browser.close();
    await served.close();
  }
}
