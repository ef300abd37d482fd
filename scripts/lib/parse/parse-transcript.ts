/**
 * Raw transcript text → typed {@link Transcript}: front matter and header metadata, speakers
 * with roles, editorial headings, speaker turns with their continuation paragraphs, footer
 * metadata. It parses formats, not one file: every line shape is in ./lines.ts, every word
 * of convention in ./vocabulary.ts, which labels are speakers is decided over the whole file
 * (./labels.ts), roles from evidence (./roles.ts); where a shape is ambiguous the data file decides.
 */
import { IngestError, type IngestWarning } from '../errors.ts';
import type { Heading, MetaEntry, Role, Speaker, Transcript, Turn } from '../model.ts';
import {
  acceptLabels,
  LEGEND_LINE,
  compactLabel,
  labelLegend,
  legendAliases,
  legendLine,
  misspeltLabels,
  nameScript,
  neverALabel,
  outletRoleWord,
  roleAndName,
  shortNames,
  type Candidate,
} from './labels.ts';
import {
  bareTimestamp,
  constantTimeColumn,
  TIME,
  headingText,
  imageLine,
  isBracketedAside,
  isMarkupLine,
  isBreadcrumb,
  isListItem,
  isPageNumber,
  isListMarker,
  isTitleUnderline,
  isUnderline,
  matchMetaLine,
  speakerLineShape,
  underlinedHeadingText,
  UNSURE_HEADING_LENGTH,
  type SpeakerLine,
} from './lines.ts';
import { hasInlineTags, joinOpenElements, withoutInlineTags } from './inline-html.ts';
import { lineStartLabels, speckedLabels, splitInlineTurns } from './inline-labels.ts';
import {
  frontMatterText,
  isMarkdownEscaped,
  isQuoteLine,
  isRule,
  markdownHeading,
  readFrontMatter,
  unescapeMarkdown,
  unquote,
} from './markdown.ts';
import { findFooterStart, readFooter } from './footer.ts';
import { notLabels, underlinedAt } from './furniture.ts';
import { continuesParagraph, insideBrackets, joinWrapped, lineBreaks } from './hard-wrap.ts';
import { settleRoles } from './roles.ts';
import { sourceInfo, frontMatterSpeakers } from './source-info.ts';
import { cueLines, isSubtitles } from './subtitles.ts';
import {
  BREAK_LABELS,
  CLOSING_HEADING,
  declaredRole,
  INTRODUCTION_HEADING,
  NAME_SEPARATORS,
  PREAMBLE_KEYS,
  QA_LABELS,
  ROLE_KEYS,
  QUESTION_DASH,
  RECORDING_NOTE,
  UNIDENTIFIED_VOICES,
} from './vocabulary.ts';

/** Role words transcripts label turns with (Interviewer, Interviewee, Moderator, Host, Question, Answer…), lower-cased. */
const ROLE_WORDS: ReadonlySet<string> = new Set([...ROLE_KEYS.keys(), ...QA_LABELS.keys()].map((word) => word.toLowerCase()));

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
  /** A subtitle cue's start time, on the cue's first line. */
  time?: string;
  /** Written in a Markdown blockquote (`> …`); the markers are gone from `text`. */
  quoted?: true;
  /** A blank line stood right before it: a paragraph break, whatever the line's shape (./hard-wrap.ts). */
  afterBlank?: true;
  /** Columns of white space before its words in the source (a tab four). */
  indent?: number;
  /** Indented further than the line of words above it: a typed paragraph's first line (./hard-wrap.ts). */
  indented?: true;
}

/** How far down a page its `# Title` may stand, below furniture. */
const TITLE_SEARCH_LINES = 10;

/** A section number alone on its line (`01`, `三`, `第二部分`): the heading after it belongs with it. */
const SECTION_NUMBER = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3}|第[\d一二三四五六七八九十]{1,3}[部章节篇回]分?)[.、．]?$/u;

/** A heading line that ends mid-phrase (`o1 提升了 AI 上限，`, `杨植麟：`): the next heading line goes on with it. */
const HEADING_GOES_ON = /[，,：:、；;]$/u;

/** A time in brackets opening a paragraph. */
const PARAGRAPH_TIME = new RegExp(String.raw`^[\[(（](${TIME})[\])）]\s+(?=\S)`, 'u');

/** Columns of white space opening a line, a tab four columns, a full-width space two. */
function leadingColumns(raw: string): number {
  return [.../^[ \t\u3000]*/u.exec(raw)![0]].reduce((n, c) => n + (c === '\t' ? 4 : c === '\u3000' ? 2 : 1), 0);
}

/**
 * Lines inside a bracket (`insideBrackets`), save those whose label some line outside every bracket also opens with:
 * a speaker's label (`Alice:`), not an aside's words (`Chamber:` in `(Echo` ⏎ `Chamber:` ⏎ `指在…)`).
 */
function bracketedLines(lines: readonly Line[]): boolean[] {
  const labels = lines.map((line) => speakerLineShape(line.text)?.label);
  const outside = insideBrackets(lines);
  const speakers = new Set(labels.filter((label, i) => label !== undefined && !outside[i]));
  return insideBrackets(lines, (i) => labels[i] !== undefined && speakers.has(labels[i]));
}

/** Parses decoded transcript text. Throws {@link IngestError} when there is no dialogue. */
export function parseTranscript(
  text: string,
  file: string,
  options: ParseOptions = {},
): { transcript: Transcript; warnings: IngestWarning[] } {
  const rawLines = text.split('\n');
  const front = readFrontMatter(rawLines);
  const escaped = isMarkdownEscaped(text);
  const unescape = (line: string) => (escaped ? unescapeMarkdown(line) : line);
  const subtitles = front === undefined && isSubtitles(rawLines);
  let lines: Line[] = subtitles
    ? cueLines(rawLines)
    : rawLines
        .map((raw, i): Line => ({
          number: i + 1,
          text: unescape(unquote(raw.trim())),
          ...(isQuoteLine(raw) && { quoted: true as const }),
          ...(/^[ \t\u3000]/u.test(raw) && { indent: leadingColumns(raw) }),
        }))
        .map((line, i, all) => (i > 0 && all[i - 1]!.text === '' ? { ...line, afterBlank: true as const } : line))
        .slice(front?.end ?? 0)
        .filter((line) => line.text !== '');
  const warnings: IngestWarning[] = [];
  const column = subtitles ? undefined : constantTimeColumn(lines.map((l) => l.text));
  if (column !== undefined) {
    const { prefix, from } = column;
    lines = lines.map((l, i) => (i >= from ? { ...l, text: l.text.slice(prefix.length) } : l));
    warnings.push({
      file,
      line: lines[from]!.number,
      message: `every line from here on starts with "${prefix.trim()}": read as an export's column, not as a time or as words, and left out`,
    });
  }
  // A page exported as Markdown: its inline tags are markup around the words (`inline-html.ts`).
  const tagged = !subtitles && lines.some((l) => isMarkupLine(l.text)) ? lines.find((l) => hasInlineTags(l.text)) : undefined;
  if (tagged) {
    lines = joinOpenElements(lines)
      .map((l) => ({ ...l, text: withoutInlineTags(l.text).trim() }))
      .filter((l) => l.text !== '');
    warnings.push({
      file,
      line: tagged.number,
      message:
        "read inline HTML tags (<span …>) as the exported page's markup and left them out; their words are kept (an annotation shown on hover is kept as an editor's note)",
    });
  }

  // Turns OCR ran into one line (`…saying.. PM: You're taking…`): each on a line of its own, numbered as the source's.
  const ownLabels = subtitles ? new Set<string>() : lineStartLabels(lines.map((l) => l.text));
  lines = lines.flatMap((line) =>
    splitInlineTurns(line.text, ownLabels).map((text, k) =>
      k === 0 ? { ...line, text } : { number: line.number, text, ...(line.quoted && { quoted: true as const }) },
    ),
  );
  // A page number alone on its line (`-4-`; `8.` between the halves of a sentence): the printed page's furniture.
  if (!subtitles) {
    const pages = lines.map((line, i) => isPageNumber(line.text, lines[i - 1]?.text, lines[i + 1]?.text));
    for (const [i, line] of lines.entries())
      if (pages[i])
        warnings.push({ file, line: line.number, message: `left out "${line.text}": a page number alone on its line, not words` });
    lines = lines.filter((_, i) => !pages[i]);
  }

  // A top `# Title` (or an underlined first line) is the document's title, not a section of it —
  // unless other `#` headings stand beside it: then the `#` headings are the sections.
  const soleH1 = !subtitles && lines.filter((l) => markdownHeading(l.text)?.level === 1).length === 1;
  const top = soleH1 ? lines[0] && markdownHeading(lines[0].text) : undefined;
  // … or the first `# Title` (or underlined line) of a page whose first lines are furniture (a comment, navigation).
  const firstTurn = lines.findIndex((l) => speakerLineShape(l.text)?.shape === 'marked');
  const beforeDialogue = (i: number) => i < TITLE_SEARCH_LINES && (firstTurn === -1 || i < firstTurn);
  // An underlined title stands above the header and the dialogue: only furniture (a skip link) may come before it.
  // (An underlined line is a heading whatever its shape: `o1发布后，…对话：杨植麟…` ⏎ `====`.)
  const firstLabelShaped = lines.findIndex((l, i) => speakerLineShape(l.text) !== undefined && !underlinedAt(lines, i));
  const underlinedTitle =
    top || subtitles
      ? -1
      : lines.findIndex(
          (l, i) =>
            beforeDialogue(i) &&
            (firstLabelShaped === -1 || i < firstLabelShaped) &&
            lines[i + 1] !== undefined &&
            isTitleUnderline(lines[i + 1]!.text) &&
            (headingText(l.text) ?? (underlinedAt(lines, i) ? underlinedHeadingText(l.text) : undefined)) !== undefined,
        );
  const h1 =
    top || underlinedTitle !== -1 || !soleH1 ? -1 : lines.findIndex((l, i) => beforeDialogue(i) && markdownHeading(l.text)?.level === 1);
  const titled =
    top?.level === 1
      ? top.text
      : underlinedTitle !== -1
        ? lines[underlinedTitle]!.text
        : h1 !== -1
          ? markdownHeading(lines[h1]!.text)!.text
          : undefined;
  // Front matter with a title of its own (知行小酒馆 E194 | …) makes a `# Title` worded otherwise
  // (# 知行小酒馆：专访李志忠…) the first heading: its words are the transcript's too, kept, not dropped.
  const frontTitle = front ? frontMatterText(front.data, 'title') : undefined;
  const documentTitle = frontTitle !== undefined && titled !== undefined && frontTitle.trim() !== titled.trim() ? undefined : titled;
  if (documentTitle !== undefined)
    lines =
      h1 !== -1
        ? lines.filter((_, i) => i !== h1)
        : underlinedTitle !== -1
          ? lines.filter((_, i) => i !== underlinedTitle && i !== underlinedTitle + 1)
          : lines.slice(1);

  const { header, end: headerEnd } = readHeader(lines);
  const declared = declaredSpeakers(header, options, front?.data);
  // A line inside a bracket an earlier line opened is words of that paragraph, whatever its shape (`(Echo` ⏎ `Chamber:`).
  // Unless its label is a speaker's outside any bracket elsewhere in the file (`Alice:` after `Bob: … (b buy it.`): a
  // stray bracket never takes the next speaker's turn.
  const bracketed = subtitles ? lines.map(() => false) : bracketedLines(lines);
  const shaped = lines.map((line, i) => (bracketed[i] ? undefined : speakerLineShape(line.text)));
  // A clipped page's account card, its footer's heading and an underlined heading are no one's labels (./furniture.ts).
  const furniture = subtitles ? lines.map(() => false) : notLabels(lines, (i) => Boolean(shaped[i]?.text));
  // A label the file uses throughout, read with a speck after it (`PM':`): that label, and the editor is told where.
  const editorLabels = new Set(options.speakers?.flatMap((s) => [s.name, ...(s.labels ?? [])]));
  const specked = speckedLabels(
    shaped.map((s) => s?.label),
    ownLabels,
    (label) => editorLabels.has(label),
  );
  const shapes = shaped.map((said, i) => {
    if (furniture[i]) return undefined;
    const meant = said && specked.get(said.label);
    if (!said || meant === undefined) return said;
    warnings.push({
      file,
      line: lines[i]!.number,
      message: `label "${said.label}" read as "${meant}", the file's label with stray punctuation after it (likely OCR noise); the words stay as written. If "${said.label}" is someone else, name them in the data file's speakers`,
    });
    return { ...said, label: meant };
  });
  // A line of words indented further than the line of words above it (not a label's line: the rest of a turn may hang
  // under its first line) opens a paragraph, as a typist indents one.
  lines = lines.map((line, i) =>
    i > 0 && !shapes[i - 1] && !shapes[i] && (line.indent ?? 0) > (lines[i - 1]!.indent ?? 0) ? { ...line, indented: true as const } : line,
  );
  const breaks = subtitles
    ? { hardWrapped: false, width: 0, blankSeparated: false }
    : lineBreaks(lines, shapes, (i) => i >= headerEnd && shapes[i]?.text !== '' && !markdownHeading(lines[i]!.text));
  const wrapped = breaks.hardWrapped;
  // Declarations and metadata between the header and the first turn (a lede, then `主持人:敬一丹`).
  const preamble = readPreamble(lines, shapes, headerEnd, declared);
  header.push(...preamble.header);
  const speakers = declared.speakers;
  const aliases = labelAliases(
    lines.slice(0, preamble.end).map((l) => l.text),
    lines.slice(headerEnd).map((l) => l.text),
    speakers,
    options,
  );

  const isKnown = (label: string) =>
    resolve(label, speakers, aliases) !== undefined ||
    QA_LABELS.has(label) ||
    ROLE_KEYS.has(label) ||
    roleAndName(label) !== undefined ||
    outletRoleWord(label) !== undefined;
  const candidates: Candidate[] = [];
  lines.forEach((line, i) => {
    if (i < headerEnd || preamble.used.has(i)) return;
    for (let said = shapes[i]; said; said = said.next ? speakerLineShape(said.next) : undefined)
      candidates.push({
        label: said.label,
        shape: said.shape,
        ...(said.shape === 'alone' && { asks: asksBelow(lines, shapes, i) }),
        ...(said.heading && { heading: true as const }),
      });
  });
  const accepted = acceptLabels(candidates, isKnown);
  for (const [short, full] of shortNames([...accepted])) if (!aliases.has(short)) aliases.set(short, full);
  // A label used once or twice, one slip from a role word used throughout (`Inteviewer:` among `Interviewer:`), is read
  // as that speaker's. The label is the transcriber's furniture, not anyone's words (those stay as written), and kept
  // apart it would put on the page a person who never spoke, with a role guessed from one turn. The editor is told
  // where, and declaring the label in the data file's speakers keeps it a speaker of its own. One slip from a name
  // (`Mrs. Johnson:` among `Mr. Johnson:`, `Christine:` among `Christina:`) may be someone else: kept apart, with a warning.
  const roleWord = (label: string) => ROLE_WORDS.has(label.toLowerCase());
  for (const [slip, { meant, merged }] of misspeltLabels(
    candidates,
    accepted,
    (label) => isKnown(label) || UNIDENTIFIED_VOICES.has(label),
    roleWord,
  )) {
    if (merged) aliases.set(slip, resolve(meant, speakers, aliases) ?? meant);
    const at = lines.findIndex((l, i) => i >= headerEnd && shapes[i]?.label === slip);
    const used = candidates.filter((c) => c.label === slip).length === 1 ? 'once' : 'twice';
    warnings.push({
      file,
      line: lines[at]?.number ?? 1,
      message: merged
        ? `label "${slip}" read as "${meant}": used ${used}, one letter from "${meant}", used throughout, so most likely a slip; the words stay as written. If "${slip}" is someone else, name them in the data file's speakers`
        : `label "${slip}" kept as a speaker of its own: used ${used}, one letter from "${meant}", used throughout. If it is a slip for "${meant}", correct the label in the source`,
    });
  }
  const speakerLine = (i: number): SpeakerLine | undefined => {
    const said = shapes[i];
    const line = lines[i]!;
    if (!said || options.headings?.includes(line.text) || options.paragraphs?.includes(line.text)) return undefined;
    return accepted.has(said.label) ? said : undefined;
  };

  // Only the questions labelled (`Q:…` ⏎ 「…」, no `A:` and no one's name): the declared interviewee answers.
  const onlyQuestions = accepted.size > 0 && [...accepted].every((label) => QA_LABELS.get(label) === 'interviewer');
  const answerer = onlyQuestions ? unlabelledAnswerer(speakers) : undefined;
  /** The first question whose answer stayed in its turn, for want of a declared interviewee. */
  let unattributed: Turn | undefined;

  const footerStart = findFooterStart(lines, headerEnd, speakerLine);
  const { footer, notes: footerNotes } = readFooter(lines.slice(footerStart));
  const closingStart = findClosingStart(lines, headerEnd, footerStart, (i) => {
    const said = speakerLine(i);
    return said && speakerOf(said.label, speakers, aliases).name;
  });
  const closing = closingStart < footerStart ? readClosing(lines.slice(closingStart, footerStart)) : undefined;

  const turns: Turn[] = [];
  const headings: Heading[] = [];
  const intro: Transcript['intro'] = [];
  const unsure: Transcript['unsure'] = [];
  const notes: Transcript['notes'] = [];
  /** Why each speaker's role is what it is, when a declaration or a label word settled it. */
  const decided = new Map(declared.decided);
  const forcedHeadings = new Set(options.headings);
  const forcedParagraphs = new Set(options.paragraphs);
  let awaitingWords = false;
  // An editor's note stood between this turn's paragraphs: the words after it are the speaker's again, in a turn after the note.
  let resumeAfterNote = false;
  /** The line whose words end the current turn's last paragraph: the next line may go on that paragraph. */
  let lastWords: Line | undefined;
  // Under a heading introducing the speakers, before anyone speaks (INTRODUCTION_HEADING).
  let introducing = false;

  const openTurn = (said: SpeakerLine, line: Line) => {
    const { name, role, why } = speakerOf(said.label, speakers, aliases);
    if (!speakers.some((s) => s.name === name)) {
      speakers.push({ name, role: role ?? 'other', declared: false });
      if (role && why) decided.set(name, why);
      else if (!role) {
        warnings.push({
          file,
          line: line.number,
          message: `speaker "${name}" is not declared in the header (访谈人/受访人) or the data file; its role is taken from the evidence (see --explain)`,
        });
      }
    }
    const timestamp = said.timestamp ?? line.time;
    turns.push({
      index: turns.length,
      speaker: name,
      paragraphs: said.text === '' ? [] : [said.text],
      line: line.number,
      ...(timestamp && { timestamp }),
    });
    awaitingWords = said.text === '';
    resumeAfterNote = false;
    lastWords = said.text === '' ? undefined : line;
  };
  const addParagraph = (text: string, line: Line) => {
    let current = turns.at(-1);
    if (resumeAfterNote && current && current.paragraphs.length > 0) {
      // Notes stand between turns: the speaker's words after one go on in a turn of their own, so every word keeps its place.
      current = { index: turns.length, speaker: current.speaker, paragraphs: [], line: line.number };
      turns.push(current);
    }
    resumeAfterNote = false;
    if (!current) {
      intro.push({ text, line: line.number });
      return;
    }
    // `[00:10:02.10] There's also…`: the time is metadata of the paragraph, not its words.
    const timed = PARAGRAPH_TIME.exec(text);
    if (timed && !subtitles) {
      (current.paragraphTimes ??= []).push({ paragraph: current.paragraphs.length, time: timed[1]! });
      text = text.slice(timed[0].length);
    }
    // A subtitle cue's lines are where the screen wrapped: one turn is one paragraph.
    if (subtitles && current.paragraphs.length > 0) current.paragraphs[current.paragraphs.length - 1] += ` ${text}`;
    else current.paragraphs.push(text);
    awaitingWords = false;
    lastWords = timed ? undefined : line;
  };

  for (const line of lines.slice(closingStart, footerStart)) if (isMarkupLine(line.text)) warnings.push(skippedMarkup(file, line));
  const body = { from: headerEnd, to: closingStart };
  for (let i = body.from; i < body.to; i++) {
    const line = lines[i]!;
    if (preamble.used.has(i)) continue;
    if (line.quoted && isBracketedAside(line.text)) {
      // `> （大家說好）`, `> (Audio recording: [title](https://…))`: the editor's note in a blockquote, in the
      // editor's own voice — shown where it stands, never anyone's words.
      notes.push({ text: line.text, line: line.number, afterTurn: turns.length - 1 });
      resumeAfterNote = turns.length > 0;
      continue;
    }
    const pause = shapes[i];
    if (pause && BREAK_LABELS.has(pause.label) && pause.text === '') {
      // `**Break**: [00:14:51.06]`: the show paused; a note between turns, not a speaker.
      notes.push({ text: [pause.label, pause.timestamp].filter(Boolean).join(' '), line: line.number, afterTurn: turns.length - 1 });
      continue;
    }
    if (RECORDING_NOTE.test(line.text)) {
      // `[END OF SIDE A]`, `[RECORDING PAUSES]`: the transcriber's note about the tape, shown where it stands; words
      // after it of the same speaker go on in a turn of their own, so every word keeps its place.
      notes.push({ text: line.text, line: line.number, afterTurn: turns.length - 1 });
      resumeAfterNote = turns.length > 0;
      continue;
    }
    const candidate = speakerLine(i);
    // The editor's lines about the speakers, before the dialogue: introduction, labels and all.
    if (introducing && turns.length === 0 && candidate) {
      addParagraph(line.text, line);
      continue;
    }
    // A label alone with another label right after it has no words: it was a heading (`**Podcast Transcript**`).
    const said = candidate && candidate.text === '' && !candidate.next && (i + 1 >= body.to || speakerLine(i + 1)) ? undefined : candidate;
    if (said) {
      // Subtitles often label every cue (a diarised `【莫言】` on each line): a cue of the speaker
      // who has the floor goes on with the turn, as an unlabelled cue would; one answer is one turn.
      if (subtitles && said.text !== '' && !said.next && turns.at(-1)?.speaker === speakerOf(said.label, speakers, aliases).name) {
        addParagraph(said.text, line);
        continue;
      }
      openTurn(said, line);
      for (let next = said.next; next !== undefined;) {
        const more = speakerLineShape(next);
        if (!more || !accepted.has(more.label)) {
          addParagraph(next, line);
          break;
        }
        openTurn(more, line);
        next = more.next;
      }
      continue;
    }
    const time = bareTimestamp(line.text);
    if (time !== undefined) {
      // `(00:01:43):` alone: the same speaker goes on, a new paragraph at that time.
      const current = turns.at(-1);
      if (current) (current.paragraphTimes ??= []).push({ paragraph: current.paragraphs.length, time });
      continue;
    }
    // A bullet alone (`-`): list furniture; its words are on the next line, read as they come.
    if (isListMarker(line.text)) continue;
    if (isMarkupLine(line.text)) {
      warnings.push(skippedMarkup(file, line));
      continue;
    }
    if (awaitingWords) {
      // After a label alone on its line, the next line is the turn's words, however short.
      addParagraph(line.text, line);
      continue;
    }
    const going = turns.at(-1);
    if (going && lastWords !== undefined && lastWords === lines[i - 1] && !lastWords.quoted === !line.quoted && !opensBlock(line.text)) {
      if (continuesParagraph(lastWords, line, bracketed[i]!, breaks)) {
        // Wrapped at a width, broken mid-sentence where paragraphs break at blank lines, or inside a bracket:
        // the same paragraph, every word of both lines kept in order.
        going.paragraphs[going.paragraphs.length - 1] = joinWrapped(going.paragraphs.at(-1)!, line.text);
        lastWords = line;
        continue;
      }
    }
    const image = imageLine(line.text);
    if (image) {
      warnings.push({
        file,
        line: line.number,
        message: `skipped an image line (${line.text.slice(0, 40)}); a transcript site shows words only${image.caption ? '; its caption is kept as a note' : ''}`,
      });
      if (image.caption) notes.push({ text: image.caption, line: line.number, afterTurn: turns.length - 1 });
      continue;
    }
    if (!subtitles && introducesNext(i)) {
      // `AC6製作人:小倉康敬` over a removed photo: the caption naming who speaks next, a note between turns.
      notes.push({ text: line.text, line: line.number, afterTurn: turns.length - 1 });
      continue;
    }
    const dashed = subtitles ? undefined : dashQuestion(i);
    if (dashed !== undefined) {
      openTurn({ label: '——', text: dashed, shape: 'marked' }, line);
      continue;
    }
    const consumed = subtitles ? 0 : readHeading(i);
    if (consumed > 0) {
      i += consumed - 1;
      continue;
    }
    if (turns.length === 0 && (isRule(line.text) || isBreadcrumb(line.text))) continue;
    const current = turns.at(-1);
    // …unless the question goes on: its last paragraph does not end a sentence (`Q：请你介绍一下` ⏎ `你自己？`).
    const questionGoesOn = current !== undefined && !/[。.？?！!…:：」』”"）)]$/u.test(current.paragraphs.at(-1) ?? '');
    if (onlyQuestions && current && current.paragraphs.length > 0 && accepted.has(current.speaker) && !questionGoesOn) {
      // `Q:请介绍自己` ⏎ 「我是…」: the paragraph after a question is its answer.
      if (answerer !== undefined) openTurn({ label: answerer, text: '', shape: 'plain' }, line);
      else unattributed ??= current;
    }
    addParagraph(line.text, line);
  }
  if (unattributed) {
    warnings.push({
      file,
      line: unattributed.line,
      message: `questions are labelled ("${unattributed.speaker}") but answers are not: each answer stays in its question's turn; name the one who answers in the data file (speakers: - name: …, role: interviewee) to give the answers turns of their own`,
    });
  }

  /**
   * A caption that names, after a role and a colon, the speaker whose label comes next (`AC6製作人:小倉康敬` ⏎
   * `——小倉康敬先生(以下簡稱小倉):`): the page introducing them, not anyone's words, nor a heading.
   */
  function introducesNext(i: number): boolean {
    const said = shapes[i];
    const next = i + 1 < body.to ? speakerLine(i + 1) : undefined;
    if (turns.length === 0 || !said || said.shape !== 'plain' || accepted.has(said.label) || !next) return false;
    return said.text === speakerOf(next.label, speakers, aliases).name;
  }

  /**
   * The words of an interviewer's question written as a Japanese interview writes it, `——今天的采访…` with no name:
   * a dash opening a paragraph (the one before it finished, or no one has spoken yet) right before a labelled answer.
   * A dash after words broken off (`我想——` ⏎ `——还是算了。`) is the same speaker going on.
   */
  function dashQuestion(i: number): string | undefined {
    const dash = QUESTION_DASH.exec(lines[i]!.text);
    if (!dash || i + 1 >= body.to || !speakerLine(i + 1)) return undefined;
    const before = turns.at(-1)?.paragraphs.at(-1);
    if (before !== undefined && !/[。.？?！!…」』”"）)]$/u.test(before)) return undefined;
    return lines[i]!.text.slice(dash[0].length);
  }

  /** Reads line i as an editorial heading when it is one, and records it: the lines it takes (with its underline), or 0. */
  function readHeading(i: number): number {
    const line = lines[i]!;
    if (forcedParagraphs.has(line.text)) return 0;
    const underlinedHere = underlinedAt(lines, i);
    const first = headingText(line.text) ?? (underlinedHere ? underlinedHeadingText(line.text) : undefined);
    const underlined = first !== undefined && lines[i + 1] !== undefined && isUnderline(lines[i + 1]!.text);
    // A title set on two underlined lines, the first ending mid-phrase (`**杨植麟：**` ⏎ `---` ⏎ `**开放性的强化学习**` ⏎ `---`):
    // one heading, its lines joined as written.
    const rest =
      underlinedHere && first && HEADING_GOES_ON.test(first.text) && i + 3 < body.to && underlinedAt(lines, i + 2)
        ? underlinedHeadingText(lines[i + 2]!.text)
        : undefined;
    // Chinese punctuation ends the first line with no space after it; a comma or colon of Latin text wants one.
    const shape = first && rest ? { ...first, text: `${first.text}${/[,:;]$/u.test(first.text) ? ' ' : ''}${rest.text}` } : first;
    const taken = rest ? 4 : underlined ? 2 : 1;
    // A section number and the title after it, right before a turn, are both headings (`01` ⏎ `天花板` ⏎ turn).
    let k = i + taken;
    if (SECTION_NUMBER.test(line.text) && k < body.to && !speakerLine(k) && headingText(lines[k]!.text)) k++;
    const beforeTurn = k < body.to && speakerLine(k) !== undefined;
    // `Z highlights` ⏎ `-` ⏎ pull quote: a title over a bulleted list, before the dialogue. (Inside it, the same
    // shape is more likely a speaker's own list, and a heading there would stand after the list it titles.)
    const beforeList = turns.length === 0 && k < body.to && isListItem(lines[k]!.text);
    // A question is a title only where no one is speaking yet, or where it runs on into its subject (`…?Perplexity的…`).
    const asks = shape?.question !== undefined && !shape.markdown && !underlined;
    if (asks && turns.length > 0 && !shape.question!.subtitled && !forcedHeadings.has(line.text)) return 0;
    // In a hard-wrapped file a paragraph's last line often lacks its stop (`如果付钱去看电影的话(我们)会很开心`):
    // a line without punctuation before a turn is as likely the last speaker's words, so only the marks say heading.
    if (
      wrapped &&
      shape !== undefined &&
      !shape.markdown &&
      !underlined &&
      turns.length > 0 &&
      beforeTurn &&
      !forcedHeadings.has(line.text)
    ) {
      unsure.push({ line: line.number, text: line.text, readAs: 'paragraph' });
      return 0;
    }
    const isHeading =
      forcedHeadings.has(line.text) || (shape !== undefined && (shape.markdown || underlined || beforeTurn || (beforeList && !asks)));
    if (!isHeading) return 0;
    const short = shape !== undefined && k === i + 1 && [...shape.text].length <= UNSURE_HEADING_LENGTH;
    // Guesses `--explain` lists: a short line before a turn, a question between turns.
    if (shape && !shape.markdown && !underlined && beforeTurn && (short || (asks && turns.length > 0)) && !forcedHeadings.has(line.text)) {
      unsure.push({ line: line.number, text: line.text, readAs: 'heading' });
    }
    headings.push({ text: shape?.text ?? line.text, line: line.number, beforeTurn: turns.length });
    introducing = turns.length === 0 && INTRODUCTION_HEADING.test(shape?.text ?? line.text);
    return taken;
  }

  if (turns.length === 0) {
    // A caption dump marks who speaks next with `>>` and names no one (YouTube's `[00:03:52] >> Annie…`).
    const unnamed = lines.find((l) => /^(?:\[?[\d:.]+\]?\s+)?>>\s/u.test(l.text));
    const where = unnamed
      ? 'speaker changes are marked ">>" but no one is named (a caption dump)'
      : header.length > 0
        ? 'the header is followed by no dialogue'
        : 'no line has the shape of a speaker turn';
    throw new IngestError(
      { file, line: (unnamed ?? lines[body.from])?.number ?? lines.at(-1)?.number ?? 1 },
      `no speaker turns found: ${where}`,
      unnamed
        ? 'replace each ">>" with the name of the one who speaks and a colon ("Name: words"); the times before them may stay'
        : 'write each turn as "名字:说的话" or "Name: words" (ASCII or full-width colon) on its own line, and declare the speakers in the header with 访谈人: and 受访人:',
    );
  }
  const silent = turns.find((t) => t.paragraphs.length === 0);
  if (silent) {
    throw new IngestError(
      { file, line: silent.line },
      `the turn of "${silent.speaker}" has no words`,
      'put the words after the colon, or on the lines that follow the speaker label',
    );
  }
  warnings.push(...repeatedTurns(turns, file));

  // The editor's order first (the data file), then everyone in order of first speech.
  const byFirstTurn = (s: Speaker) => turns.findIndex((t) => t.speaker === s.name);
  const editors = new Set(options.speakers?.map((s) => s.name));
  const spoken = speakers
    .filter((s) => byFirstTurn(s) !== -1)
    .sort(
      (a, b) => Number(editors.has(b.name)) - Number(editors.has(a.name)) || (editors.has(a.name) ? 0 : byFirstTurn(a) - byFirstTurn(b)),
    );
  const hadInterviewer = spoken.some((s) => decided.has(s.name) && s.role === 'interviewer');
  const roleEvidence = Object.fromEntries(settleRoles(spoken, turns, decided, declared.closed));
  if (!hadInterviewer) {
    const chosen = spoken.filter((s) => s.role === 'interviewer').map((s) => `"${s.name}"`);
    warnings.push({
      file,
      line: turns[0]!.line,
      message:
        chosen.length > 0
          ? `no interviewer declared; taking ${chosen.join(' and ')} as the interviewer from the evidence (${roleEvidence[chosen[0]!.slice(1, -1)] ?? ''}); declare roles in the header or the data file's speakers`
          : 'no interviewer declared, and no speaker mostly asks: every speaker keeps the role "other"; declare roles in the header or the data file\'s speakers',
    });
  }

  const source = sourceInfo(front?.data, header, footer, documentTitle);
  // Markdown written on purpose — front matter, # headings, bold labels, escapes — makes `**text**` likely emphasis.
  const markdown =
    front !== undefined ||
    escaped ||
    documentTitle !== undefined ||
    lines.some((l) => markdownHeading(l.text)) ||
    shapes.some((s) => s?.bold);
  return {
    transcript: {
      file,
      header,
      footer,
      footerNotes,
      intro,
      ...(closing && { closing }),
      speakers: spoken,
      headings,
      turns,
      unsure,
      source,
      notes,
      roleEvidence,
      subtitles,
      markdown,
    },
    warnings,
  };
}

/** A line that opens a block of its own (a heading, a list item, a rule, an image, a timed paragraph), never a wrapped line's rest. */
function opensBlock(text: string): boolean {
  return (
    markdownHeading(text) !== undefined || isListItem(text) || isRule(text) || imageLine(text) !== undefined || PARAGRAPH_TIME.test(text)
  );
}

/** Leading `key: value` lines; a key with an empty value takes the next line (`来源:` ⏎ text). */
function readHeader(lines: readonly Line[]): { header: MetaEntry[]; end: number } {
  const header: MetaEntry[] = [];
  let i = 0;
  while (i < lines.length) {
    const meta = matchMetaLine(lines[i]!.text, PREAMBLE_KEYS);
    // `Host: Jane Doe` declares a speaker; `Host: Welcome to the show.` is already dialogue.
    if (!meta || (declaredRole(meta.key) && meta.value !== '' && !declaresSpeakers(meta.value, lines.slice(i + 1)))) break;
    let value = meta.value;
    const next = lines[i + 1];
    if (value === '' && next && !matchMetaLine(next.text, PREAMBLE_KEYS)) {
      value = next.text;
      i++;
    }
    header.push({ key: meta.key, value, line: lines[i]!.number });
    i++;
  }
  return { header, end: i };
}

/**
 * Between the header and the first turn: role declarations (`主持人:敬一丹` after a lede)
 * and metadata lines (`稿源:… | 作者:…`). Stops at the first line that reads as a turn.
 */
function readPreamble(
  lines: readonly Line[],
  shapes: readonly (SpeakerLine | undefined)[],
  from: number,
  declared: ReturnType<typeof declaredSpeakers>,
): { header: MetaEntry[]; used: Set<number>; end: number } {
  const header: MetaEntry[] = [];
  const used = new Set<number>();
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const meta = matchMetaLine(line.text, PREAMBLE_KEYS);
    if (meta && declaredRole(meta.key) && meta.value !== '' && declaresSpeakers(meta.value, lines.slice(i + 1))) {
      declare(declared, meta.key, meta.value);
      header.push({ key: meta.key, value: meta.value, line: line.number });
      used.add(i);
      continue;
    }
    const credits = creditLine(line.text);
    if (credits.length > 0) {
      // `Podcast host  Rebecca Parsons | Podcast guest  danah boyd`
      for (const { key, name } of credits) declare(declared, key, name);
      header.push(...credits.map(({ key, name }) => ({ key, value: name, line: line.number })));
      used.add(i);
      continue;
    }
    const legend = LEGEND_LINE.exec(line.text);
    if (legend) {
      // `BC = Brian Cox`: the legend of the labels below (./labels.ts reads it), not a heading.
      header.push({ key: legend[1]!, value: legend[2]!, line: line.number });
      used.add(i);
      continue;
    }
    if (meta && !declaredRole(meta.key)) {
      header.push({ key: meta.key, value: meta.value, line: line.number });
      used.add(i);
      continue;
    }
    const said = shapes[i];
    if (
      said &&
      !neverALabel(said.label) &&
      (nameScript(said.label) || QA_LABELS.has(said.label) || ROLE_KEYS.has(said.label) || roleAndName(said.label))
    )
      break;
  }
  return { header, used, end: i };
}

/** A line of credits, `Host: A | Guest: B` or `Podcast host  A | Podcast guest  B`: each role word with its name. */
function creditLine(line: string): { key: string; name: string }[] {
  if (!line.includes('|')) return [];
  const segments = line
    .split('|')
    .map((part) =>
      /^(?:[\p{L}]+\s+)?(host|guest|interviewer|moderator|主持人|嘉宾|嘉賓)s?\s*[:：]?\s+(\p{L}[\p{L}.'’ -]{0,40})$/iu.exec(part.trim()),
    );
  if (segments.some((m) => m === null)) return [];
  return segments.map((m) => ({
    key: ROLE_KEYS.has(m![1]!) ? m![1]! : m![1]![0]!.toUpperCase() + m![1]!.slice(1).toLowerCase(),
    name: m![2]!.trim(),
  }));
}

/** Whether a role line's value names people: they speak further down, or it reads as names, not a sentence. */
function declaresSpeakers(value: string, rest: readonly Line[]): boolean {
  const names = declaredNames(value);
  if (names.some((name) => rest.some((line) => speakerLineShape(line.text)?.label === name))) return true;
  return names.every((name) => /^[\p{L}·•' -]{1,24}$/u.test(name) && name.split(' ').length <= 3);
}

interface Declared {
  speakers: Speaker[];
  /** Speaker → why the role is known. */
  decided: Map<string, string>;
  /** The interviewees were named, so anyone else who speaks is `other`. */
  closed: boolean;
}

/** Speakers named in the data file, the front matter and by role keys in the header, in that order. */
function declaredSpeakers(header: readonly MetaEntry[], options: ParseOptions, frontMatter: Record<string, unknown> | undefined): Declared {
  const declared: Declared = { speakers: [], decided: new Map(), closed: false };
  for (const s of options.speakers ?? []) {
    declared.speakers.push({ name: s.name, role: s.role ?? 'other', declared: true, ...(s.labels?.length && { labels: [...s.labels] }) });
    if (s.role) declared.decided.set(s.name, `declared in the data file (role: ${s.role})`);
  }
  for (const { name, role, key } of frontMatterSpeakers(frontMatter)) add(declared, name, role, `declared in the front matter (${key})`);
  for (const { key, value } of header) if (declaredRole(key)) declare(declared, key, value);
  return declared;
}

function declare(declared: Declared, key: string, value: string): void {
  const role = declaredRole(key)!;
  if (role === 'interviewee') declared.closed = true;
  for (const name of declaredNames(value)) add(declared, name, role, `declared in the header (${key})`);
}

/**
 * The names a declaration lists, each without what brackets add after it: a guest's affiliation
 * (`匹马 (Continue Capital)`) or the real name behind the label (`阿姨（刘仲敬）`); the label is the name.
 */
function declaredNames(value: string): string[] {
  return value
    .split(NAME_SEPARATORS)
    .map((n) => n.replace(/\s*[（(][^（()）]*[）)]\s*$/u, '').trim())
    .filter(Boolean);
}

function add(declared: Declared, name: string, role: Role, why: string): void {
  const known = declared.speakers.find((s) => s.name === name || s.labels?.includes(name));
  if (!known) {
    declared.speakers.push({ name, role, declared: true });
    declared.decided.set(name, why);
  } else if (known.role === 'other') {
    known.role = role;
    declared.decided.set(known.name, why);
  }
}

/** Label → speaker name: declared names and their labels, and the legend's short forms. */
function labelAliases(
  preamble: readonly string[],
  body: readonly string[],
  speakers: readonly Speaker[],
  options: ParseOptions,
): Map<string, string> {
  const aliases = new Map<string, string>();
  // A label declared with its brackets (`[主播]`, `【主播】`) is the label the line gives without them.
  const declare = (label: string, name: string) => {
    aliases.set(label, name);
    const inner = /^(?:\[([^\]]+)\]|【([^】]+)】)$/u.exec(label);
    if (inner) aliases.set((inner[1] ?? inner[2])!, name);
  };
  for (const s of speakers) for (const label of s.labels ?? []) declare(label, s.name);
  for (const s of options.speakers ?? []) for (const label of s.labels ?? []) declare(label, s.name);
  for (const [short, full] of legendAliases(preamble)) if (!aliases.has(short)) aliases.set(short, full);
  // A line that is a legend alone (`(M=被访者,R=记者)`) explains the letters wherever it stands, after the dialogue too;
  // so does a short form given in the label where someone first speaks (`小倉康敬先生(以下簡稱小倉):`).
  for (const legend of body.map(legendLine)) for (const [short, full] of legend ?? []) if (!aliases.has(short)) aliases.set(short, full);
  for (const legend of body.map(labelLegend)) {
    if (legend === undefined) continue;
    for (const label of [legend.short, legend.label]) if (!aliases.has(label) && label !== legend.name) aliases.set(label, legend.name);
  }
  // A declared full name is also its first name (`Rebecca:` for `Rebecca Parsons`), when no one else shares it.
  const firsts = speakers.filter((s) => s.name.includes(' ')).map((s) => [s.name.split(' ')[0]!, s.name] as const);
  for (const [first, full] of firsts) {
    if (!aliases.has(first) && firsts.filter(([f]) => f === first).length === 1 && !speakers.some((s) => s.name === first))
      aliases.set(first, full);
  }
  return aliases;
}

function resolve(label: string, speakers: readonly Speaker[], aliases: ReadonlyMap<string, string>): string | undefined {
  if (speakers.some((s) => s.name === label)) return label;
  // A chat handle is written with or without its spaces (`Bookpg SD:` for the lede's `(BookpgSD)`).
  return aliases.get(label) ?? aliases.get(compactLabel(label));
}

/** The speaker a label names, and the role its label word gives (问, Host, 主持人王远志). */
function speakerOf(
  label: string,
  speakers: readonly Speaker[],
  aliases: ReadonlyMap<string, string>,
): { name: string; role?: Role; why?: string } {
  const known = resolve(label, speakers, aliases);
  if (known !== undefined) return { name: known };
  const conventional = QA_LABELS.get(label) ?? ROLE_KEYS.get(label);
  if (conventional) return { name: label, role: conventional, why: `label word “${label}”` };
  const glued = roleAndName(label);
  if (glued) {
    const name = resolve(glued.name, speakers, aliases) ?? glued.name;
    return { name, role: ROLE_KEYS.get(glued.roleWord), why: `label word “${glued.roleWord}”` };
  }
  const outlet = outletRoleWord(label);
  if (outlet) return { name: label, role: ROLE_KEYS.get(outlet), why: `label word “${outlet}”` };
  if (UNIDENTIFIED_VOICES.has(label))
    return { name: label, role: 'other', why: `“${label}” is any voice the service could not tell apart` };
  return { name: label };
}

/**
 * Who answers where a file labels only its questions (`Q:`, `问：`), each answer following its question
 * unlabelled: the one interviewee the header or the data file declares.
 */
function unlabelledAnswerer(speakers: readonly Speaker[]): string | undefined {
  const answerers = speakers.filter((s) => s.declared && s.role === 'interviewee');
  return answerers.length === 1 ? answerers[0]!.name : undefined;
}

/** A line of HTML tags alone (`<div class="toc">`), left from an export: the page's layout, skipped. */
function skippedMarkup(file: string, line: Line): IngestWarning {
  return { file, line: line.number, message: `skipped a line of HTML tags (${line.text.slice(0, 40)}): page layout, not words` };
}

/**
 * Where an editor's closing section starts: a heading that names one (`### 术语解释`,
 * `CLOSING_HEADING`; an English one only as a Markdown heading, for a bare `Notes` may be a
 * speaker's word) after which no one who spoke before it speaks again, under any of their
 * labels (`Sam:` after `Sam Altman:`), before `end` (the footer); `end` when there is none. A
 * glossary's bold terms (`**北外:** 北京外国语大学`) have a label's shape, but are no one who spoke.
 */
function findClosingStart(lines: readonly Line[], from: number, end: number, speakerAt: (i: number) => string | undefined): number {
  const spoke = new Set<string>();
  for (let i = from; i < end; i++) {
    const speaker = speakerAt(i);
    if (speaker !== undefined) {
      spoke.add(speaker);
      continue;
    }
    const heading = headingText(lines[i]!.text);
    if (spoke.size === 0 || !heading || !CLOSING_HEADING.test(heading.text.trim())) continue;
    if (!heading.markdown && !/\p{Script=Han}/u.test(heading.text)) continue;
    const again = lines.slice(i + 1, end).some((_, k) => {
      const later = speakerAt(i + 1 + k);
      return later !== undefined && spoke.has(later);
    });
    if (!again) return i;
  }
  return end;
}

/** An editor's closing section: its heading, then its paragraphs as written, without an export's HTML layout lines. */
function readClosing(lines: readonly Line[]): NonNullable<Transcript['closing']> {
  const [heading, ...rest] = lines;
  return {
    heading: headingText(heading!.text)!.text.trim(),
    line: heading!.number,
    paragraphs: rest.filter((l) => !isMarkupLine(l.text)).map((l) => ({ text: l.text, line: l.number })),
  };
}

/** The words under a label alone on line `i` (up to the next label-shaped line) end in a question mark. */
function asksBelow(lines: readonly Line[], shapes: readonly (SpeakerLine | undefined)[], i: number): boolean {
  let last: string | undefined;
  for (let k = i + 1; k < lines.length && !shapes[k]; k++) last = lines[k]!.text;
  return last !== undefined && /[?？]$/u.test(last);
}

/** Identical turns (same speaker, same words) are legal — "对。" — but worth a look. */
function repeatedTurns(turns: readonly Turn[], file: string): IngestWarning[] {
  const seen = new Map<string, Turn>();
  const warnings: IngestWarning[] = [];
  for (const turn of turns) {
    const key = `${turn.speaker}\n${turn.paragraphs.join('\n')}`;
    const first = seen.get(key);
    if (first)
      warnings.push({ file, line: turn.line, message: `turn repeats line ${first.line} word for word; kept, with a permalink of its own` });
    else seen.set(key, turn);
  }
  return warnings;
}
