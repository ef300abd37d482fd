/**
 * Reads one interview's inputs — the transcript, its data file and its id lock file, all
 * beside each other — and runs the pipeline on them. The one place that knows where an
 * interview's files are.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { GlossaryEntry } from '../../src/schemas/glossary.ts';
import { buildInterview, type BuiltInterview } from './build-interview.ts';
import { decodeTranscript, type Encoding } from './decode.ts';
import { IngestError } from './errors.ts';
import { onFile } from './fs-errors.ts';
import { parseIdLock } from './ids/lock.ts';
import { parseInterviewData } from './interview-data.ts';

/** A built interview, how its transcript was encoded, and where its id lock file lives. */
export interface ReadInterview extends BuiltInterview {
  encoding: Encoding;
  dataFile: string;
  lockFile: string;
}

/** `talk.txt` → `talk.yaml` (data) and `talk.ids.yaml` (ids). */
export const siblingFiles = (transcript: string) => ({
  dataFile: transcript.replace(/\.txt$/i, '.yaml'),
  lockFile: transcript.replace(/\.txt$/i, '.ids.yaml'),
});

export async function readInterview(file: string, glossary: readonly GlossaryEntry[] = []): Promise<ReadInterview> {
  if (!existsSync(file)) throw new IngestError({ file }, 'no such file', 'check the path; transcripts live in content/sources/');
  // A pipe would block the read forever: only a file (or a folder, refused by the read itself) is opened.
  const kind = await onFile(file, 'cannot read the transcript', () => stat(file));
  if (!kind.isFile() && !kind.isDirectory())
    throw new IngestError({ file }, 'cannot read the transcript: not a file (a pipe, socket or device)', 'name the text file itself');
  const { text, encoding, warnings } = decodeTranscript(await onFile(file, 'cannot read the transcript', () => readFile(file)), file);
  const { dataFile, lockFile } = siblingFiles(file);
  const loaded = existsSync(dataFile)
    ? parseInterviewData(await onFile(dataFile, 'cannot read the data file', () => readFile(dataFile, 'utf8')), dataFile)
    : undefined;
  const previousIds = existsSync(lockFile)
    ? parseIdLock(await onFile(lockFile, 'cannot read the id lock file', () => readFile(lockFile, 'utf8')), lockFile)
    : undefined;
  const built = buildInterview(text, file, loaded, previousIds, glossary);
  return { ...built, warnings: [...warnings, ...built.warnings], encoding, dataFile, lockFile };
}
