/**
 * Reads the per-interview data file (YAML) and validates it against its schema, turning
 * a failure into an error that names the line, the field, what was found and what was
 * expected.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { interviewDataSchema, type InterviewData } from '../../src/schemas/interview-data.ts';
import { IngestError } from './errors.ts';

/** A validated data file, and a way to point at a line in it for later errors. */
export interface LoadedInterviewData {
  data: InterviewData;
  file: string;
  /** 1-based line of the value at `path` (e.g. `['pins', 2, 'quote']`), when known. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Parses and validates the text of a data file. */
export function parseInterviewData(text: string, file: string): LoadedInterviewData {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new IngestError(
      { file, line: lineCounter.linePos(yamlError.pos[0]).line },
      `the data file is not valid YAML: ${yamlError.message.split('\n')[0]}`,
      'fix the YAML syntax at that line (indentation, a missing ":" or an unclosed quote)',
    );
  }
  const result = interviewDataSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new IngestError({ file, line: lineOf(issue.path) }, `${describePath(issue.path)} ${describeIssue(issue)}`, hintFor(issue.path));
  }
  return { data: result.data, file, lineOf };
}

/** `themes[2].slug` */
function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `must be ${issue.expected}${/received undefined/.test(issue.message) ? ' (it is missing)' : ''}`;
  if (issue.code === 'unrecognized_keys') return `has unknown field(s) ${issue.keys.join(', ')}`;
  return issue.message;
}

function hintFor(path: readonly PropertyKey[]): string {
  const top = path[0];
  if (top === 'themes') return 'each theme needs slug, title, titleEn, description and a list of keywords; see content/sources/*.yaml for an example';
  if (top === 'pins') return 'each pin needs a quote (words from the exchange) and the slug of a theme';
  if (top === 'sic') return 'each sic entry needs the exact source text and a note for readers';
  return 'see the README, "Add your own transcript", for the fields of the data file';
}
