/**
 * Raw transcript text → typed {@link Transcript}: header metadata, speakers with roles,
 * editorial headings, speaker turns with their continuation paragraphs, footer metadata.
 * It parses formats, not one file: every rule is a line shape from ./lines.ts, every word
 * of convention is in ./vocabulary.ts, and where the shape is ambiguous the data file decides.
 */
import { IngestError, type IngestWarning } from '../errors.ts';
import type { Heading, MetaEntry, Role, Speaker, Transcript, Turn } from '../model.ts';
import { headingText, isImageLine, isUnderline, matchMetaLine, matchSpeakerLine, UNSURE_HEADING_LENGTH } from './lines.ts';
import { FOOTER_KEYS, HEADER_KEYS, NAME_SEPARATORS, QA_LABELS, ROLE_KEYS } from './vocabulary.ts';

/** What the per-interview data file says about reading the transcript. */
export interface ParseOptions {
  /** Speakers by name, with their role and the other labels that name them. */
  speakers?: readonly { name: string; role?: Role; labels?: readonly string[] }[];
  /** Lines (exact text) to read as headings, where the shape alone is ambiguous. */
  headings?: readonly string[];
  /** Lines (exact text) to read as paragraphs, where the shape alone is ambiguous. */
  paragraphs?: readonly string[];
}

interface Line {
  number: number;
  text: string;
}

/** Parses decoded transcript text. Throws {@link IngestError} when there is no dialogue. */
export function parseTranscript(text: string, file: string, options: ParseOptions = {}): { transcript: Transcript; warnings: IngestWarning[] } {
  const lines: Line[] = text
    .split('\n')
    .map((raw, i) => ({ number: i + 1, text: raw.trim() }))
    .filter((line) => line.text !== '');

  const { header, end: headerEnd } = readHeader(lines);
  const speakers = declaredSpeakers(header, options);
  const nameOf = labelMap(speakers);
  const footerStart = findFooterStart(lines, headerEnd, nameOf);
  const { footer, notes: footerNotes } = readFooter(lines.slice(footerStart));

  const warnings: IngestWarning[] = [];
  const turns: Turn[] = [];
  const headings: Heading[] = [];
  const intro: Transcript['intro'] = [];
  const unsure: Transcript['unsure'] = [];
  const body = lines.slice(headerEnd, footerStart);
  const forcedHeadings = new Set(options.headings);
  const forcedParagraphs = new Set(options.paragraphs);

  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    const said = forcedHeadings.has(line.text) || forcedParagraphs.has(line.text) ? undefined : matchSpeakerLine(line.text, nameOf.labels);
    if (said) {
      const name = nameOf.get(said.label) ?? said.label;
      if (!speakers.some((s) => s.name === name)) {
        // 问/答, Q/A and role words (主持人, Host) say the role themselves.
        const conventional = QA_LABELS.get(said.label) ?? ROLE_KEYS.get(said.label);
        speakers.push({ name, role: conventional ?? 'other', declared: false });
        nameOf.add(name);
        if (!conventional) {
          warnings.push({
            file,
            line: line.number,
            message: `speaker "${name}" is not declared in the header (访谈人/受访人) or the data file; kept as a speaker with role "other"`,
          });
        }
      }
      turns.push({ index: turns.length, speaker: name, paragraphs: said.text === '' ? [] : [said.text], line: line.number, ...(said.timestamp && { timestamp: said.timestamp }) });
      continue;
    }
    if (isImageLine(line.text)) {
      warnings.push({ file, line: line.number, message: `skipped an image line (${line.text.slice(0, 40)}); a transcript site shows words only` });
      continue;
    }
    const underlined = body[i + 1] !== undefined && isUnderline(body[i + 1]!.text) && headingText(line.text) !== undefined;
    const next = body[underlined ? i + 2 : i + 1];
    const shape = headingText(line.text);
    const beforeTurn = next !== undefined && matchSpeakerLine(next.text, nameOf.labels) !== undefined;
    const isHeading = !forcedParagraphs.has(line.text) && (forcedHeadings.has(line.text) || (shape !== undefined && (shape.markdown || underlined || beforeTurn)));
    if (shape && !shape.markdown && !underlined && beforeTurn && [...shape.text].length <= UNSURE_HEADING_LENGTH && !forcedHeadings.has(line.text) && !forcedParagraphs.has(line.text)) {
      unsure.push({ line: line.number, text: line.text, readAs: 'heading' });
    }
    if (isHeading) {
      headings.push({ text: shape?.text ?? line.text, line: line.number, beforeTurn: turns.length });
      if (underlined) i++;
      continue;
    }
    const current = turns.at(-1);
    if (current) current.paragraphs.push(line.text);
    else intro.push({ text: line.text, line: line.number });
  }

  if (turns.length === 0) {
    const where = header.length > 0 ? 'the header is followed by no dialogue' : 'no line has the shape of a speaker turn';
    throw new IngestError(
      { file, line: body[0]?.number ?? lines.at(-1)?.number ?? 1 },
      `no speaker turns found: ${where}`,
      'write each turn as "名字:说的话" (ASCII or full-width colon) on its own line, and declare the speakers in the header with 访谈人: and 受访人:',
    );
  }
  const silent = turns.find((t) => t.paragraphs.length === 0);
  if (silent) {
    throw new IngestError({ file, line: silent.line }, `the turn of "${silent.speaker}" has no words`, 'put the words after the colon, or on the lines that follow the speaker label');
  }
  warnings.push(...repeatedTurns(turns, file));

  if (!speakers.some((s) => s.role === 'interviewer')) {
    // Without 访谈人/受访人 the one who opens the conversation is taken to be asking.
    const opener = speakers.find((s) => s.name === turns[0]!.speaker)!;
    for (const s of speakers) s.role = s === opener ? 'interviewer' : s.role === 'other' ? 'interviewee' : s.role;
    warnings.push({
      file,
      line: turns[0]!.line,
      message: `no interviewer declared; taking "${opener.name}", who speaks first, as the interviewer (declare roles in the header or the data file's speakers)`,
    });
  }

  const spoken = speakers.filter((s) => turns.some((t) => t.speaker === s.name));
  return { transcript: { file, header, footer, footerNotes, intro, speakers: spoken, headings, turns, unsure }, warnings };
}

/** Leading `key: value` lines; a key with an empty value takes the next line (`来源:` ⏎ text). */
function readHeader(lines: Line[]): { header: MetaEntry[]; end: number } {
  const header: MetaEntry[] = [];
  let i = 0;
  while (i < lines.length) {
    const meta = matchMetaLine(lines[i]!.text, HEADER_KEYS);
    // `Host: Jane Doe` declares a speaker; `Host: Welcome to the show.` is already dialogue.
    if (!meta || (ROLE_KEYS.has(meta.key) && meta.value !== '' && !declaresSpeakers(meta.value, lines.slice(i + 1)))) break;
    let value = meta.value;
    const next = lines[i + 1];
    if (value === '' && next && !matchMetaLine(next.text, HEADER_KEYS)) {
      value = next.text;
      i++;
    }
    header.push({ key: meta.key, value, line: lines[i]!.number });
    i++;
  }
  return { header, end: i };
}

/** Whether a role line's value names people: they speak further down, or it reads as names, not a sentence. */
function declaresSpeakers(value: string, rest: readonly Line[]): boolean {
  const names = value.split(NAME_SEPARATORS).map((n) => n.trim()).filter(Boolean);
  const labels = new Set(names);
  if (names.some((name) => rest.some((line) => matchSpeakerLine(line.text, labels)?.label === name))) return true;
  return names.every((name) => /^[\p{L}·•' -]{1,24}$/u.test(name) && name.split(' ').length <= 3);
}

/** Speakers named in the data file and by role keys in the header, in that order. */
function declaredSpeakers(header: MetaEntry[], options: ParseOptions): Speaker[] {
  const speakers: Speaker[] = [];
  for (const s of options.speakers ?? []) {
    speakers.push({ name: s.name, role: s.role ?? 'other', declared: true, ...(s.labels?.length && { labels: [...s.labels] }) });
  }
  for (const { key, value } of header) {
    const role = ROLE_KEYS.get(key);
    if (!role) continue;
    for (const name of value.split(NAME_SEPARATORS).map((n) => n.trim()).filter(Boolean)) {
      const known = speakers.find((s) => s.name === name || s.labels?.includes(name));
      if (!known) speakers.push({ name, role, declared: true });
      else if (known.role === 'other') known.role = role;
    }
  }
  return speakers;
}

/** Label → speaker name, for every name and extra label; grows as undeclared speakers appear. */
function labelMap(speakers: readonly Speaker[]) {
  const map = new Map<string, string>();
  for (const s of speakers) {
    map.set(s.name, s.name);
    for (const label of s.labels ?? []) map.set(label, s.name);
  }
  const labels = new Set(map.keys());
  return {
    labels: labels as ReadonlySet<string>,
    get: (label: string) => map.get(label),
    add(name: string) {
      map.set(name, name);
      labels.add(name);
    },
  };
}

/**
 * The footer begins at the first footer-key line after which no speaker speaks again, so a
 * `文章标题:` line can never swallow dialogue.
 */
function findFooterStart(lines: Line[], from: number, nameOf: ReturnType<typeof labelMap>): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= from; i--) {
    const text = lines[i]!.text;
    if (matchMetaLine(text, FOOTER_KEYS)) start = i;
    else if (matchSpeakerLine(text, nameOf.labels)) break;
  }
  return start;
}

function readFooter(lines: Line[]): { footer: MetaEntry[]; notes: Transcript['footerNotes'] } {
  const footer: MetaEntry[] = [];
  const notes: Transcript['footerNotes'] = [];
  for (const line of lines) {
    const meta = matchMetaLine(line.text, FOOTER_KEYS);
    if (meta) footer.push({ ...meta, line: line.number });
    else notes.push({ text: line.text, line: line.number });
  }
  return { footer, notes };
}

/** Identical turns (same speaker, same words) are legal — "对。" — but worth a look. */
function repeatedTurns(turns: readonly Turn[], file: string): IngestWarning[] {
  const seen = new Map<string, Turn>();
  const warnings: IngestWarning[] = [];
  for (const turn of turns) {
    const key = `${turn.speaker}\n${turn.paragraphs.join('\n')}`;
    const first = seen.get(key);
    if (first) warnings.push({ file, line: turn.line, message: `turn repeats line ${first.line} word for word; kept, with a permalink of its own` });
    else seen.set(key, turn);
  }
  return warnings;
}
