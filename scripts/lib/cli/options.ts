/** The ingest's command line, parsed and validated at the edge. */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { GENERATED_DIR } from '../../../src/schemas/generated.ts';

export const USAGE = `Usage: npm run ingest -- [TRANSCRIPT…] [--out DIR] [--check] [--full] [--explain] [--suggest-themes [-]]

Turns interview transcripts into the site's content: one MDX file per theme section,
the full transcript and an interview record, under content/generated/<interview>/.

  TRANSCRIPT   transcript files (.txt); default: every content/sources/*.txt.
               Each may have a data file beside it with the same name and .yaml
               (title, date, language, themes, pins); without themes there, the
               ingest finds themes itself.
  --out DIR    write the generated content under DIR instead of content/generated
  --check      write nothing; exit 1 if the generated content is out of date
               (always compares against a full rebuild)
  --full       re-ingest every transcript; by default only those whose transcript,
               data file or id lock file changed (or the glossary or the code) are,
               known from content/generated/.ingest-manifest.json (--out: always full)
  --explain    print, for every exchange, the theme chosen, its evidence and the runner-up
  --suggest-themes
               write nothing else: draft each transcript's themes into a data file
               beside it (<name>.yaml, never overwritten), or print it with \`-\`
  --help       show this help

Exit status: 0 success, 1 bad input (the message says file, line and fix), 2 bad usage.`;

const optionsSchema = z.object({
  /** Transcript files; empty means every transcript under content/sources. */
  transcripts: z.array(z.string().regex(/\.txt$/i, 'a transcript must be a .txt file')),
  /** Folder the generated content goes to. */
  out: z.string().min(1, '--out needs a folder (got an empty value, as in `--out=`); write `--out DIR`'),
  /** Compare instead of writing. */
  check: z.boolean(),
  /** Re-ingest every transcript, whatever the cache says. */
  full: z.boolean(),
  /** Print the theme decisions. */
  explain: z.boolean(),
  /** Draft data files with the automatic themes: beside each transcript, or on stdout. */
  suggestThemes: z.enum(['beside', 'stdout']).optional(),
  help: z.boolean(),
});

export type IngestOptions = z.output<typeof optionsSchema>;

/** Thrown for a command line that cannot be understood (exit 2). */
export class UsageError extends Error {}

export const DEFAULT_OUT = GENERATED_DIR;
export const SOURCES_DIR = 'content/sources';

export function parseOptions(argv: readonly string[]): IngestOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', default: DEFAULT_OUT },
        check: { type: 'boolean', default: false },
        full: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        'suggest-themes': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (cause) {
    throw new UsageError((cause as Error).message);
  }
  const { 'suggest-themes': suggest, ...values } = parsed.values;
  // A lone `-` names stdout, as the target of the draft data files.
  const toStdout = parsed.positionals.includes('-');
  if (toStdout && !suggest) throw new UsageError('"-" (print to stdout) only goes with --suggest-themes');
  const transcripts = parsed.positionals.filter((p) => p !== '-');
  const suggestThemes = suggest ? (toStdout ? 'stdout' : 'beside') : undefined;
  const result = optionsSchema.safeParse({ ...values, suggestThemes, transcripts });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const input = issue.path[0] === 'transcripts' ? ` (got "${transcripts[issue.path[1] as number]}")` : '';
    // Every message names the option or argument it rejects.
    throw new UsageError(`${issue.message}${input}`);
  }
  return result.data;
}
