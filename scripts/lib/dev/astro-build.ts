/** `astro build` of the project into a folder, as published with the given TANLU_SITE / TANLU_BASE. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project built: the checkout these tools live in. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Deployment {
  /** TANLU_SITE; none when undefined. */
  site?: string;
  /** TANLU_BASE; `/` when undefined. */
  base?: string;
}

/**
 * Vitest puts Vite's own variables (BASE_URL, MODE, SITE, …) into process.env, and Astro's
 * server code reads `import.meta.env` through process.env: a child build that inherited them
 * would ignore TANLU_BASE. The child gets the environment without them.
 */
const VITE_VARIABLES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'];

/**
 * Node's arguments for `astro build`, as `npm run build` gives them (package.json; a test keeps
 * the two equal). A young generation of 64 MiB: the build allocates short-lived objects for
 * every page, and with Node's default the main thread spent 11 s of a 100-interview build in
 * garbage collection, 5 s with this (README, "Scale"); it costs ~150 MiB of peak memory.
 */
export const ASTRO_BUILD_ARGS = ['--max-semi-space-size=64', 'node_modules/astro/bin/astro.mjs', 'build'];

export function astroBuild(outDir: string, { site, base }: Deployment, cwd = ROOT): void {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [...VITE_VARIABLES, 'TANLU_SITE', 'TANLU_BASE']) delete env[name];
  if (site) env.TANLU_SITE = site;
  if (base) env.TANLU_BASE = base;
  execFileSync(process.execPath, [...astroBuildArgs(ROOT), '--outDir', outDir], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** `ASTRO_BUILD_ARGS` with Astro's own script found in `root`'s node_modules. */
export const astroBuildArgs = (root: string): string[] =>
  ASTRO_BUILD_ARGS.map((arg) => (arg.startsWith('node_modules/') ? join(root, arg) : arg));
