/**
 * Reads the per-interview data file (YAML) and validates it against its schema, turning
 * a failure into an error that names the line, the field, what was found and what was
 * expected.
 */
import { closest, distance } from 'fastest-levenshtein';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { ZodArray, ZodDefault, ZodObject, ZodOptional, ZodPipe, type z } from 'zod';
import { interviewDataSchema, type InterviewData } from '../../src/schemas/interview-data.ts';
import { IngestError, type Problem } from './errors.ts';

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
  if (doc.errors.length > 0) {
    throw IngestError.of(
      doc.errors.map((yamlError) => ({
        place: { file, line: lineCounter.linePos(yamlError.pos[0]).line },
        message: `the data file is not valid YAML: ${yamlError.message.split('\n')[0]}`,
        hint: 'fix the YAML syntax at that line (indentation, a missing ":" or an unclosed quote)',
      })),
    );
  }
  const result = interviewDataSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue): Problem[] => {
      // One problem per unknown key, at the key's own line: a misspelt key is the commonest slip.
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({
          place: { file, line: lineOfKey(doc, lineCounter, issue.path, key) ?? lineOf(issue.path) },
          message: `${issue.path.length > 0 ? `${describePath(issue.path)} has an ` : ''}unknown key "${key}"${suggestion(key, knownKeys(issue.path))}`,
          hint: `use one of the keys ${knownKeys(issue.path).join(', ')}; see the README, "Add your own transcript"`,
        }));
      }
      return [
        {
          place: { file, line: lineOf(issue.path) },
          message: `${describePath(issue.path)} ${describeIssue(issue)}`,
          hint: hintFor(issue.path),
        },
      ];
    });
    problems.sort((a, b) => (a.place.line ?? 0) - (b.place.line ?? 0));
    throw IngestError.of(problems);
  }
  return { data: result.data, file, lineOf };
}

/** Line of `key` itself in the mapping at `path` (the value may start on a later line). */
function lineOfKey(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[], key: string): number | undefined {
  const map = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  const range = isScalar(pair?.key) ? pair.key.range : undefined;
  return range ? lineCounter.linePos(range[0]).line : undefined;
}

/** The keys the schema allows in the object at `path` (`['themes', 0]` → a theme's keys). */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = interviewDataSchema;
  for (const step of path) schema = childSchema(schema, step) ?? schema;
  const shape = objectShape(schema);
  return shape ? Object.keys(shape) : [];
}

function childSchema(schema: z.ZodType, step: PropertyKey): z.ZodType | undefined {
  const inner = unwrap(schema);
  if (typeof step === 'number') return inner instanceof ZodArray ? (inner.element as z.ZodType) : undefined;
  return objectShape(inner)?.[String(step)] as z.ZodType | undefined;
}

function objectShape(schema: z.ZodType): Record<string, unknown> | undefined {
  const inner = unwrap(schema);
  return inner instanceof ZodObject ? (inner.shape as Record<string, unknown>) : undefined;
}

/** Through `.optional()`, `.default()`, `z.preprocess` and refinements to the schema that holds the shape. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof ZodOptional || current instanceof ZodDefault) current = current.unwrap() as z.ZodType;
    else if (current instanceof ZodPipe) current = current.out as z.ZodType;
    else return current;
  }
}

/** ` (did you mean "pins"?)` when a known key is one or two edits away. */
function suggestion(key: string, known: readonly string[]): string {
  const best = closest(key, [...known]);
  return best !== undefined && best !== key && distance(key, best) <= 2 ? ` (did you mean "${best}"?)` : '';
}

/** `themes[2].slug` */
function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type')
    return `must be ${issue.expected}${/received undefined/.test(issue.message) ? ' (it is missing)' : ''}`;
  return issue.message;
}

function hintFor(path: readonly PropertyKey[]): string {
  const top = path[0];
  if (top === 'themes')
    return 'each theme needs slug, title, titleEn, description and a list of keywords; see content/sources/*.yaml for an example';
  if (top === 'pins') return 'each pin needs a quote (words from the exchange) and the slug of a theme';
  if (top === 'sic') return 'each sic entry needs the exact source text and a note for readers';
  return 'see the README, "Add your own transcript", for the fields of the data file';
}
