/**
 * The ingest pipeline for one interview, from decoded text to the files to write. A recipe
 * of named steps (./steps/), each a pure module; no file system here: the CLI reads the
 * inputs and writes the result atomically.
 */
import type { AsteriskUse } from '../../src/lib/asterisks.ts';
import type { GlossaryEntry } from '../../src/schemas/glossary.ts';
import type { ThemeData } from '../../src/schemas/interview-data.ts';
import type { ThemeAssignment } from './assign-themes.ts';
import type { IngestWarning } from './errors.ts';
import { groupExchanges } from './group-exchanges.ts';
import { assignTurnIds } from './ids/assign-ids.ts';
import { serializeIdLock, type IdLock } from './ids/lock.ts';
import type { LoadedInterviewData } from './interview-data.ts';
import type { TreeContext } from './mdx/build-tree.ts';
import type { Exchange, Transcript } from './model.ts';
import { chooseSlug } from './steps/choose-slug.ts';
import { chooseThemes } from './steps/choose-themes.ts';
import { detectLanguage } from './steps/detect-language.ts';
import { exchangeViews } from './steps/exchange-views.ts';
import { interviewRecord } from './steps/interview-record.ts';
import { placeExchanges } from './steps/place-exchanges.ts';
import { readAsterisks } from './steps/read-asterisks.ts';
import { readTranscript } from './steps/read-transcript.ts';
import { sectionPages } from './steps/section-pages.ts';
import { transcriptPage } from './steps/transcript-page.ts';

export { openingWords } from './steps/section-pages.ts';

/** Everything one interview's ingest produces. */
export interface BuiltInterview {
  slug: string;
  /** Whether the editor has given themes (otherwise they were found automatically). */
  themed: boolean;
  /** The themes the exchanges went into: the editor's, or the automatic ones. */
  themes: readonly ThemeData[];
  /** Path relative to the interview's output folder → file content. */
  files: Map<string, string>;
  warnings: IngestWarning[];
  transcript: Transcript;
  exchanges: Exchange[];
  ids: string[];
  assignments: ThemeAssignment[];
  /** BCP 47 language of the interview (the data file's, or detected). */
  language: string;
  /** Whether the source's `**` are masks or emphasis. */
  asterisks: AsteriskUse;
  /** The id lock file's next content. */
  lock: IdLock;
  lockText: string;
}

/**
 * Runs the pipeline on a transcript's text, its (optional) data file, the ids published before
 * and the glossary (names and terms automatic themes keep whole).
 */
export function buildInterview(
  text: string,
  file: string,
  loaded: LoadedInterviewData | undefined,
  previousIds?: IdLock,
  glossary: readonly GlossaryEntry[] = [],
): BuiltInterview {
  const data = loaded?.data;
  const warnings: IngestWarning[] = [];
  const keep = <T extends { warnings: IngestWarning[] }>(step: T): T => (warnings.push(...step.warnings), step);

  const { transcript } = keep(readTranscript(text, file, data));
  const slug = chooseSlug(file, data, loaded);
  const language = data?.language ?? detectLanguage(transcript);
  const asterisks = readAsterisks(transcript, data);
  const exchanges = groupExchanges(transcript.turns, transcript.speakers, transcript.headings);
  const chosen = keep(
    chooseThemes(slug, file, loaded, {
      exchanges,
      speakers: transcript.speakers,
      headings: transcript.headings,
      language,
      // Another interview's own spellings (the seed's typo ChaPT for ChatGPT) are not this one's.
      glossary: glossary.filter((g) => !g.interview || g.interview === slug),
    }),
  );
  const { assignments } = keep(placeExchanges(exchanges, transcript.speakers, chosen, file, loaded));
  const { ids, lock } = assignTurnIds(transcript.turns, previousIds);
  const views = exchangeViews(exchanges, assignments, chosen.themes, transcript.speakers, ids);

  const tree: TreeContext = { interview: slug, exchangeCount: exchanges.length, sic: data?.sic ?? [], asterisks };
  const sections = keep(sectionPages(views, assignments, chosen.themes, tree, loaded?.file ?? file, loaded));
  const files = new Map([
    ...sections.files,
    ['transcript.mdx', transcriptPage(views, transcript, tree)],
    [
      'interview.json',
      interviewRecord(slug, file, data, transcript, views, sections.usedThemes, lock, exchanges.length, language, asterisks),
    ],
  ]);

  return {
    slug,
    themed: chosen.themed,
    themes: chosen.themes,
    language,
    asterisks,
    files,
    warnings,
    transcript,
    exchanges,
    ids,
    assignments,
    lock,
    lockText: serializeIdLock(lock),
  };
}
