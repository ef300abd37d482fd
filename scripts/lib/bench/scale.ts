/**
 * `npm run bench -- --scale`: the library at K = 1, 10 and 100 interviews. Each K is built in a
 * scratch copy of the project from K synthetic, seed-shaped interviews (the seed's turns in an
 * order shuffled by a seeded generator, titled 合成样本 … (synthetic); deterministic, written
 * only to the scratch copy, never committed). Prints, per K: ingest time (full, then incremental
 * with one interview's data file edited), build time (wall and CPU) and Pagefind time, peak
 * memory, dist size, and the search code and data a cold search page downloads for its first
 * query, file by file, and whether that query landed on the right turn; then the growth from one
 * K to the next. `--scale=1,100` builds only the K given. Timings on shared machines are noisy:
 * read the ratios.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { GENERATED_DIR, interviewSchema } from '../../../src/schemas/generated.ts';
import { astroBuildArgs } from '../dev/astro-build.ts';
import { serveStatic } from '../serve-static.ts';

const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'content/glossary.yaml'];
const SEED = 'zhou-hongyi-2023-05-31';
/**
 * A clause of one of the seed's answers (周鸿祎, on how late Chinese teams started), searched for
 * as a reader would. (The clause used before was from the footer's article title, which only
 * the shuffle made part of a turn.)
 */
const QUERY = '起步晚的过了春节开始做';
/**
 * The same clause as a reader might misremember it (no turn holds it as typed): the query the
 * exact layer cannot answer alone, so it brings in Pagefind. Its cost is printed beside.
 */
const MISREMEMBERED = '起步晚了过了春节才开始做';

interface Figures {
  k: number;
  ingestS: number;
  /** The incremental ingest after one interview's data file changed. */
  reingestS: number;
  buildS: number;
  /** CPU seconds of the build (user + system, all its threads): steadier than the wall time on a busy machine. */
  buildCpuS: number;
  pagefindS: number;
  peakMiB: number;
  distMiB: number;
  firstQuery: FirstQuery;
  misremembered: FirstQuery;
}

/** mulberry32: a small seeded generator, so every run writes the same interviews. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Interview `i`: the seed's header, its exchanges in a shuffled order, its footer. */
function syntheticInterview(seedText: string, i: number): string {
  const lines = seedText.split('\n');
  // Speakers' labels recur; metadata keys (来源, 访谈人, 图片来源) occur once and stay in the header.
  const LABEL = /^([\p{Script=Han}A-Za-z]{2,4})[:：]/u;
  const counts = new Map<string, number>();
  for (const [, label] of lines.map((line) => LABEL.exec(line) ?? [])) if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  const turnAt = lines.flatMap((line, n) => ((counts.get(LABEL.exec(line)?.[1] ?? '') ?? 0) >= 3 ? [n] : []));
  const interviewer = lines.find((line) => /^访谈人[:：]/u.test(line))!.replace(/^访谈人[:：]/u, '');
  const first = turnAt[0]!;
  const last = turnAt.at(-1)!;
  const body = lines.slice(first, last + 1);
  // Shuffle whole exchanges (a question and what follows), keeping each turn whole.
  const blocks: string[][] = [];
  for (const line of body) {
    if (line.startsWith(`${interviewer}:`) || line.startsWith(`${interviewer}：`) || blocks.length === 0) blocks.push([line]);
    else blocks.at(-1)!.push(line);
  }
  const random = generator(i + 1);
  for (let n = blocks.length - 1; n > 0; n--) {
    const m = Math.floor(random() * (n + 1));
    [blocks[n], blocks[m]] = [blocks[m]!, blocks[n]!];
  }
  return [...lines.slice(0, first), ...blocks.flat(), ...lines.slice(last + 1)].join('\n');
}

function syntheticData(seedData: string, i: number): string {
  const day = String((i % 28) + 1).padStart(2, '0');
  return seedData
    .replace(/^title:.*$/m, `title: 合成样本 ${i}（synthetic）`)
    .replace(/^date:.*$/m, `date: 2023-05-${day}`)
    .replace(/^slug:.*$/m, '');
}

/** Runs `node args` in `cwd` under GNU time: wall and CPU seconds, peak resident memory (KiB) and stderr. */
function timed(cwd: string, args: string[]): { seconds: number; cpuSeconds: number; peakKiB: number; output: string } {
  const stats = join(cwd, '.time');
  const output = execFileSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', stats, process.execPath, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const [seconds, peak, user, system] = readFileSync(stats, 'utf8').trim().split(/\s+/).map(Number);
  return { seconds: seconds!, cpuSeconds: user! + system!, peakKiB: peak!, output };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/** What a cold search page downloaded for one query, and where its first result leads. */
interface FirstQuery {
  kib: number;
  /** KiB per kind of file (`FILE_KINDS`), with the number of files. */
  files: Map<string, { kib: number; count: number }>;
  /** `interview/turn-id` of the first result. */
  first: string;
  results: number;
}

/** Kinds of search file, by URL path: what grows is told apart from what stays. */
const FILE_KINDS: [string, RegExp][] = [
  ['Pagefind code', /\/pagefind\/[^/]+\/(?:pagefind[^/]*\.js|wasm\.[^/]*|pagefind-entry\.json)$/],
  ['Pagefind metadata', /\.pf_meta$/],
  ['Pagefind index', /\.pf_index$/],
  ['Pagefind fragments', /\.pf_fragment$/],
  ['Pagefind filters', /\.pf_filter$/],
  ['manifest', /\/search\/manifest\.json$/],
  ['name shards', /\/search\/names\//],
  ['index shards', /\/search\/grams\//],
  ['turn texts', /\/search\/turns\//],
  ['dictionary', /\/search\/(?:dictionary|chinese)\//],
];

/**
 * Bytes of search code and data a cold search page fetches for a query: everything under
 * pagefind/ and search/ from opening the page to showing the results. Counted from the start,
 * not from when the page is idle: the page may fetch the engine before the reader types, and
 * whether that lands before or after an idle point varies from run to run on a loaded machine.
 */
async function firstQuery(dist: string, query: string): Promise<FirstQuery> {
  const site = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    // Every body is awaited before summing: adding them as they arrive undercounted whatever
    // was still in flight when the results showed.
    const sizes: Promise<[string, number]>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (/\/(?:pagefind|search)\/[^?#]/.test(path)) sizes.push(response.body().then((body) => [path, body.length]));
    });
    await page.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
    await page.fill('#search-q', query);
    // The page marks the list `aria-busy="false"` once a search has shown its results, none included.
    await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false', null, {
      timeout: 120_000,
    });
    await page.waitForLoadState('networkidle');
    const results = page.locator('#search-results li');
    if ((await results.count()) === 0) throw new Error(`"${query}" found nothing`);
    const href = new URL((await results.first().locator('a').getAttribute('href'))!, site.url);
    const files = new Map<string, { kib: number; count: number }>();
    let kib = 0;
    for (const [path, bytes] of await Promise.all(sizes)) {
      const kind = FILE_KINDS.find(([, pattern]) => pattern.test(path))?.[0] ?? path;
      const sum = files.get(kind) ?? { kib: 0, count: 0 };
      files.set(kind, { kib: sum.kib + bytes / 1024, count: sum.count + 1 });
      kib += bytes / 1024;
    }
    return { kib, files, first: `${href.pathname.split('/')[1]}/${href.hash.slice(1)}`, results: await results.count() };
  } finally {
    await browser.close();
    await site.close();
  }
}

/**
 * The turns a first result may rightly be: those holding the clause as written. Every synthetic
 * interview holds the seed's turns (in another order, under the same ids), so at K interviews K
 * equal turns are right, one per interview: the bench cannot tell them apart, and neither can a
 * reader. A result elsewhere (another turn, a turn without the clause) fails the bench.
 */
function turnsHolding(scratch: string, clause: string): Set<string> {
  const generated = join(scratch, GENERATED_DIR);
  return new Set(
    readdirSync(generated)
      .filter((slug) => !slug.startsWith('.'))
      .flatMap((slug) => {
        const record = interviewSchema.parse(JSON.parse(readFileSync(join(generated, slug, 'interview.json'), 'utf8')));
        return record.turns.filter((t) => t.paragraphs.join('\n').includes(clause)).map((t) => `${slug}/${t.id}`);
      }),
  );
}

/** The first query's figures, failing when it did not land on a turn holding the clause. */
async function landedQuery(dist: string, query: string, right: Set<string>): Promise<FirstQuery> {
  const found = await firstQuery(dist, query);
  if (!right.has(found.first))
    throw new Error(`"${query}" landed on ${found.first}, not on a turn holding "${QUERY}" (${[...right].slice(0, 3).join(', ')} …)`);
  return found;
}

/** A scratch copy of the project whose sources are `k` synthetic interviews (the caller removes it). */
export function syntheticLibrary(root: string, k: number): string {
  const scratch = mkdtempSync(join(tmpdir(), `tanlu-scale-${k}-`));
  for (const path of COPIED) cpSync(join(root, path), join(scratch, path), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  mkdirSync(join(scratch, 'content/sources'), { recursive: true });
  const seedText = readFileSync(join(root, `content/sources/${SEED}.txt`), 'utf8');
  const seedData = readFileSync(join(root, `content/sources/${SEED}.yaml`), 'utf8');
  for (let i = 1; i <= k; i++) {
    const name = `synthetic-${String(i).padStart(4, '0')}`;
    writeFileSync(join(scratch, `content/sources/${name}.txt`), syntheticInterview(seedText, i));
    writeFileSync(join(scratch, `content/sources/${name}.yaml`), syntheticData(seedData, i));
  }
  return scratch;
}

async function measure(root: string, k: number): Promise<Figures> {
  const scratch = syntheticLibrary(root, k);
  try {
    const ingest = timed(scratch, ['scripts/ingest.ts']);
    // One interview edited (its title): the incremental ingest rebuilds only that one.
    const edited = join(scratch, 'content/sources/synthetic-0001.yaml');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: (.*)$/m, 'title: $1 修订'));
    const reingest = timed(scratch, ['scripts/ingest.ts']);
    if (!reingest.output.includes(`${k} interview${k === 1 ? '' : 's'}: 1 ingested`))
      throw new Error(`the incremental ingest re-ingested more than the one edited interview:\n${reingest.output}`);
    const build = timed(scratch, astroBuildArgs(scratch));
    const pagefindMs = [...build.output.matchAll(/Pagefind took (\d+) ms/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    const dist = join(scratch, 'dist');
    const right = turnsHolding(scratch, QUERY);
    return {
      k,
      ingestS: ingest.seconds,
      reingestS: reingest.seconds,
      buildS: build.seconds,
      buildCpuS: build.cpuSeconds,
      pagefindS: pagefindMs / 1000,
      peakMiB: Math.max(ingest.peakKiB, build.peakKiB) / 1024,
      distMiB: folderBytes(dist) / 1024 / 1024,
      firstQuery: await landedQuery(dist, QUERY, right),
      misremembered: await landedQuery(dist, MISREMEMBERED, right),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The sizes `--scale` asks for: `--scale` alone is 1, 10 and 100; `--scale=1,100` those given. */
export function scaleSizes(arg: string): number[] {
  if (arg === '--scale') return [1, 10, 100];
  const sizes = arg.slice('--scale='.length).split(',').map(Number);
  if (sizes.some((k) => !Number.isInteger(k) || k < 1)) {
    console.error(`bench: "${arg}" is not a list of interview counts: write it like --scale=1,100`);
    process.exit(1);
  }
  return sizes;
}

/** One query's files per kind, a line each, K by K. */
function printFiles(title: string, rows: readonly Figures[], of: (f: Figures) => FirstQuery): void {
  console.log(`\n${title} (KiB, files):`);
  console.log(`  ${'file kind'.padEnd(19)}${rows.map((f) => `K ${f.k}`.padStart(14)).join('')}`);
  const kinds = [...new Set(rows.flatMap((f) => [...of(f).files.keys()]))];
  const cell = (f: Figures, kind: string) => {
    const x = of(f).files.get(kind);
    return (x ? `${x.kib.toFixed(1)} (${x.count})` : '—').padStart(14);
  };
  for (const kind of kinds) console.log(`  ${kind.padEnd(19)}${rows.map((f) => cell(f, kind)).join('')}`);
  console.log(`  ${'total'.padEnd(19)}${rows.map((f) => of(f).kib.toFixed(1).padStart(14)).join('')}`);
  console.log(
    `  ${'first result'.padEnd(19)}${rows
      .map((f) =>
        of(f)
          .first.replace(/^synthetic-/, '')
          .padStart(14),
      )
      .join('')}`,
  );
  console.log(`  ${'results'.padEnd(19)}${rows.map((f) => String(of(f).results).padStart(14)).join('')}`);
}

export async function benchScale(root: string, ks: readonly number[] = [1, 10, 100]): Promise<void> {
  console.log('scale: K synthetic seed-shaped interviews (never committed), one scratch build each\n');
  console.log('    K  ingest s  1 changed s  build s  build CPU s  Pagefind s  peak MiB  dist MiB  first query KiB  misremembered KiB');
  const rows: Figures[] = [];
  for (const k of ks) {
    const f = await measure(root, k);
    rows.push(f);
    console.log(
      `${String(k).padStart(5)}  ${f.ingestS.toFixed(1).padStart(8)}  ${f.reingestS.toFixed(1).padStart(11)}  ${f.buildS.toFixed(1).padStart(7)}  ${f.buildCpuS.toFixed(1).padStart(11)}  ${f.pagefindS.toFixed(1).padStart(10)}  ${f.peakMiB.toFixed(0).padStart(8)}  ${f.distMiB.toFixed(1).padStart(8)}  ${f.firstQuery.kib.toFixed(0).padStart(15)}  ${f.misremembered.kib.toFixed(0).padStart(17)}`,
    );
  }
  printFiles(`first query "${QUERY}"`, rows, (f) => f.firstQuery);
  printFiles(`misremembered "${MISREMEMBERED}" (asks Pagefind)`, rows, (f) => f.misremembered);
  console.log('\n  (every first result is a turn holding the clause: at K interviews, one of K equal copies)');
  console.log(`\ngrowth from one K to the next:`);
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    const r = (x: number, y: number) => `${(y / x).toFixed(2)}×`;
    console.log(
      `  K ${a.k} → ${b.k}: ingest ${r(a.ingestS, b.ingestS)}, build ${r(a.buildS, b.buildS)} (CPU ${r(a.buildCpuS, b.buildCpuS)}), Pagefind ${r(a.pagefindS, b.pagefindS)}, peak memory ${r(a.peakMiB, b.peakMiB)}, dist ${r(a.distMiB, b.distMiB)}, first query ${r(a.firstQuery.kib, b.firstQuery.kib)}, misremembered ${r(a.misremembered.kib, b.misremembered.kib)}`,
    );
  }
}
