/**
 * A small static server for the built site, with the headers of its `_headers` file applied
 * as Netlify or Cloudflare Pages would: what `npm start` serves is what a host serves. The site
 * is under its base (`TANLU_BASE`); a directory serves its index.html; a missing file the
 * site's 404 page, with status 404.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/lib/headers/policy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

export interface StaticSite {
  server: Server;
  /** Origin, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` under `base` on `host:port` (port 0: a free one). */
export function serveStatic(dir: string, base = '/', port = 0, host = '127.0.0.1'): Promise<StaticSite> {
  const rules: HeaderRule[] = existsSync(join(dir, '_headers')) ? parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : [];
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((request, response) => {
    const address = new URL(request.url ?? '/', 'http://localhost');
    const path = decoded(address.pathname);
    if (path === undefined) {
      // A malformed escape (`%E0%A4`) is the client's mistake: say so, and keep serving.
      response.writeHead(400, { 'Content-Type': TYPES['.txt']! }).end('Bad request: malformed percent-escape in the path\n');
      return;
    }
    // A folder named without its slash (`/tanlu`, `/about`): where a static host sends it.
    if (isFolder(dir, `${path}/`, prefix)) {
      response.writeHead(301, { Location: `${address.pathname}/${address.search}` }).end();
      return;
    }
    const file = path.startsWith(prefix) ? fileFor(dir, path.slice(prefix.length)) : undefined;
    const found = file !== undefined;
    const served = file ?? join(dir, '404.html');
    response.writeHead(found ? 200 : 404, {
      ...headersFor(rules, found ? path : `${prefix}404.html`),
      'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(served).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address() as { port: number };
      resolve({ server, url: `http://${host}:${actual}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

function decoded(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/** Whether `path` (ending in `/`) is a folder of the site with an index page. */
function isFolder(dir: string, path: string, prefix: string): boolean {
  return path.startsWith(prefix) && !path.endsWith('//') && fileFor(dir, path.slice(prefix.length))?.endsWith('index.html') === true;
}

/** The file a site path names, if it exists inside `dir` (`a/` → `a/index.html`). */
function fileFor(dir: string, sitePath: string): string | undefined {
  const file = normalize(join(dir, sitePath));
  if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return undefined;
  if (!existsSync(file)) return undefined;
  const stat = statSync(file);
  if (stat.isFile()) return file;
  const index = join(file, 'index.html');
  return stat.isDirectory() && (sitePath === '' || sitePath.endsWith('/')) && existsSync(index) ? index : undefined;
}
