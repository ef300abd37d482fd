/**
 * The generated content as collections. The schemas are the ones the ingest validated its
 * output with (src/schemas/generated.ts), so both ends agree on every field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { interviewSchema, sectionSchema } from './schemas/generated.ts';

/** The ingest's output (scripts/lib/cli/options.ts DEFAULT_OUT). */
const GENERATED = './content/generated';

/** One record per interview: metadata, speakers, theme order. */
const interviews = defineCollection({
  loader: glob({ pattern: '*/interview.json', base: GENERATED, generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: interviewSchema,
});

/** One MDX file per theme section. */
const sections = defineCollection({
  loader: glob({ pattern: '*/sections/*.mdx', base: GENERATED, generateId: ({ entry }) => entry.replace(/\/sections\//, '/').replace(/\.mdx$/, '') }),
  schema: sectionSchema,
});

/** The full transcript of each interview, in original order. */
const transcripts = defineCollection({
  loader: glob({ pattern: '*/transcript.mdx', base: GENERATED, generateId: ({ entry }) => entry.split('/')[0]! }),
});

export const collections = { interviews, sections, transcripts };
