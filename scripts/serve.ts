/**
 * `npm start` (after the build): serves dist/ on http://localhost:4321 under TANLU_BASE, with
 * the security and caching headers of dist/_headers, as a static host would.
 */
import { fileURLToPath } from 'node:url';
import { serveStatic } from './lib/serve-static.ts';

const dir = fileURLToPath(new URL('../dist/', import.meta.url));
const base = process.env.TANLU_BASE || '/';
const port = Number(process.env.PORT ?? 4321);
const site = await serveStatic(dir.replace(/\/$/, ''), base, port, 'localhost');
console.log(`Tanlu: ${site.url}${base.endsWith('/') ? base : `${base}/`} (dist/, with the headers of dist/_headers; Ctrl-C stops)`);
