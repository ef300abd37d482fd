/**
 * The incremental ingest's memory: a small manifest beside the site's generated output
 * (`content/generated/.ingest-manifest.json`, never committed) recording, per transcript, a hash of every
 * input its output depends on and a hash of every file it wrote. A transcript is skipped only
 * when both still hold: its inputs hash the same and its output folder holds exactly the files
 * recorded, so a hand-edited or deleted generated file is rebuilt, never trusted.
 *
 * What one interview's output depends on: its transcript's bytes and path (the slug and the
 * messages come from the file name), its data file, its id lock file, the glossary, and the
 * code that turns them into files — scripts/ and src/ as a whole, the installed packages
 * (the lock files) and the Node version. Nothing of another interview: the pipeline is a pure
 * function of these (the tokenizer keeps one interview's names out of the shared jieba), and
 * what spans interviews — the library home, person pages, shared themes, search tables — is
 * drawn by the site at build time from all the records. Only the duplicate-slug check and
 * the removal of orphaned folders span the run, and both read every slug, cached or not.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../write-output.ts';

/** The manifest's file name inside the output folder (a dot file: never an interview folder). */
export const MANIFEST_NAME = '.ingest-manifest.json';
/** Raised when the manifest's shape or the meaning of its keys changes: an older manifest is then ignored. */
const FORMAT = 1;

const entrySchema = z.strictObject({
  /** Hash of every input of this interview's output (see `interviewKey`). */
  key: z.string().regex(/^[0-9a-f]{64}$/),
  /** The interview's output folder under the output folder. */
  slug: z.string().min(1),
  /** Path in the output folder → sha256 of the content written there. */
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
  /** The line the ingest printed for it (turns, exchanges, sections). */
  summary: z.string(),
  /** Its warnings as printed, shown again when it is skipped so an editor never loses them. */
  warnings: z.array(z.string()),
});

const manifestSchema = z.strictObject({
  format: z.literal(FORMAT),
  /** Transcript path (as the ingest was given it) → what its last ingest wrote. */
  interviews: z.record(z.string(), entrySchema),
});

export type CacheEntry = z.output<typeof entrySchema>;
export type Manifest = z.output<typeof manifestSchema>;

export const emptyManifest = (): Manifest => ({ format: FORMAT, interviews: {} });

export const sha256 = (content: string | Uint8Array): string => createHash('sha256').update(content).digest('hex');

/** Hashes parts so that no two different lists of parts hash alike (each part is length-prefixed). */
function hashParts(parts: readonly (string | Uint8Array | undefined)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    if (part === undefined) hash.update('absent;');
    else {
      const bytes = typeof part === 'string' ? Buffer.from(part) : part;
      hash.update(`${bytes.length}:`).update(bytes).update(';');
    }
  }
  return hash.digest('hex');
}

/** Every file under `dir`, relative paths sorted (none when it does not exist). */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/**
 * The code's part of every key: each file under the project's `scripts/` and `src/` (the ingest
 * imports from both), the package lock files (which versions of jieba, stemmer, … are installed)
 * and the Node version. Any change there re-ingests everything: coarser than the import graph,
 * but it cannot miss a module.
 */
export async function codeFingerprint(root: string): Promise<string> {
  const parts: (string | Uint8Array | undefined)[] = [`format ${FORMAT}`, process.version];
  for (const folder of ['scripts', 'src']) {
    for (const path of await filesUnder(join(root, folder))) parts.push(`${folder}/${path}`, await readFile(join(root, folder, path)));
  }
  for (const lock of ['package-lock.json', 'node_modules/.package-lock.json']) {
    const path = join(root, lock);
    parts.push(lock, existsSync(path) ? await readFile(path) : undefined);
  }
  return hashParts(parts);
}

/** The inputs of one interview's output, as bytes (undefined: the file does not exist). */
export interface InterviewInputs {
  transcript: string;
  transcriptBytes: Uint8Array;
  data: Uint8Array | undefined;
  /** The id lock file the next run will read. */
  lock: Uint8Array | string | undefined;
  /** The glossary's text (site-wide). */
  glossary: string | undefined;
}

/** One hash of everything an interview's output depends on. */
export const interviewKey = (code: string, inputs: InterviewInputs): string =>
  hashParts([code, inputs.transcript, inputs.transcriptBytes, inputs.data, inputs.lock, inputs.glossary]);

/** Reads the manifest; a missing one is empty, and an unreadable one is empty with the reason (a full run follows). */
export async function readManifest(outDir: string): Promise<{ manifest: Manifest; problem?: string }> {
  const path = join(outDir, MANIFEST_NAME);
  if (!existsSync(path)) return { manifest: emptyManifest() };
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (cause) {
    return { manifest: emptyManifest(), problem: `${path} is not readable JSON (${(cause as Error).message.split('\n')[0]})` };
  }
  const result = manifestSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return {
      manifest: emptyManifest(),
      problem: `${path} is not a manifest this ingest wrote (${issue.path.join('.')}: ${issue.message})`,
    };
  }
  return { manifest: result.data };
}

export async function writeManifest(outDir: string, manifest: Manifest): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(manifest.interviews).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeFileAtomically(join(outDir, MANIFEST_NAME), `${JSON.stringify({ format: FORMAT, interviews: sorted }, null, 2)}\n`);
}

/** The hashes to record for files about to be written. */
export const fileHashes = (files: ReadonlyMap<string, string>): Record<string, string> =>
  Object.fromEntries([...files].map(([path, content]) => [path, sha256(content)]).sort(([a], [b]) => (a! < b! ? -1 : 1)));

/** Whether `outDir/slug` holds exactly the files the entry recorded, byte for byte. */
export async function outputIntact(outDir: string, entry: CacheEntry): Promise<boolean> {
  const onDisk = await filesUnder(join(outDir, entry.slug));
  const recorded = Object.keys(entry.files).sort();
  if (onDisk.length !== recorded.length || onDisk.some((path, i) => path !== recorded[i])) return false;
  for (const path of onDisk) if (sha256(await readFile(join(outDir, entry.slug, path))) !== entry.files[path]) return false;
  return true;
}

/**
 * Reads what an interview's key is made of, before it is built. Undefined when the transcript
 * cannot be read: then it is simply not cached, and the ingest reports the problem properly.
 */
export async function readInputs(
  transcript: string,
  siblings: { dataFile: string; lockFile: string },
  glossary: string | undefined,
): Promise<InterviewInputs | undefined> {
  const optional = async (path: string) => (existsSync(path) ? await readFile(path) : undefined);
  try {
    return {
      transcript,
      transcriptBytes: await readFile(transcript),
      data: await optional(siblings.dataFile),
      lock: await optional(siblings.lockFile),
      glossary,
    };
  } catch {
    return undefined;
  }
}
