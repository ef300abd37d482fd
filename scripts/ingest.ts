/**
 * `npm run ingest`: transcripts under content/sources → themed MDX under content/generated.
 * A thin edge: read inputs, run the pure pipeline, write atomically, report.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OUT, parseOptions, SOURCES_DIR, UsageError, USAGE, type IngestOptions } from './lib/cli/options.ts';
import { IngestError, summariseWarnings } from './lib/errors.ts';
import { onFile } from './lib/fs-errors.ts';
import { explain } from './lib/explain.ts';
import { GLOSSARY_FILE, parseGlossary } from './lib/glossary.ts';
import { draftDataFile } from './lib/themes/draft.ts';
import { readInterview, siblingFiles, type ReadInterview } from './lib/read-interview.ts';
import {
  codeFingerprint,
  emptyManifest,
  fileHashes,
  interviewKey,
  MANIFEST_NAME,
  outputIntact,
  readInputs,
  readManifest,
  writeManifest,
  type CacheEntry,
  type InterviewInputs,
  type Manifest,
} from './lib/cli/ingest-cache.ts';
import { listInterviews, removeInterview, staleFiles, writeFileAtomically, writeInterviewAtomically } from './lib/write-output.ts';

/** The project whose code this is: its scripts/ and src/ are part of every cache key. */
const CODE_ROOT = fileURLToPath(new URL('../', import.meta.url));

async function main(argv: readonly string[]): Promise<number> {
  let options: IngestOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`ingest: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  const all = options.transcripts.length === 0;
  const transcripts = all ? await findTranscripts() : options.transcripts;
  if (transcripts.length === 0) {
    console.error(`ingest: no transcripts found in ${SOURCES_DIR}/ (add a .txt file there, or name one)`);
    return 1;
  }

  // Build everything before writing anything: one bad input leaves all output untouched.
  const glossaryText = existsSync(GLOSSARY_FILE)
    ? await onFile(GLOSSARY_FILE, 'cannot read the glossary', () => readFile(GLOSSARY_FILE, 'utf8'))
    : undefined;
  const glossary = glossaryText === undefined ? [] : parseGlossary(glossaryText, GLOSSARY_FILE);
  // The id lock lives beside the transcript and records what the site published: only the
  // site's own output updates it. With --out elsewhere it is only read, and nothing is
  // written beside the transcript.
  const locks = options.out === DEFAULT_OUT;
  // The cache (./lib/cli/ingest-cache.ts) belongs to the site's own output, as the locks do: a
  // run elsewhere (--out) is a one-off. It only ever skips work in a plain run. --check
  // compares against a full rebuild (it is the gate that catches a stale or hand-edited file,
  // so it trusts no cache); --explain and --suggest-themes need every interview built;
  // --full asks for it.
  const cached = locks && !options.check && !options.suggestThemes;
  const useCache = cached && !options.explain && !options.full;
  const { manifest, problem } = cached ? await readManifest(options.out) : { manifest: emptyManifest() };
  if (problem && useCache) console.warn(`ingest: ignoring the ingest cache: ${problem}; re-ingesting every transcript`);
  const code = cached ? await codeFingerprint(CODE_ROOT) : '';

  const built: Built[] = [];
  const unchanged: Unchanged[] = [];
  for (const file of transcripts) {
    const inputs = cached ? await readInputs(file, siblingFiles(file), glossaryText) : undefined;
    const entry = manifest.interviews[file];
    if (useCache && inputs && entry && entry.key === interviewKey(code, inputs) && (await outputIntact(options.out, entry))) {
      unchanged.push({ file, entry });
    } else {
      built.push({ interview: await readInterview(file, glossary), inputs });
    }
  }
  for (const { entry } of unchanged) for (const line of entry.warnings) console.warn(line);
  for (const { interview } of built) {
    for (const line of summariseWarnings(interview.warnings)) console.warn(line);
    if (options.explain) console.log(`${explain(interview)}\n`);
  }
  if (options.suggestThemes)
    return suggestThemes(
      built.map((b) => b.interview),
      options.suggestThemes,
    );
  const slugs = [
    ...built.map(({ interview }) => ({ slug: interview.slug, file: interview.transcript.file })),
    ...unchanged.map(({ file, entry }) => ({ slug: entry.slug, file })),
  ];
  const duplicate = slugs.find((b, i) => slugs.findIndex((o) => o.slug === b.slug) !== i);
  if (duplicate) {
    throw new IngestError(
      { file: duplicate.file },
      `two transcripts have the slug "${duplicate.slug}"`,
      'give one of them another file name or a `slug:` in its data file',
    );
  }

  const orphans = all
    ? (await onFile(options.out, 'cannot list the output folder', () => listInterviews(options.out))).filter(
        (slug) => !slugs.some((b) => b.slug === slug),
      )
    : [];
  if (options.check)
    return check(
      options.out,
      built.map((b) => b.interview),
      orphans,
      locks,
    );
  // Entries of transcripts no longer there go; with named transcripts, the others' stay.
  const kept = Object.entries(manifest.interviews).filter(([file]) => !all || transcripts.includes(file));
  const next: Manifest = { ...manifest, interviews: Object.fromEntries(kept) };
  const status = await write(options.out, built, orphans, locks, cached ? next : undefined, code);
  console.log(
    `${transcripts.length} interview${transcripts.length === 1 ? '' : 's'}: ${built.length} ingested, ${unchanged.length} unchanged${orphans.length > 0 ? `, ${orphans.length} removed` : ''}`,
  );
  return status;
}

/** An interview built in this run, with the inputs it was built from (to key it in the cache). */
interface Built {
  interview: ReadInterview;
  inputs: InterviewInputs | undefined;
}

/** An interview the cache says is up to date: nothing is built or written for it. */
interface Unchanged {
  file: string;
  entry: CacheEntry;
}

/** `--suggest-themes`: a draft data file per transcript, beside it (never over an existing one) or on stdout. */
async function suggestThemes(built: readonly ReadInterview[], to: 'beside' | 'stdout'): Promise<number> {
  const existing = new Map<string, string>();
  for (const { dataFile } of built)
    if (existsSync(dataFile)) existing.set(dataFile, await onFile(dataFile, 'cannot read the data file', () => readFile(dataFile, 'utf8')));
  if (to === 'beside') {
    const taken = built.find((b) => existing.has(b.dataFile));
    if (taken) {
      throw new IngestError(
        { file: taken.dataFile },
        'a data file is already there; --suggest-themes does not overwrite it',
        'print the draft instead with `--suggest-themes -` and copy what you want, or move the file away',
      );
    }
  }
  for (const interview of built) {
    const draft = draftDataFile(interview, existing.get(interview.dataFile));
    if (to === 'stdout') {
      process.stdout.write(draft);
    } else {
      await onFile(interview.dataFile, 'cannot write the draft data file', () => writeFileAtomically(interview.dataFile, draft));
      console.log(`${interview.slug}: ${interview.themes.length} draft themes → ${interview.dataFile}`);
    }
  }
  return 0;
}

async function findTranscripts(): Promise<string[]> {
  if (!existsSync(SOURCES_DIR)) return [];
  return (await onFile(SOURCES_DIR, 'cannot list the transcripts', () => readdir(SOURCES_DIR)))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(SOURCES_DIR, name));
}

async function write(
  out: string,
  built: readonly Built[],
  orphans: readonly string[],
  locks: boolean,
  /** The cache to update, when this run keeps one. */
  manifest: Manifest | undefined,
  code: string,
): Promise<number> {
  for (const { interview, inputs } of built) {
    const target = join(out, interview.slug);
    await onFile(target, 'cannot write the generated files', () => writeInterviewAtomically(out, interview.slug, interview.files));
    // After the pages that use them: the lock only ever names ids the output has.
    if (locks)
      await onFile(interview.lockFile, 'cannot write the id lock file', () => writeFileAtomically(interview.lockFile, interview.lockText));
    const sections = [...interview.files.keys()].filter((p) => p.startsWith('sections/')).length;
    const summary = `${interview.transcript.turns.length} turns, ${interview.exchanges.length} exchanges, ${sections} sections`;
    console.log(`${interview.slug}: ${summary} → ${join(out, interview.slug)}/`);
    // Keyed by the lock the next run will read: the one just written.
    if (manifest && inputs) {
      manifest.interviews[inputs.transcript] = {
        key: interviewKey(code, { ...inputs, lock: interview.lockText }),
        slug: interview.slug,
        files: fileHashes(interview.files),
        summary,
        warnings: summariseWarnings(interview.warnings),
      };
    }
  }
  for (const slug of orphans) {
    await onFile(join(out, slug), 'cannot remove the output of a deleted transcript', () => removeInterview(out, slug));
    console.log(`${slug}: its transcript is gone; removed ${join(out, slug)}/`);
  }
  // Last: a run killed before this line leaves a manifest that at worst misses work done.
  if (manifest) await onFile(join(out, MANIFEST_NAME), 'cannot write the ingest cache', () => writeManifest(out, manifest));
  return 0;
}

async function check(out: string, built: readonly ReadInterview[], orphans: readonly string[], locks: boolean): Promise<number> {
  let stale = 0;
  for (const interview of built) {
    if (locks && (!existsSync(interview.lockFile) || (await readFile(interview.lockFile, 'utf8')) !== interview.lockText)) {
      console.error(`stale: ${interview.lockFile}`);
      stale++;
    }
    for (const path of await onFile(join(out, interview.slug), 'cannot read the generated files', () =>
      staleFiles(out, interview.slug, interview.files),
    )) {
      console.error(`stale: ${join(out, interview.slug, path)}`);
      stale++;
    }
  }
  for (const slug of orphans) {
    console.error(`stale: ${join(out, slug)}/ has no transcript`);
    stale++;
  }
  if (stale > 0) {
    console.error(
      `ingest --check: ${stale} generated file(s) out of date with their sources; run \`npm run ingest\` and commit the result`,
    );
    return 1;
  }
  console.log(`ingest --check: generated content is up to date (${built.map((b) => b.slug).join(', ')})`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof IngestError) {
      console.error(error.format());
      process.exitCode = 1;
    } else {
      throw error;
    }
  },
);
