/**
 * The incremental ingest, run as an editor runs it (`node scripts/ingest.ts` in a project copy,
 * so the id lock files are written too): only what changed is re-ingested, and the result is
 * byte for byte what a full run makes.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { copyProject, type ProjectCopy } from '../../scripts/lib/dev/project-copy.ts';
import { FIXTURES } from '../support/paths.ts';

/** Three real excerpts, two languages (tests/fixtures/transcripts/real/, sources named there). */
const NAMES = ['go-time-panel', 'haiwai-lianghui-qa', 'nfpeople-editors-qa'];
const fixture = (name: string) => readFileSync(join(FIXTURES, 'transcripts/real', `${name}.txt`));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function ingest(root: string, ...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/ingest.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every file under the project's content/ (generated output, id locks, the manifest), path → bytes. */
function content(root: string): Map<string, string> {
  const dir = join(root, 'content');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files.map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name)).toString('base64')]),
  );
}

/** The copy's state, copied to a second folder (node_modules linked the same way, code copied). */
function twin(root: string): string {
  const other = mkdtempSync(join(tmpdir(), 'tanlu-twin-'));
  cpSync(root, other, { recursive: true, verbatimSymlinks: true });
  return other;
}

const generated = (root: string, slug: string) => join(root, 'content/generated', slug);

/** One project ingested once; each test works on its own copy of it. */
let base: ProjectCopy;
let root: string;
const twins: string[] = [];
beforeAll(async () => {
  base = copyProject();
  for (const name of NAMES) base.addSource(`${name}.txt`, fixture(name));
  const first = await ingest(base.root);
  expect(first.code, first.stderr).toBe(0);
  expect(first.stdout).toContain('3 interviews: 3 ingested, 0 unchanged');
}, 120_000);
beforeEach(() => {
  root = twin(base.root);
  twins.push(root);
});
afterEach(() => {
  for (const dir of twins.splice(0)) rmSync(dir, { recursive: true, force: true });
});
afterAll(() => base?.remove());

describe('incremental ingest', () => {
  test('a second run with nothing changed ingests nothing and leaves every byte', async () => {
    const before = content(root);
    const run = await ingest(root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 interviews: 0 ingested, 3 unchanged');
    expect(content(root)).toEqual(before);
  });

  test('changing one transcript of three re-ingests only it, and the output equals a full run byte for byte', async () => {
    const changed = join(root, 'content/sources/haiwai-lianghui-qa.txt');
    appendFileSync(changed, '\n问：最后一个问题，还有什么补充？\n答：没有了，谢谢。\n');
    const full = twin(root);
    twins.push(full);

    const run = await ingest(root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('3 interviews: 1 ingested, 2 unchanged');
    expect(run.stdout).toMatch(/^haiwai-lianghui-qa: /m);
    expect(run.stdout).not.toMatch(/^(go-time-panel|nfpeople-editors-qa): /m);
    expect(readFileSync(join(generated(root, 'haiwai-lianghui-qa'), 'transcript.mdx'), 'utf8')).toContain('没有了，谢谢。');

    const fullRun = await ingest(full, '--full');
    expect(fullRun.stdout).toContain('3 interviews: 3 ingested, 0 unchanged');
    expect(content(root)).toEqual(content(full));
    expect((await ingest(root, '--check')).code).toBe(0);
  });

  test('a changed data file re-ingests its interview', async () => {
    writeFileSync(join(root, 'content/sources/go-time-panel.yaml'), 'date: 2020-05-01\n');
    const run = await ingest(root);
    expect(run.stdout).toContain('3 interviews: 1 ingested, 2 unchanged');
    expect(readFileSync(join(generated(root, 'go-time-panel'), 'interview.json'), 'utf8')).toContain('2020-05-01');
  });

  test('a hand-edited or deleted generated file is rebuilt, not trusted', async () => {
    const before = content(root);
    const transcript = join(generated(root, 'nfpeople-editors-qa'), 'transcript.mdx');
    appendFileSync(transcript, '\nedited by hand\n');
    rmSync(join(generated(root, 'go-time-panel'), 'interview.json'));
    const run = await ingest(root);
    expect(run.stdout).toContain('3 interviews: 2 ingested, 1 unchanged');
    expect(content(root)).toEqual(before);
  });

  test('a changed glossary or changed code re-ingests everything', async () => {
    writeFileSync(join(root, 'content/glossary.yaml'), `${readFileSync(join(root, 'content/glossary.yaml'), 'utf8')}\n`);
    expect((await ingest(root)).stdout).toContain('3 interviews: 3 ingested, 0 unchanged');
    appendFileSync(join(root, 'scripts/lib/model.ts'), '\n// a change to the ingest code\n');
    expect((await ingest(root)).stdout).toContain('3 interviews: 3 ingested, 0 unchanged');
  });

  test('deleting a source removes its output and its cache entry', async () => {
    rmSync(join(root, 'content/sources/go-time-panel.txt'));
    const run = await ingest(root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 interviews: 0 ingested, 2 unchanged, 1 removed');
    expect(existsSync(generated(root, 'go-time-panel'))).toBe(false);
    const manifest = readFileSync(join(root, 'content/generated/.ingest-manifest.json'), 'utf8');
    expect(manifest).not.toContain('go-time-panel');
    expect((await ingest(root, '--check')).code).toBe(0);
  });

  test.each([
    ['not JSON', '{"format": 1, "interviews": {'],
    ['the wrong shape', '{"format": 1, "interviews": {"content/sources/go-time-panel.txt": {"key": 3}}}'],
    ['an older format', '{"format": 0, "interviews": {}}'],
  ])('a manifest that is %s means a full run with a warning, not a crash', async (_, text) => {
    const before = content(root);
    const manifest = join(root, 'content/generated/.ingest-manifest.json');
    writeFileSync(manifest, text);
    const run = await ingest(root);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('ignoring the ingest cache');
    expect(run.stdout).toContain('3 interviews: 3 ingested, 0 unchanged');
    expect(content(root)).toEqual(before);
  });

  test('--check trusts no cache: a stale file is found even when the manifest vouches for it', async () => {
    const section = join(generated(root, 'nfpeople-editors-qa'), 'transcript.mdx');
    appendFileSync(section, '\nedited by hand\n');
    // A manifest claiming the edited file is what the ingest wrote.
    const path = join(root, 'content/generated/.ingest-manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    manifest.interviews['content/sources/nfpeople-editors-qa.txt'].files['transcript.mdx'] = createHash('sha256')
      .update(readFileSync(section))
      .digest('hex');
    writeFileSync(path, JSON.stringify(manifest));
    const run = await ingest(root, '--check');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nfpeople-editors-qa/transcript.mdx');
  });

  test('each interview’s output is the same ingested alone as beside the others', async () => {
    for (const name of NAMES) {
      const alone = twin(root);
      twins.push(alone);
      for (const other of NAMES.filter((n) => n !== name)) rmSync(join(alone, 'content/sources', `${other}.txt`));
      rmSync(join(alone, 'content/generated'), { recursive: true });
      await ingest(alone);
      const all = content(root);
      for (const [path, bytes] of content(alone)) if (path.includes(name)) expect(bytes, path).toBe(all.get(path));
    }
  });
});
