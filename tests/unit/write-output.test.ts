import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeFileAtomically, writeInterviewAtomically } from '../../scripts/lib/write-output.ts';

describe('writing output atomically', () => {
  test('replaces the interview folder with exactly the new files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tanlu-out-'));
    await writeInterviewAtomically(
      out,
      'talk',
      new Map([
        ['a.mdx', 'old'],
        ['gone.mdx', 'x'],
      ]),
    );
    await writeInterviewAtomically(out, 'talk', new Map([['a.mdx', 'new']]));
    expect(readFileSync(join(out, 'talk/a.mdx'), 'utf8')).toBe('new');
    expect(existsSync(join(out, 'talk/gone.mdx'))).toBe(false);
  });

  test('after a kill between the two renames, the next run restores the old output before going on', async () => {
    const out = mkdtempSync(join(tmpdir(), 'tanlu-out-'));
    await writeInterviewAtomically(out, 'talk', new Map([['a.mdx', 'old']]));
    // Simulate the state a kill leaves: the old folder moved aside, the new one not yet in place.
    renameSync(join(out, 'talk'), join(out, '.old-talk-4242'));
    mkdirSync(join(out, '.tmp-talk-4242'));
    writeFileSync(join(out, '.tmp-talk-4242/a.mdx'), 'half');
    await writeInterviewAtomically(out, 'other', new Map([['b.mdx', 'b']]));
    expect(readFileSync(join(out, 'talk/a.mdx'), 'utf8')).toBe('old');
    expect(existsSync(join(out, '.tmp-talk-4242'))).toBe(false);
    expect(existsSync(join(out, '.old-talk-4242'))).toBe(false);
  });

  test('a single file’s scratch copy left by a killed run is cleared by the next write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tanlu-out-'));
    writeFileSync(join(dir, 'talk.ids.yaml.tmp-4242'), 'half');
    await writeFileAtomically(join(dir, 'talk.ids.yaml'), 'ids');
    expect(readdirSync(dir)).toEqual(['talk.ids.yaml']);
  });
});
