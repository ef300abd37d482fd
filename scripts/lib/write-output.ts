/**
 * Writes an interview's generated files so that readers of the output folder only ever see
 * the old complete set or the new complete set: the files go to a scratch folder, which
 * replaces the old folder by rename. A failure or a kill before the swap leaves the old
 * output as it was; the scratch folder is cleared on the next run.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TMP_PREFIX = '.tmp-';
const OLD_PREFIX = '.old-';
/** A scratch copy of a single file: `<file>.tmp-<pid>`. */
const TMP_SUFFIX = '.tmp-';

/** Replaces `outDir/slug` with exactly `files`. */
export async function writeInterviewAtomically(outDir: string, slug: string, files: ReadonlyMap<string, string>): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await recoverInterruptedSwaps(outDir);
  const target = join(outDir, slug);
  const scratch = join(outDir, `${TMP_PREFIX}${slug}-${process.pid}`);
  const old = join(outDir, `${OLD_PREFIX}${slug}-${process.pid}`);
  await rm(scratch, { recursive: true, force: true });
  for (const [path, content] of files) {
    await mkdir(dirname(join(scratch, path)), { recursive: true });
    await writeFile(join(scratch, path), content);
  }
  const hadOutput = existsSync(target);
  if (hadOutput) await rename(target, old);
  await rename(scratch, target);
  if (hadOutput) await rm(old, { recursive: true, force: true });
}

/**
 * Replaces one file by rename, so it is never seen half-written; unchanged content is not
 * rewritten. Scratch copies a killed run left beside it (`<file>.tmp-<pid>`) are removed.
 */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  const prefix = `${basename(path)}${TMP_SUFFIX}`;
  for (const entry of await readdir(dirname(path))) {
    if (entry.startsWith(prefix) && /^\d+$/u.test(entry.slice(prefix.length))) await rm(join(dirname(path), entry), { force: true });
  }
  if (existsSync(path) && (await readFile(path, 'utf8')) === content) return;
  const scratch = `${path}${TMP_SUFFIX}${process.pid}`;
  await writeFile(scratch, content);
  await rename(scratch, path);
}

/** Removes `outDir/slug` for an interview whose source is gone. */
export async function removeInterview(outDir: string, slug: string): Promise<void> {
  await rm(join(outDir, slug), { recursive: true, force: true });
}

/** Names of the interview folders in `outDir`. */
export async function listInterviews(outDir: string): Promise<string[]> {
  if (!existsSync(outDir)) return [];
  const entries = await readdir(outDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

/** Paths (relative) of the files that differ between `files` and what `outDir/slug` holds. */
export async function staleFiles(outDir: string, slug: string, files: ReadonlyMap<string, string>): Promise<string[]> {
  const dir = join(outDir, slug);
  const onDisk = existsSync(dir) ? await listFiles(dir) : [];
  const stale = new Set(onDisk.filter((path) => !files.has(path)));
  for (const [path, content] of files) {
    const current = onDisk.includes(path) ? await readFile(join(dir, path), 'utf8') : undefined;
    if (current !== content) stale.add(path);
  }
  return [...stale].sort();
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** After a kill between the two renames the old folder is restored; scratch folders are dropped. */
async function recoverInterruptedSwaps(outDir: string): Promise<void> {
  for (const entry of await readdir(outDir)) {
    if (entry.startsWith(TMP_PREFIX)) await rm(join(outDir, entry), { recursive: true, force: true });
    if (entry.startsWith(OLD_PREFIX)) {
      const slug = entry.slice(OLD_PREFIX.length).replace(/-\d+$/, '');
      if (existsSync(join(outDir, slug))) await rm(join(outDir, entry), { recursive: true, force: true });
      else await rename(join(outDir, entry), join(outDir, slug));
    }
  }
}
