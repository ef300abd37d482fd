/**
 * Vitest global setup for the built-site and browser suites: checks that the committed
 * generated content is current with its sources, builds the site (Pagefind included) into
 * a scratch folder, and serves it. The working tree's dist/ is left alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from './paths.ts';
import { serveSite } from '../../scripts/lib/dev/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the built site. */
    siteDir: string;
    /** Base URL of the served site, without a trailing slash. */
    siteUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const scratch = mkdtempSync(join(tmpdir(), 'tanlu-site-'));
  const siteDir = join(scratch, 'dist');
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    run(['scripts/ingest.ts', '--check']);
  } catch {
    throw new Error('content/generated is out of date with content/sources: run `npm run ingest` and commit the result');
  }
  run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', siteDir]);
  const served = await serveSite(ROOT, siteDir);
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', served.url);
  return async () => {
    await served.close();
    rmSync(scratch, { recursive: true, force: true });
  };
}
