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
import { rebase } from '../lib/urls.ts';

const GENERATED = 'content/generated';

/** The interview records the site was built from. */
function readInterviews(): InterviewRecord[] {
  return readdirSync(GENERATED, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => interviewSchema.parse(JSON.parse(readFileSync(join(GENERATED, e.name, 'interview.json'), 'utf8'))));
}

/** Where the bundle for a language is written, inside the output folder: one bundle per language. */
export const bundleDir = (language: string) => `pagefind/${language.toLowerCase()}/`;

export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'tanlu:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // One bundle per language, each segmented (and stemmed) as its language wants; the
        // browser merges them (src/scripts/search/engine.ts). Pagefind chooses an index by the
        // page's <html lang>, so a single mixed bundle would search only one language.
        const byLanguage = new Map<string, InterviewRecord[]>();
        for (const record of readInterviews()) {
          const language = record.language.toLowerCase();
          byLanguage.set(language, [...(byLanguage.get(language) ?? []), record]);
        }
        // Read by `npm run bench -- --scale`.
        const started = performance.now();
        try {
          for (const [language, records] of byLanguage) {
            const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
            if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
            let count = 0;
            for (const record of records) {
              for (const turn of searchTurnsOf(corpusOf(record))) {
                const added = await index.addCustomRecord({
                  url: rebase(turn.url, base),
                  content: turn.text,
                  language,
                  meta: { title: turn.speaker, key: turn.key, theme: turn.themeTitle, interview: record.title },
                  filters: { speaker: [turn.speaker], theme: [turn.themeTitle], interview: [record.title] },
                });
                if (added.errors.length > 0) throw new Error(`Pagefind could not index ${turn.url}: ${added.errors.join('; ')}`);
                count++;
              }
            }
            const written = await index.writeFiles({ outputPath: join(site, bundleDir(language)) });
            if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
            logger.info(`indexed ${count} turns in ${language}`);
          }
        } finally {
          await pagefind.close();
        }
        logger.info(`Pagefind took ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
