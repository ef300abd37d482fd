/**
 * The generated content as collections. The schemas are the ones the ingest validated its
 * output with (src/schemas/generated.ts), so both ends agree on every field.
 */
import { defineCollection } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { file, glob } from 'astro/loaders';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { GENERATED_DIR, interviewSchema, sectionSchema } from './schemas/generated.ts';

/** The ingest's output. */
const GENERATED = `./${GENERATED_DIR}`;

/** One record per interview: metadata, speakers, theme order. */
const interviews = defineCollection({
  loader: glob({ pattern: '*/interview.json', base: GENERATED, generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: interviewSchema,
});

/** One MDX file per theme section. */
const sections = defineCollection({
  loader: glob({
    pattern: '*/sections/*.mdx',
    base: GENERATED,
    generateId: ({ entry }) => entry.replace(/\/sections\//, '/').replace(/\.mdx$/, ''),
  }),
  schema: sectionSchema,
});

/** The full transcript of each interview, in original order. */
const transcripts = defineCollection({
  loader: glob({ pattern: '*/transcript.mdx', base: GENERATED, generateId: ({ entry }) => entry.split('/')[0]! }),
});

/** Aliases that find a term at query time (content/glossary.yaml). */
const glossary = defineCollection({
  loader: file('./content/glossary.yaml', {
    parser: (text) => (parseYaml(text) as { term: string }[]).map((entry) => ({ id: entry.term, ...entry })),
  }),
  schema: glossaryEntrySchema,
});

export const collections = { interviews, sections, transcripts, glossary };
