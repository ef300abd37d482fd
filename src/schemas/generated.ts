/**
 * What the ingest writes and the site reads: the frontmatter of a section's MDX file and
 * the interview record. The ingest validates its output with these before writing, and
 * `src/content.config.ts` validates the same files on load: one schema, both ends.
 */
import { z } from 'zod';

/** Where the ingest writes its output and the site reads it, relative to the project root. */
export const GENERATED_DIR = 'content/generated';

/** interviewer (asks, runs the talk), interviewee (answers), audience (asks from the floor) or other. */
export const roleSchema = z.enum(['interviewer', 'interviewee', 'audience', 'other']);

export const speakerSchema = z.object({
  name: z.string(),
  role: roleSchema,
  /** Whether the transcript header named this speaker. */
  declared: z.boolean(),
  /** Other labels the transcript uses for this speaker. */
  labels: z.array(z.string()).optional(),
});

/** A `key: value` line of the source's header or footer. */
export const metaEntrySchema = z.object({ key: z.string(), value: z.string() });

/** One exchange as a section lists it. */
export const exchangeRefSchema = z.object({
  /** 1-based position in the interview. */
  number: z.number().int().positive(),
  /** Ids of its turns, in order. */
  turns: z.array(z.string()),
});

/** Frontmatter of `content/generated/<interview>/sections/<theme>.mdx`. */
export const sectionSchema = z.object({
  interview: z.string(),
  theme: z.string(),
  title: z.string(),
  titleEn: z.string(),
  description: z.string(),
  /** 1-based reading order of the section among the interview's themes. */
  order: z.number().int().positive(),
  /** Names of the speakers heard in this section. */
  speakers: z.array(z.string()),
  exchanges: z.array(exchangeRefSchema),
  /** Ids of every turn in the section, in order. */
  turns: z.array(z.string()),
  /** Quote for the theme's card. */
  lead: z.object({ text: z.string(), turn: z.string(), speaker: z.string() }),
  /** Exchanges placed under other themes that also touch this one (its keywords occur there). */
  related: z.array(
    z.object({
      number: z.number().int().positive(),
      /** The theme the exchange is placed under, and its first turn. */
      theme: z.string(),
      themeTitle: z.string(),
      turn: z.string(),
      /** This theme's keywords found in it. */
      keywords: z.array(z.string()),
    }),
  ),
});

/** A theme as the interview record lists it. */
export const themeRefSchema = z.object({
  slug: z.string(),
  title: z.string(),
  titleEn: z.string(),
  /** The theme it is across interviews, when the data file maps it to another slug. */
  shared: z.string().optional(),
});

/** One turn, as data: what search and per-turn features need without parsing MDX. */
export const turnRecordSchema = z.object({
  id: z.string(),
  speaker: z.string(),
  role: roleSchema,
  /** 1-based number of its exchange. */
  exchange: z.number().int().positive(),
  /** Slug of the theme section it appears in. */
  theme: z.string(),
  /** Paragraphs exactly as in the source. */
  paragraphs: z.array(z.string()),
  /** `00:12:34` when the source timestamps the turn. */
  timestamp: z.string().optional(),
  /** Times the source writes between the turn's paragraphs: paragraph index → time. */
  paragraphTimes: z.array(z.object({ paragraph: z.number().int().nonnegative(), time: z.string() })).optional(),
});

/** What the source says about itself, typed (from its front matter, header and footer). */
export const sourceInfoSchema = z.object({
  title: z.string().optional(),
  /** Where the source was published. */
  url: z.string().optional(),
  /** Publication date or time, as the source writes it. */
  published: z.string().optional(),
  /** Last update, as the source writes it. */
  updated: z.string().optional(),
  /** The publisher or outlet. */
  publisher: z.string().optional(),
  author: z.string().optional(),
  description: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  /** The terms the text is reproduced under (from the data file), e.g. "CC BY-SA 4.0". */
  licence: z.string().optional(),
  /** Where those terms are written. */
  licenceUrl: z.string().optional(),
});

/** `content/generated/<interview>/interview.json`: the interview as a whole. */
export const interviewSchema = z.object({
  slug: z.string(),
  title: z.string(),
  titleEn: z.string().optional(),
  date: z.string().optional(),
  language: z.string(),
  event: z.string().optional(),
  /** What the source says about itself: pages read these, never the source's own keys. */
  source: sourceInfoSchema,
  speakers: z.array(speakerSchema),
  /** Source metadata above the dialogue (来源, 图片来源 …). */
  header: z.array(metaEntrySchema),
  /** Source metadata below the dialogue (文章标题, 文章链接 …). */
  footer: z.array(metaEntrySchema),
  /** Footer lines that are not `key: value`, e.g. a republisher's disclaimer. */
  footerNotes: z.array(z.string()),
  /** Paragraphs before the dialogue. */
  intro: z.array(z.string()),
  /** The editor's closing section after the dialogue (a glossary, notes): its heading and paragraphs as written. */
  closing: z.object({ heading: z.string(), paragraphs: z.array(z.string()) }).optional(),
  /** The publication's notes between turns (an image's caption, a show's break), with the id of the turn they follow. */
  notes: z.array(z.object({ text: z.string(), after: z.string().optional() })),
  /** Themes in reading order. */
  themes: z.array(themeRefSchema),
  /** Every turn in source order. */
  turns: z.array(turnRecordSchema),
  /** Source peculiarities shown as written and marked (from the data file's `sic`). */
  sic: z.array(z.object({ text: z.string(), note: z.string() })),
  /** Whether the source's `**` are masks (words withheld) or emphasis (src/lib/asterisks.ts). */
  asterisks: z.enum(['masks', 'emphasis']),
  /** Ids published before whose turn was removed or merged, and the turn each now leads to. */
  retired: z.array(z.object({ id: z.string(), to: z.string(), reason: z.enum(['merged', 'removed']) })),
  exchangeCount: z.number().int().nonnegative(),
  turnCount: z.number().int().nonnegative(),
});

export type SectionFrontmatter = z.output<typeof sectionSchema>;
export type InterviewRecord = z.output<typeof interviewSchema>;
export type TurnRecord = z.output<typeof turnRecordSchema>;
