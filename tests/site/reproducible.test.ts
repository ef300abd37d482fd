/** Two builds of the same sources produce byte-identical sites: no timestamps or random ids leak into output. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, inject, test } from 'vitest';
import { astroBuild } from '../../scripts/lib/dev/astro-build.ts';

function files(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(entries.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]));
}

test('a second build of the same sources is byte-identical to the first', () => {
  const second = mkdtempSync(join(tmpdir(), 'tanlu-rebuild-'));
  try {
    astroBuild(second, inject('deployment'));
    const a = files(inject('siteDir'));
    const b = files(second);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
  } finally {
    rmSync(second, { recursive: true, force: true });
  }
}, 120_000);
