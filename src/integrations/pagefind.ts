/**
 * Builds the Pagefind index when Astro has written the site. Every turn is its own record
 * (through the Node API's custom records), with its speaker, theme and interview as filters
 * and metadata and its URL pointing at the turn on its theme page: a result is a quote, not
 * a page to scroll. Aggregate copies (the full transcript) are never indexed, so each quote
 * has one canonical result.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { interviewSchema, type InterviewRecord } from '../schemas/generated.ts';
import { corpusOf, searchTurnsOf } from '../lib/search/corpus.ts';

const GENERATED = 'content/generated';

/** The interview records the site was built from. */
function readInterviews(): InterviewRecord[] {
  return readdirSync(GENERATED, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => interviewSchema.parse(JSON.parse(readFileSync(join(GENERATED, e.name, 'interview.json'), 'utf8'))));
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'tanlu:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
        try {
          let records = 0;
          for (const record of readInterviews()) {
            for (const turn of searchTurnsOf(corpusOf(record))) {
              const added = await index.addCustomRecord({
                url: turn.url,
                content: turn.text,
                // Pagefind picks an index by the page's <html lang>, lower-cased.
                language: record.language.toLowerCase(),
                meta: { title: turn.speaker, key: turn.key, theme: turn.themeTitle, interview: record.title },
                filters: { speaker: [turn.speaker], theme: [turn.themeTitle], interview: [record.title] },
              });
              if (added.errors.length > 0) throw new Error(`Pagefind could not index ${turn.url}: ${added.errors.join('; ')}`);
              records++;
            }
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
          logger.info(`indexed ${records} turns`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
