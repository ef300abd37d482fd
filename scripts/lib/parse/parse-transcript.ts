/**
 * Raw transcript text → typed {@link Transcript}: header metadata, speakers with roles,
 * editorial headings, speaker turns with their continuation paragraphs, footer metadata.
 * It parses formats, not one file: every rule is a line shape from ./lines.ts.
 */
import { IngestError, type IngestWarning } from '../errors.ts';
import type { Heading, MetaEntry, Speaker, Transcript, Turn } from '../model.ts';
import { headingText, matchMetaLine, matchSpeakerLine } from './lines.ts';
import { FOOTER_KEYS, HEADER_KEYS, NAME_SEPARATORS, ROLE_KEYS } from './vocabulary.ts';

interface Line {
  number: number;
  text: string;
}

/** Parses decoded transcript text. Throws {@link IngestError} when there is no dialogue. */
export function parseTranscript(text: string, file: string): { transcript: Transcript; warnings: IngestWarning[] } {
  const lines: Line[] = text
    .split('\n')
    .map((raw, i) => ({ number: i + 1, text: raw.trim() }))
    .filter((line) => line.text !== '');

  const { header, end: headerEnd } = readHeader(lines);
  const speakers = declaredSpeakers(header);
  const known = new Set(speakers.map((s) => s.name));
  const footerStart = findFooterStart(lines, headerEnd, known);
  const { footer, notes: footerNotes } = readFooter(lines.slice(footerStart));

  const warnings: IngestWarning[] = [];
  const turns: Turn[] = [];
  const headings: Heading[] = [];
  const intro: Transcript['intro'] = [];
  const body = lines.slice(headerEnd, footerStart);

  body.forEach((line, i) => {
    const said = matchSpeakerLine(line.text, known);
    if (said) {
      if (!known.has(said.speaker)) {
        known.add(said.speaker);
        speakers.push({ name: said.speaker, role: 'other', declared: false });
        warnings.push({
          file,
          line: line.number,
          message: `speaker "${said.speaker}" is not declared in the header (访谈人/受访人); kept as a speaker with role "other"`,
        });
      }
      turns.push({ index: turns.length, speaker: said.speaker, paragraphs: said.text === '' ? [] : [said.text], line: line.number });
      return;
    }
    const next = body[i + 1];
    const heading = headingText(line.text);
    if (heading !== undefined && next !== undefined && matchSpeakerLine(next.text, known)) {
      headings.push({ text: heading, line: line.number, beforeTurn: turns.length });
      return;
    }
    const current = turns.at(-1);
    if (current) current.paragraphs.push(line.text);
    else intro.push({ text: line.text, line: line.number });
  });

  if (turns.length === 0) {
    const where = header.length > 0 ? 'the header is followed by no dialogue' : 'no line has the shape of a speaker turn';
    throw new IngestError(
      { file, line: body[0]?.number ?? lines.at(-1)?.number ?? 1 },
      `no speaker turns found: ${where}`,
      'write each turn as "名字:说的话" (ASCII or full-width colon) on its own line, and declare the speakers in the header with 访谈人: and 受访人:',
    );
  }
  for (const turn of turns.filter((t) => t.paragraphs.length === 0)) {
    throw new IngestError(
      { file, line: turn.line },
      `the turn of "${turn.speaker}" has no words`,
      'put the words after the colon, or on the lines that follow the speaker label',
    );
  }

  if (!speakers.some((s) => s.role === 'interviewer')) {
    // Without 访谈人/受访人 the one who opens the conversation is taken to be asking.
    const opener = speakers.find((s) => s.name === turns[0]!.speaker)!;
    for (const s of speakers) s.role = s === opener ? 'interviewer' : 'interviewee';
    warnings.push({
      file,
      line: turns[0]!.line,
      message: `no interviewer declared in the header; taking "${opener.name}", who speaks first, as the interviewer`,
    });
  }

  return { transcript: { file, header, footer, footerNotes, intro, speakers, headings, turns }, warnings };
}

/** Leading `key: value` lines; a key with an empty value takes the next line (`来源:` ⏎ text). */
function readHeader(lines: Line[]): { header: MetaEntry[]; end: number } {
  const header: MetaEntry[] = [];
  let i = 0;
  while (i < lines.length) {
    const meta = matchMetaLine(lines[i]!.text, HEADER_KEYS);
    if (!meta) break;
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

/** Speakers named by role keys in the header, in the order given. */
function declaredSpeakers(header: MetaEntry[]): Speaker[] {
  const speakers: Speaker[] = [];
  for (const { key, value } of header) {
    const role = ROLE_KEYS.get(key);
    if (!role) continue;
    for (const name of value.split(NAME_SEPARATORS).map((n) => n.trim()).filter(Boolean)) {
      if (!speakers.some((s) => s.name === name)) speakers.push({ name, role, declared: true });
    }
  }
  return speakers;
}

/**
 * The footer begins at the first footer-key line after which no speaker speaks again, so a
 * `文章标题:` line can never swallow dialogue.
 */
function findFooterStart(lines: Line[], from: number, known: ReadonlySet<string>): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= from; i--) {
    const text = lines[i]!.text;
    if (matchMetaLine(text, FOOTER_KEYS)) start = i;
    else if (matchSpeakerLine(text, known)) break;
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
