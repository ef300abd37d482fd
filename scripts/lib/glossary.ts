/**
 * Reads the reviewed glossary (`content/glossary.yaml`) for the ingest: its terms are the
 * names the segmenter must keep whole, and their Latin aliases name automatic themes in English.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/schemas/glossary.ts';
import { IngestError } from './errors.ts';

/** Where the glossary lives, relative to the project folder the ingest runs in. */
export const GLOSSARY_FILE = 'content/glossary.yaml';

/** Parses and validates the glossary's text; an error names the entry and the field. */
export function parseGlossary(text: string, file: string): GlossaryEntry[] {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (cause) {
    throw new IngestError({ file }, `the glossary is not valid YAML: ${(cause as Error).message.split('\n')[0]}`, 'fix the YAML syntax', {
      cause,
    });
  }
  const result = z.array(glossaryEntrySchema).safeParse(raw ?? []);
  if (!result.success) {
    throw IngestError.of(
      result.error.issues.map((issue) => ({
        place: { file },
        message: `entry ${issue.path.map(String).join('.')}: ${issue.message}`,
        hint: 'each entry needs a term and a list of aliases, e.g. `- term: 英伟达` / `  aliases: [Nvidia]`',
      })),
    );
  }
  return result.data;
}
