/**
 * The ingest pipeline for one interview, from decoded text to the files to write:
 * parse → group into exchanges → assign themes → assign ids → build MDX trees → serialize.
 * Pure: no file system; the CLI reads the inputs and writes the result atomically.
 */
import { basename } from 'node:path';
import type { ThemeData } from '../../src/schemas/interview-data.ts';
import { interviewSchema, sectionSchema, type InterviewRecord, type SectionFrontmatter } from '../../src/schemas/generated.ts';
import { assignThemes, type ThemeAssignment } from './assign-themes.ts';
import { assignTurnIds } from './ids/assign-ids.ts';
import { serializeIdLock, type IdLock } from './ids/lock.ts';
import { IngestError, type IngestWarning } from './errors.ts';
import { fold } from '../../src/lib/fold.ts';
import { groupExchanges } from './group-exchanges.ts';
import type { LoadedInterviewData } from './interview-data.ts';
import { sectionTree, transcriptTree, type ExchangeView, type TreeContext } from './mdx/build-tree.ts';
import { serializeMdx } from './mdx/serialize.ts';
import type { Exchange, Transcript } from './model.ts';
import { parseTranscript } from './parse/parse-transcript.ts';

/** The section that holds every exchange of an interview that has no themes yet. */
export const UNTHEMED: ThemeData = {
  slug: 'all',
  title: '全部对话',
  titleEn: 'The whole conversation',
  description: '这篇访谈还没有按主题整理，这里按原顺序收录全部对话。',
  keywords: [],
};

const UNTHEMED_LIST: readonly ThemeData[] = [UNTHEMED];

/** Everything one interview's ingest produces. */
export interface BuiltInterview {
  slug: string;
  /** Whether the editor has given themes (otherwise one section holds everything). */
  themed: boolean;
  /** Path relative to the interview's output folder → file content. */
  files: Map<string, string>;
  warnings: IngestWarning[];
  transcript: Transcript;
  exchanges: Exchange[];
  ids: string[];
  assignments: ThemeAssignment[];
  /** The id lock file's next content. */
  lock: IdLock;
  lockText: string;
}

/** Runs the pipeline on a transcript's text, its (optional) data file and the ids published before. */
export function buildInterview(text: string, file: string, loaded: LoadedInterviewData | undefined, previousIds?: IdLock): BuiltInterview {
  const data = loaded?.data;
  const { transcript, warnings } = parseTranscript(text, file, {
    speakers: data?.speakers,
    headings: data?.layout.headings,
    paragraphs: data?.layout.paragraphs,
  });
  const slug = data?.slug ?? basename(file).replace(/\.[^.]+$/, '');
  /** Where problems with themes are reported: the data file, or the transcript when there is none. */
  const dataFile = loaded?.file ?? file;
  const themed = data !== undefined && data.themes.length > 0;
  const themes = themed ? data.themes : UNTHEMED_LIST;
  if (!themed) {
    warnings.push({
      file: dataFile,
      message: `no themes for "${slug}": every exchange goes into one section; add themes to ${loaded?.file ?? `a ${slug}.yaml beside the transcript`} to curate them`,
    });
  }

  const exchanges = groupExchanges(transcript.turns, transcript.speakers, transcript.headings);
  const { assignments, warnings: themeWarnings } = assignThemes(exchanges, transcript.speakers, themes, {
    pins: data?.pins ?? [],
    file: dataFile,
    lineOf: loaded?.lineOf ?? (() => undefined),
  });
  // Without themes every exchange "matches nothing"; the one warning above says so already.
  if (themed) warnings.push(...themeWarnings);

  const { ids, lock } = assignTurnIds(transcript.turns, previousIds);
  const role = new Map(transcript.speakers.map((s) => [s.name, s.role]));
  const themeBySlug = new Map(themes.map((t) => [t.slug, t]));

  const views: ExchangeView[] = exchanges.map((exchange, i) => {
    const theme = themeBySlug.get(assignments[i]!.theme)!;
    return {
      number: exchange.number,
      theme: theme.slug,
      themeTitle: theme.title,
      turns: exchange.turns.map((turn) => ({ turn, id: ids[turn.index]!, role: role.get(turn.speaker)! })),
    };
  });
  const tree: TreeContext = { interview: slug, exchangeCount: exchanges.length, sic: data?.sic ?? [] };

  const files = new Map<string, string>();
  const usedThemes = themes.filter((theme) => views.some((v) => v.theme === theme.slug));
  for (const theme of themes.filter((t) => !usedThemes.includes(t))) {
    warnings.push({ file: dataFile, line: loaded?.lineOf(['themes', themes.indexOf(theme)]), message: `theme "${theme.slug}" has no exchanges and gets no page` });
  }
  usedThemes.forEach((theme, i) => {
    const inSection = views.filter((v) => v.theme === theme.slug);
    const frontmatter: SectionFrontmatter = sectionSchema.parse({
      interview: slug,
      theme: theme.slug,
      title: theme.title,
      titleEn: theme.titleEn,
      description: theme.description,
      order: i + 1,
      speakers: [...new Set(inSection.flatMap((v) => v.turns.map((t) => t.turn.speaker)))],
      exchanges: inSection.map((v) => ({ number: v.number, turns: v.turns.map((t) => t.id) })),
      turns: inSection.flatMap((v) => v.turns.map((t) => t.id)),
      lead: leadQuote(theme, inSection, loaded, themes.indexOf(theme)),
      // One theme per exchange keeps every turn in one place; these links keep a reader of
      // this theme from missing where it comes up elsewhere.
      related: views.flatMap((v, n) => {
        const evidence = assignments[n]!.scores.find((s) => s.theme === theme.slug)?.evidence;
        if (v.theme === theme.slug || !evidence) return [];
        return [{ number: v.number, theme: v.theme, themeTitle: v.themeTitle, turn: v.turns[0]!.id, keywords: Object.keys(evidence) }];
      }),
    });
    files.set(`sections/${theme.slug}.mdx`, serializeMdx(sectionTree(frontmatter, inSection, tree)));
  });

  const headingsBefore = new Map(transcript.headings.map((h) => [h.beforeTurn, h.text]));
  files.set('transcript.mdx', serializeMdx(transcriptTree({ interview: slug }, views, headingsBefore, tree)));

  const record: InterviewRecord = interviewSchema.parse({
    slug,
    title: data?.title ?? transcript.footer.find((m) => m.key === '文章标题' || m.key === '原文标题')?.value ?? slug,
    titleEn: data?.titleEn,
    date: data?.date ?? /\d{4}-\d{2}-\d{2}/.exec(basename(file))?.[0],
    language: data?.language ?? 'zh-CN',
    event: data?.event,
    speakers: transcript.speakers,
    header: transcript.header.map(({ key, value }) => ({ key, value })),
    footer: transcript.footer.map(({ key, value }) => ({ key, value })),
    footerNotes: transcript.footerNotes.map((n) => n.text),
    intro: transcript.intro.map((p) => p.text),
    themes: usedThemes.map(({ slug, title, titleEn }) => ({ slug, title, titleEn })),
    turns: views.flatMap((v) =>
      v.turns.map(({ turn, id, role }) => ({
        id,
        speaker: turn.speaker,
        role,
        exchange: v.number,
        theme: v.theme,
        paragraphs: turn.paragraphs,
        ...(turn.timestamp && { timestamp: turn.timestamp }),
      })),
    ),
    sic: data?.sic ?? [],
    retired: lock.retired.map(({ id, to, reason }) => ({ id, to, reason })),
    exchangeCount: exchanges.length,
    turnCount: transcript.turns.length,
  });
  files.set('interview.json', `${JSON.stringify(record, null, 2)}\n`);

  return { slug, themed, files, warnings, transcript, exchanges, ids, assignments, lock, lockText: serializeIdLock(lock) };
}

/** The theme card's quote: the editor's `lead` (checked against the text) or the first answer's first sentence. */
function leadQuote(theme: ThemeData, inSection: readonly ExchangeView[], loaded: LoadedInterviewData | undefined, index: number): SectionFrontmatter['lead'] {
  const turns = inSection.flatMap((v) => v.turns);
  if (theme.lead !== undefined) {
    const needle = fold(theme.lead);
    const found = turns.find((t) => fold(t.turn.paragraphs.join('\n')).includes(needle));
    if (!found) {
      throw new IngestError(
        { file: loaded?.file ?? '(data file)', line: loaded?.lineOf(['themes', index, 'lead']) },
        `the lead quote of theme "${theme.slug}" does not occur in any of its turns`,
        'copy the words exactly from a turn in that theme, or remove `lead` to use the first answer',
      );
    }
    return { text: theme.lead, turn: found.id, speaker: found.turn.speaker };
  }
  const answer = turns.find((t) => t.role !== 'interviewer') ?? turns[0]!;
  return { text: openingWords(answer.turn.paragraphs[0]!), turn: answer.id, speaker: answer.turn.speaker };
}

/** Longest default lead quote, in characters. */
const LEAD_LENGTH = 60;

/**
 * The first sentence of a paragraph, cut at a clause break when it is longer than a card
 * can show. Always a verbatim prefix of the paragraph.
 */
export function openingWords(paragraph: string): string {
  const sentence = /^.+?(?:[。！？!?]|$)/u.exec(paragraph)![0];
  if ([...sentence].length <= LEAD_LENGTH) return sentence;
  const head = [...sentence].slice(0, LEAD_LENGTH).join('');
  const clauseEnd = Math.max(...[...head.matchAll(/[,，;；、]/gu)].map((m) => m.index));
  return clauseEnd > 0 ? head.slice(0, clauseEnd) : head;
}
