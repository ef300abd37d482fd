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

/** One problem with an input: where, what, and how to fix it. */
export interface Problem {
  place: Place;
  message: string;
  hint: string;
}

/**
 * Bad input: the ingest stops, writes nothing, and prints this. It may carry several
 * problems (every one found in a file, so the editor fixes them in one go); `place`,
 * `message` and `hint` are the first.
 */
export class IngestError extends Error {
  readonly place: Place;
  readonly hint: string;
  /** Every problem, the first one included. */
  readonly problems: readonly Problem[];

  constructor(place: Place, message: string, hint: string, options?: { cause?: unknown; more?: readonly Problem[] }) {
    super(message, options);
    this.name = 'IngestError';
    this.place = place;
    this.hint = hint;
    this.problems = [{ place, message, hint }, ...(options?.more ?? [])];
  }

  /** One error for several problems (at least one). */
  static of(problems: readonly Problem[]): IngestError {
    const [first, ...more] = problems;
    return new IngestError(first!.place, first!.message, first!.hint, { more });
  }

  /** `file:line: error: message` and an indented hint, as compilers print them, for each problem. */
  format(): string {
    const lines = this.problems.map(({ place, message, hint }) => `${formatPlace(place)}: error: ${message}\n  how to fix: ${hint}`);
    if (this.problems.length > 1) lines.push(`${this.problems.length} problems`);
    return lines.join('\n');
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

/** How many warnings of one kind are printed before the rest are counted. */
const SHOWN_OF_A_KIND = 3;

/**
 * Warnings as printable lines, those that repeat (thousands of "turn repeats line N")
 * summarised: the first few of each kind, then a count of the rest. A kind is the message
 * with its numbers and quoted names taken out.
 */
export function summariseWarnings(warnings: readonly IngestWarning[]): string[] {
  const kind = (w: IngestWarning) => w.message.replace(/"[^"]*"|“[^”]*”|\d+/gu, '…');
  const total = new Map<string, number>();
  for (const w of warnings) total.set(kind(w), (total.get(kind(w)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const lines: string[] = [];
  for (const w of warnings) {
    const k = kind(w);
    const index = seen.get(k) ?? 0;
    seen.set(k, index + 1);
    if (index < SHOWN_OF_A_KIND) lines.push(formatWarning(w));
    else if (index === SHOWN_OF_A_KIND) {
      // The kind, cut at a word so the summary does not end mid-word.
      const gist = k.length <= 60 ? k : `${k.slice(0, 60).replace(/\s+\S*$/u, '')} …`;
      lines.push(`${formatPlace({ file: w.file })}: warning: … and ${total.get(k)! - SHOWN_OF_A_KIND} more like this (${gist})`);
    }
  }
  return lines;
}
