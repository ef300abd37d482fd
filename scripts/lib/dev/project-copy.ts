/**
 * A throwaway copy of the project (sources and config; node_modules linked) in which a test
 * can ingest other transcripts and build a site from them, leaving the real content alone.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroBuild } from './astro-build.ts';
import { serveSite, type Served } from './serve.ts';

/** The project this copies: the checkout these tools live in. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'content/glossary.yaml'];

export interface ProjectCopy {
  root: string;
  /** Adds `content/sources/<name>` (a transcript, data or lock file). */
  addSource(name: string, content: string | Uint8Array): void;
  /** `npm run ingest` then `astro build` in the copy; returns the built site's folder. */
  build(): string;
  remove(): void;
}

export function copyProject(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'tanlu-project-'));
  for (const path of COPIED) cpSync(join(ROOT, path), join(root, path), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return {
    root,
    addSource: (name, content) => writeFileSync(join(root, 'content/sources', name), content),
    build() {
      run(['scripts/ingest.ts']);
      astroBuild(join(root, 'dist'), {}, root);
      return join(root, 'dist');
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A site built in a project copy from `sources` (file name → content) and served; `close` removes it all. */
export async function serveSiteFromSources(sources: Record<string, string | Uint8Array>): Promise<Served> {
  const project = copyProject();
  try {
    for (const [name, content] of Object.entries(sources)) project.addSource(name, content);
    const served = await serveSite(project.root, project.build());
    return {
      url: served.url,
      close: async () => {
        await served.close();
        project.remove();
      },
    };
  } catch (error) {
    project.remove();
    throw error;
  }
}
