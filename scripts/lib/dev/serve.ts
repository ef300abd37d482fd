/**
 * Serves a built site on a free loopback port, as `astro preview` would, for the built-site
 * and browser suites.
 */
import { preview } from 'astro';

export interface Served {
  url: string;
  close: () => Promise<void>;
}

export async function serveSite(root: string, outDir: string): Promise<Served> {
  const server = await preview({ root, outDir, server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
  return { url: `http://127.0.0.1:${server.port}`, close: () => server.stop() };
}
