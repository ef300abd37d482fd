/**
 * Vitest global setup for the built-site and browser suites: ingests the sources into a
 * scratch folder, builds the site from it (Pagefind included), and serves it. The working
 * tree's content/generated and dist/ are left alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from './paths.ts';
import { serveSite } from './serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the built site. */
    siteDir: string;
    /** Folder of the generated content it was built from. */
    generatedDir: string;
    /** Base URL of the served site, without a trailing slash. */
    siteUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const scratch = mkdtempSync(join(tmpdir(), 'tanlu-site-'));
  const generatedDir = join(scratch, 'generated');
  const siteDir = join(scratch, 'dist');
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    execFileSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  run(['scripts/ingest.ts', '--out', generatedDir]);
  run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', siteDir], { TANLU_GENERATED: generatedDir });
  const served = await serveSite(ROOT, siteDir);
  project.provide('siteDir', siteDir);
  project.provide('generatedDir', generatedDir);
  project.provide('siteUrl', served.url);
  return async () => {
    await served.close();
    rmSync(scratch, { recursive: true, force: true });
  };
}
