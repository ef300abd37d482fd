/**
 * File-system failures as the editor's errors: the same file / what / how-to-fix message as
 * bad input, never a Node stack trace.
 */
import { IngestError } from './errors.ts';

/** What went wrong, and the fix, per error code. */
const REASONS: Record<string, { what: string; fix: string }> = {
  ENOENT: { what: 'no such file or folder', fix: 'check the path' },
  EISDIR: { what: 'is a folder, not a file', fix: 'name the file itself, not a folder' },
  ENOTDIR: { what: 'a part of the path is a file, not a folder', fix: 'check the path' },
  EACCES: { what: 'permission denied', fix: 'check the permissions of the file and its folder (ls -l)' },
  EPERM: { what: 'operation not permitted', fix: 'check the permissions of the file and its folder (ls -l)' },
  EROFS: { what: 'the file system is read-only', fix: 'choose a folder you can write to' },
  ENOSPC: { what: 'the disk is full', fix: 'free some space and run again' },
  EMFILE: { what: 'too many open files', fix: 'run again with fewer transcripts at once' },
  ENXIO: { what: 'not a file that can be read (a socket or a device)', fix: 'name the text file itself' },
};

/** An IngestError for a failed read or write of `file` (`doing`: "cannot read the transcript"), or the error itself when it is not a file-system error. */
export function fileSystemError(error: unknown, file: string, doing: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined || !(error instanceof Error)) return error;
  // Node's message already starts with the code (`EIO: i/o error, read`).
  const reason = REASONS[code] ?? {
    what: error.message.startsWith(code) ? error.message : `${code}: ${error.message}`,
    fix: 'check the path and its permissions',
  };
  return new IngestError({ file: (error as NodeJS.ErrnoException).path ?? file }, `${doing}: ${reason.what}`, reason.fix, { cause: error });
}

/** Runs a file-system operation, turning its failure into an IngestError. */
export async function onFile<T>(file: string, doing: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw fileSystemError(error, file, doing);
  }
}
