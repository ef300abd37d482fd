/**
 * Writes `_headers` into the built site: the security and caching headers of
 * src/lib/headers/policy.ts, under the configured base, where Netlify and Cloudflare Pages
 * (and `npm start`) read them.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/headers/policy.ts';

export default function headersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'tanlu:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base));
        logger.info('wrote _headers');
      },
    },
  };
}
