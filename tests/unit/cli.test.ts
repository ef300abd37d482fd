/** The ingest as an editor runs it: `node scripts/ingest.ts …`, its exit codes and its output. */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, test } from 'vitest';
import { ROOT, SEED, SEED_DATA, SEED_IDS } from '../support/paths.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function ingest(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/ingest.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every file under a folder, path → content, to compare folders byte for byte. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}

let work: string;
let out: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'tanlu-cli-'));
  out = join(work, 'out');
});

describe('npm run ingest', () => {
  test('--help documents the command and exits 0', async () => {
    const run = await ingest('--help');
    expect(run.code).toBe(0);
    for (const option of ['--out', '--check', '--explain', 'TRANSCRIPT']) expect(run.stdout).toContain(option);
  });

  test.each([['--frobnicate'], ['notes.docx']])('bad usage (%s) exits 2 with the usage', async (arg) => {
    const run = await ingest(arg);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: npm run ingest');
  });

  test('writes the seed exactly as the committed generated content', async () => {
    const run = await ingest(SEED, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('46 turns, 23 exchanges');
    expect(snapshot(join(out, 'zhou-hongyi-2023-05-31'))).toEqual(snapshot(join(ROOT, 'content/generated/zhou-hongyi-2023-05-31')));
  });

  test('--check passes on current output and fails, naming the file, on stale output', async () => {
    await ingest(SEED, '--out', out);
    expect((await ingest(SEED, '--out', out, '--check')).code).toBe(0);
    const section = join(out, 'zhou-hongyi-2023-05-31/sections/open-source.mdx');
    writeFileSync(section, `${readFileSync(section, 'utf8')}\nedited by hand\n`);
    const run = await ingest(SEED, '--out', out, '--check');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('stale: ');
    expect(run.stderr).toContain('sections/open-source.mdx');
    expect(readFileSync(section, 'utf8')).toContain('edited by hand');
  });

  test('bad input exits 1 with file:line and a fix, and leaves the previous output byte-identical', async () => {
    const transcript = join(work, 'talk.txt');
    writeFileSync(transcript, '访谈人:甲\n受访人:乙\n甲:第一个问题?\n乙:回答。\n');
    expect((await ingest(transcript, '--out', out)).code).toBe(0);
    const before = snapshot(out);
    writeFileSync(transcript, '来源:\n某次活动\n访谈人:甲\n受访人:乙\n');
    const run = await ingest(transcript, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${transcript}:4: error: no speaker turns found`));
    expect(run.stderr).toContain('how to fix:');
    expect(snapshot(out)).toEqual(before);
  });

  test('a data file that fails its schema exits 1 naming its line; nothing is written', async () => {
    const transcript = join(work, 'talk.txt');
    writeFileSync(transcript, '访谈人:甲\n受访人:乙\n甲:问题?\n乙:回答。\n');
    writeFileSync(join(work, 'talk.yaml'), 'title: 测试\nthemes:\n  - slug: Bad Slug\n    title: 坏\n');
    const run = await ingest(transcript, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(work, 'talk.yaml')}:3: error: themes[0].slug`);
    expect(() => readdirSync(out)).toThrow();
  });

  test('a transcript without a data file ingests with automatic themes, with a warning', async () => {
    const transcript = join(work, 'talk-2024-02-03.txt');
    writeFileSync(transcript, '\ufeff访谈人:甲\r\n受访人:乙\r\n甲:问题?\r\n乙:回答。\r\n');
    const run = await ingest(transcript, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: no themes for "talk-2024-02-03"');
    // One exchange, one automatic theme, named from its own words (问题与回答).
    expect(readdirSync(join(out, 'talk-2024-02-03/sections'))).toEqual(['wen-ti-hui-da.mdx']);
    expect(JSON.parse(readFileSync(join(out, 'talk-2024-02-03/interview.json'), 'utf8'))).toMatchObject({
      date: '2024-02-03',
      turnCount: 2,
    });
  });

  test('--explain shows each exchange with its theme, evidence and runner-up', async () => {
    const run = await ingest(SEED, '--out', out, '--explain');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/#3 {2}line 11 {2}t-[0-9a-z]+ {2}“那是你的Token/);
    expect(run.stdout).toMatch(/→ china-us-gap {2}\(keyword evidence\)\n {6}evidence: 差距×\d+/);
    expect(run.stdout).toMatch(/runner-up: nvidia-compute/);
    expect(run.stdout).toContain('(pinned by the editor)');
  });

  test('--explain without a data file lists the automatic themes and each exchange’s deciding words', async () => {
    const transcript = join(work, 'talk.txt');
    cpSync(SEED, transcript);
    const run = await ingest(transcript, '--out', out, '--explain');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('automatic themes (no themes in a data file');
    expect(run.stdout).toMatch(/→ [a-z0-9-]+ {2}\(automatic theme\)\n {6}deciding words: \S+/);
    // The exchange about open-source trends is decided by 开源 among its words.
    expect(run.stdout).toMatch(/“您觉得现在开源的趋势怎么样[^\n]*\n[^\n]*\n {6}deciding words: [^\n]*开源/);
  });

  test('--suggest-themes drafts a data file beside the transcript, never over one, and the draft rebuilds the same site', async () => {
    const transcript = join(work, 'talk.txt');
    cpSync(SEED, transcript);
    expect((await ingest(transcript, '--out', join(work, 'auto'))).code).toBe(0);
    const drafted = await ingest(transcript, '--suggest-themes');
    expect(drafted.code).toBe(0);
    const draft = readFileSync(join(work, 'talk.yaml'), 'utf8');
    expect(draft).toMatch(/^themes:\n {2}# exchanges \d/m);
    expect(readdirSync(work).sort()).toEqual(['auto', 'talk.txt', 'talk.yaml']);

    const again = await ingest(transcript, '--suggest-themes');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${join(work, 'talk.yaml')}: error: a data file is already there`);
    expect(readFileSync(join(work, 'talk.yaml'), 'utf8')).toBe(draft);

    const printed = await ingest(transcript, '--suggest-themes', '-');
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(draft);

    expect((await ingest(transcript, '--out', join(work, 'curated'))).code).toBe(0);
    expect(snapshot(join(work, 'curated'))).toEqual(snapshot(join(work, 'auto')));
  });

  test('"-" is only a target for --suggest-themes: alone it is bad usage (exit 2)', async () => {
    const run = await ingest(SEED, '-');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('only goes with --suggest-themes');
  });

  test('the seed saved with a BOM and CRLF line ends builds byte-identical output', async () => {
    const copy = join(work, 'zhou-hongyi-2023-05-31.txt');
    writeFileSync(copy, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(readFileSync(SEED, 'utf8').replace(/\n/g, '\r\n'))]));
    cpSync(SEED_DATA, join(work, 'zhou-hongyi-2023-05-31.yaml'));
    cpSync(SEED_IDS, join(work, 'zhou-hongyi-2023-05-31.ids.yaml'));
    expect((await ingest(copy, '--out', out)).code).toBe(0);
    const generated = snapshot(join(out, 'zhou-hongyi-2023-05-31'));
    const committed = snapshot(join(ROOT, 'content/generated/zhou-hongyi-2023-05-31'));
    // interview.json names no file paths, so everything must match byte for byte.
    expect(generated).toEqual(committed);
  });

  test('two transcripts are ingested side by side, each into its own folder', async () => {
    // An interview's sources: transcript, data file and id lock, side by side.
    for (const [from, name] of [
      [SEED, 'txt'],
      [SEED_DATA, 'yaml'],
      [SEED_IDS, 'ids.yaml'],
    ] as const)
      cpSync(from, join(work, `zhou-hongyi-2023-05-31.${name}`));
    writeFileSync(join(work, 'other.txt'), 'Host: Welcome to the show?\nGuest: Thanks.\n');
    const run = await ingest(join(work, 'zhou-hongyi-2023-05-31.txt'), join(work, 'other.txt'), '--out', out);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['other', 'zhou-hongyi-2023-05-31']);
    // Adding an interview changes nothing of the first: same files, same ids, same URLs.
    expect(snapshot(join(out, 'zhou-hongyi-2023-05-31'))).toEqual(snapshot(join(ROOT, 'content/generated/zhou-hongyi-2023-05-31')));
  });

  test.each([
    [
      'a folder named like a transcript',
      (w: string) => (mkdirSync(join(w, 'x.txt')), [join(w, 'x.txt')]),
      'x.txt: error: cannot read the transcript: is a folder',
    ],
    [
      'a pipe named like a transcript',
      (w: string) => (execFileSync('mkfifo', [join(w, 'pipe.txt')]), [join(w, 'pipe.txt'), '--out', join(w, 'out')]),
      'pipe.txt: error: cannot read the transcript: not a file (a pipe, socket or device)',
    ],
    [
      '--out under a file',
      (w: string) => (
        writeFileSync(join(w, 'file'), ''),
        writeFileSync(join(w, 't.txt'), '甲:问?\n乙:答。\n'),
        [join(w, 't.txt'), '--out', join(w, 'file/out')]
      ),
      'error: cannot write the generated files',
    ],
  ])('a file-system failure (%s) exits 1 with the file, what and a fix, never a stack trace', async (_, setUp, message) => {
    const run = await ingest(...setUp(work));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('how to fix:');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  test('scratch folders a killed run left in the output are cleared by the next run', async () => {
    writeFileSync(join(work, 'talk.txt'), '甲:问?\n乙:答。\n');
    // A run killed while writing leaves its scratch copy (`.tmp-<slug>-<pid>`) beside the output.
    mkdirSync(join(out, '.tmp-talk-99999/sections'), { recursive: true });
    writeFileSync(join(out, '.tmp-talk-99999/sections/half.mdx'), 'half written');
    expect((await ingest(join(work, 'talk.txt'), '--out', out)).code).toBe(0);
    expect(readdirSync(out)).toEqual(['talk']);
  });

  test('--explain says which evidence decided each speaker’s role', async () => {
    const panel = join(ROOT, 'tests/fixtures/transcripts/real/honeybadger-closing-panel.txt');
    const run = await ingest(panel, SEED, '--out', out, '--explain');
    expect(run.code).toBe(0);
    // Declared in the header.
    expect(run.stdout).toContain('骆轶航  interviewer  23 turns\n      role: declared in the header (访谈人)');
    // No declaration: who asks, and how much, decides; the others answer the one who asks.
    expect(run.stdout).toMatch(
      /Roman Snitko {2}interviewer[^\n]*\n {6}role: asks: 83 % of turns end in a question, at least twice anyone else's 0 %/,
    );
    expect(run.stdout).toMatch(/Alex Petrov {2}interviewee[^\n]*\n {6}role: answers Roman Snitko \(0 of 2 turns end in a question/);
  });

  test('with --out nothing is written beside the transcript (its id lock is only read)', async () => {
    writeFileSync(join(work, 'talk.txt'), '甲:问?\n乙:答。\n');
    expect((await ingest(join(work, 'talk.txt'), '--out', out)).code).toBe(0);
    expect(readdirSync(work).sort()).toEqual(['out', 'talk.txt']);
    expect((await ingest(join(work, 'talk.txt'), '--out', out, '--check')).code).toBe(0);
  });

  test('--out= is refused naming the option', async () => {
    const run = await ingest(SEED, '--out=');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out needs a folder');
  });

  test('warnings that repeat are summarised with a count', async () => {
    writeFileSync(join(work, 'talk.txt'), `访谈人:甲\n受访人:乙\n${'甲:对吗?\n乙:对。\n'.repeat(50)}`);
    const run = await ingest(join(work, 'talk.txt'), '--out', out);
    expect(run.code).toBe(0);
    expect(run.stderr.match(/turn repeats line \d+/g)).toHaveLength(3);
    expect(run.stderr).toContain('… and 95 more like this');
  });

  test('file names are not URLs: a clean slug from any name, reserved names refused', async () => {
    writeFileSync(join(work, '中文访谈.txt'), '甲:问?\n乙:答。\n');
    writeFileSync(join(work, 'a b.txt'), '甲:问?\n乙:答。\n');
    expect((await ingest(join(work, '中文访谈.txt'), join(work, 'a b.txt'), '--out', out)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a-b', 'zhong-wen-fang-tan']);
    writeFileSync(join(work, 'search.txt'), '甲:问?\n乙:答。\n');
    const run = await ingest(join(work, 'search.txt'), '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('search.txt: error: the file name "search.txt" would give the interview the address /search/');
  });
});
