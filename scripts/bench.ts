/**
 * `npm run bench`: figures, not a test. Serves the built site (run after `npm run build`),
 * runs the query set through the real search in Chromium, and prints per group recall@1 and
 * @5, excerpt@1, the share of empty answers, the median time per query, the bytes the first
 * query downloaded, and how long the text is that a reader lands in. Timings on these shared
 * machines are noisy: compare figures from one run, as ratios.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { interviewSchema } from '../src/schemas/generated.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { serveSite } from '../tests/support/serve.ts';
import { buildInterview } from './lib/build-interview.ts';
import { benchScale } from './lib/bench/scale.ts';
import { benchThemes } from './lib/bench/themes.ts';
import { loadQueries, median, runQueries, score } from '../tests/search/harness.ts';
import { copyProject } from '../tests/support/project-copy.ts';
import { oneLongParagraph, syntheticTranscript } from '../tests/support/synthetic.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

if (process.argv.includes('--scale')) {
  await benchScale(root);
  process.exit(0);
}
const { interview, queries } = loadQueries();
const record = interviewSchema.parse(JSON.parse(readFileSync(`${root}content/generated/${interview}/interview.json`, 'utf8')));
const turnLength = new Map(record.turns.map((t) => [t.id, [...t.paragraphs.join('')].length]));

const served = await serveSite(root, `${root}dist/`);
const browser = await launchChromium();
try {
  const { outcomes, firstQueryBytes } = await runQueries(browser, served.url, interview, queries);
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
  console.log(`query set: ${queries.length} queries on ${interview}\n`);
  console.log('group      n  recall@1 recall@5 excerpt@1  empty');
  for (const s of score(outcomes)) {
    console.log(`${s.group.padEnd(9)} ${String(s.count).padStart(2)}    ${pct(s.recallAt1)}    ${pct(s.recallAt5)}     ${pct(s.excerptAt1)}  ${pct(s.empty)}`);
  }
  const landed = outcomes.filter((o) => o.results[0]).map((o) => turnLength.get(o.results[0]!)!);
  const pageLength = [...turnLength.values()].reduce((a, b) => a + b, 0) / record.themes.length;
  console.log(`\nmedian search time:     ${median(outcomes.map((o) => o.ms)).toFixed(1)} ms per query (first: ${outcomes[0]!.ms.toFixed(0)} ms, loads the corpus and index)`);
  console.log(`first query downloaded: ${(firstQueryBytes / 1024).toFixed(1)} KB (as served, uncompressed)`);
  const corpus = readFileSync(`${root}dist/search/${interview}.json`);
  console.log(`  of which the corpus:  ${(corpus.length / 1024).toFixed(1)} KB (${(gzipSync(corpus).length / 1024).toFixed(1)} KB gzip)`);
  console.log(`landing text:           median ${median(landed)} characters (the turn; a theme page averages ${pageLength.toFixed(0)})`);
  const misses = outcomes.filter((o) => (o.turns.length === 0 ? o.results.length > 0 : !o.turns.includes(o.results[0]!)));
  if (misses.length > 0) console.log(`\nmisses at 1:\n${misses.map((o) => `  [${o.group}] ${o.q} → ${o.results.slice(0, 3).join(', ') || 'nothing'}`).join('\n')}`);
} finally {
  await browser.close();
  await served.close();
}

// Scale: ingest time should grow linearly with the input (compare the ratios, not the seconds).
console.log('\nscale (synthetic transcripts):');
const seconds = (start: number) => (performance.now() - start) / 1000;
let base: number | undefined;
for (const mb of [0.75, 1.5, 3]) {
  const text = syntheticTranscript(mb * 1024 * 1024);
  const start = performance.now();
  const built = buildInterview(text, 'synthetic.txt', undefined);
  const s = seconds(start);
  base ??= s / mb;
  console.log(`  ingest ${String(mb).padStart(4)} MB (${built.transcript.turns.length} turns): ${s.toFixed(2)} s, ${(s / mb / base).toFixed(2)}× the time per MB of the smallest`);
}
const paragraph = performance.now();
buildInterview(oneLongParagraph(600 * 1024), 'paragraph.txt', undefined);
console.log(`  ingest one 600 KB paragraph: ${seconds(paragraph).toFixed(2)} s`);
for (const mb of [1.5, 3]) {
  const project = copyProject();
  try {
    project.addSource('synthetic.txt', syntheticTranscript(mb * 1024 * 1024));
    const start = performance.now();
    project.build();
    console.log(`  ingest + build a site of ${mb} MB: ${seconds(start).toFixed(1)} s`);
  } finally {
    project.remove();
  }
}

// Automatic themes: agreement with the seed's curated themes, so changes to the method are measured.
console.log(`\n${benchThemes()}`);
