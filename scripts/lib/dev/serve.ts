/**
 * Serves a built site on a free loopback port, as `astro preview` would, for the built-site
 * and browser suites.
 */
import { preview } from 'astro';

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/**
 * `url` is the server's origin; the site is under `base` there (the TANLU_BASE it was built
 * with). `port` 0 takes a free one.
 */
export async function serveSite(root: string, outDir: string, base = '/', port = 0): Promise<Served> {
  const server = await preview({ root, outDir, base, server: { host: '127.0.0.1', port }, logLevel: 'error' });
  return { url: `http://127.0.0.1:${server.port}`, close: () => server.stop() };
}
