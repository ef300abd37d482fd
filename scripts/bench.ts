/**
 * `npm run bench`: figures, not a test (run after `npm run build`). Search quality, speed and
 * bytes (scripts/lib/bench/search.ts), then scale timings. Timings on these shared machines
 * are noisy: compare figures from one run, as ratios.
 */
import { fileURLToPath } from 'node:url';
import { buildInterview } from './lib/build-interview.ts';
import { benchScale, scaleSizes } from './lib/bench/scale.ts';
import { benchSearch } from './lib/bench/search.ts';
import { benchThemes } from './lib/bench/themes.ts';
import { copyProject } from './lib/dev/project-copy.ts';
import { oneLongParagraph, syntheticTranscript } from './lib/dev/synthetic.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
// `npm run bench -- --scale`: the library at 1, 10 and 100 interviews, and nothing else;
// `--scale=1,100` at the sizes given (K = 1 and K = 100 back to back, for the ratio).
const scale = process.argv.find((arg) => arg === '--scale' || arg.startsWith('--scale='));
if (scale) {
  await benchScale(root, scaleSizes(scale));
  process.exit(0);
}
// `npm run bench -- --queries <file>`: the search figures with a held-out query set too, and nothing else.
const heldOut = process.argv.indexOf('--queries');
if (heldOut !== -1) {
  await benchSearch(root, process.argv[heldOut + 1]);
  process.exit(0);
}
await benchSearch(root);

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
  console.log(
    `  ingest ${String(mb).padStart(4)} MB (${built.transcript.turns.length} turns): ${s.toFixed(2)} s, ${(s / mb / base).toFixed(2)}× the time per MB of the smallest`,
  );
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
