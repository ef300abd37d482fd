/**
 * Vitest global setup for the built-site and browser suites: checks that the committed
 * generated content is current with its sources, builds the site (Pagefind included) into
 * a scratch folder, and serves it. The working tree's dist/ is left alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, type Deployment } from '../../scripts/lib/dev/astro-build.ts';
import { ROOT } from './paths.ts';
import { serveSite } from '../../scripts/lib/dev/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the built site. */
    siteDir: string;
    /** Base URL of the served site, without a trailing slash. */
    siteUrl: string;
    /** What the site was built for: its own served address as TANLU_SITE, at the root. */
    deployment: Deployment;
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
  // Built for the address it is served at, as a published site is (TANLU_SITE): canonical links,
  // the sitemap and copied links all name it. tests/browser/base-path.test.ts builds the other
  // case, under a path and with no address.
  const port = await freePort();
  const deployment = { site: `http://127.0.0.1:${port}`, base: '/' };
  astroBuild(siteDir, deployment);
  const served = await serveSite(ROOT, siteDir, '/', port);
  project.provide('deployment', deployment);
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', served.url);
  return async () => {
    await served.close();
    rmSync(scratch, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
