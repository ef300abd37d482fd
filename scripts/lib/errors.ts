/**
 * Problems the ingest reports. An error stops the ingest (exit 1) and names the file, the
 * line, what was found and how to fix it; a warning is legal but odd input, printed and kept.
 */

/** Where in which input file a problem is. */
export interface Place {
  /** Path of the input file, as the editor gave it. */
  file: string;
  /** 1-based line number, when the problem is on one line. */
  line?: number;
}

/** Bad input: the ingest stops, writes nothing, and prints this. */
export class IngestError extends Error {
  readonly place: Place;
  readonly hint: string;

  constructor(place: Place, message: string, hint: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IngestError';
    this.place = place;
    this.hint = hint;
  }

  /** `file:line: error: message` and an indented hint, as compilers print them. */
  format(): string {
    return `${formatPlace(this.place)}: error: ${this.message}\n  how to fix: ${this.hint}`;
  }
}

/** Legal but odd input: reported, never fatal. */
export interface IngestWarning extends Place {
  message: string;
}

/** `file:line` (or just `file`). */
export function formatPlace({ file, line }: Place): string {
  return line === undefined ? file : `${file}:${line}`;
}

/** One warning as a printable line. */
export function formatWarning(warning: IngestWarning): string {
  return `${formatPlace(warning)}: warning: ${warning.message}`;
}
