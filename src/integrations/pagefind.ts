/**
 * Indexes the built site with Pagefind (through its Node API) when Astro has written it.
 * Pages opt in with `data-pagefind-body`; aggregate copies (the full transcript) do not, so
 * every quote has one canonical result.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'tanlu:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
