/**
 * The reviewed, per-interview data file (`content/sources/<interview>.yaml`): what the
 * transcript itself does not say (slug, title, date, language) and the editor's themes.
 */
import { z } from 'zod';

/** Words that are routes of an interview, so no theme may take them as its slug. */
export const RESERVED_SLUGS = ['transcript', 'search', 'about', 'q', 'all'] as const;

/**
 * Words an interview's slug may not be: the site's own pages and folders at the top level
 * (`/search/`, `/about/`, `/404/`, Pagefind's `/pagefind/` …). src/lib/routes.ts checks the
 * whole site at build time; this list lets the ingest refuse such a slug early.
 */
export const RESERVED_INTERVIEW_SLUGS = [
  'search',
  'about',
  'q',
  '404',
  'pagefind',
  'index',
  'robots',
  'sitemap',
  'assets',
  'transcript',
  'all',
  'people',
  'themes',
] as const;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by "-" (URL-safe), e.g. "open-source"');

/** One theme: a section of the site. */
export const themeSchema = z.strictObject({
  /** English, URL-safe: the section's address. */
  slug: slug.refine((s) => !(RESERVED_SLUGS as readonly string[]).includes(s), {
    message: `is reserved for a page of its own (${RESERVED_SLUGS.join(', ')})`,
  }),
  /** Chinese (or the interview's language) title. */
  title: z.string().min(1),
  /** English title. */
  titleEn: z.string().min(1),
  /** One paragraph telling a reader what this theme gathers. */
  description: z.string().min(1),
  /** Words whose occurrences are evidence that an exchange belongs here (case, width and punctuation ignored). */
  keywords: z
    .array(z.string().regex(/[\p{L}\p{N}]/u, 'each keyword needs a letter or a digit (punctuation is ignored in matching)'))
    .min(1),
  /** A quote shown on the theme's card; must occur in one of its turns. Default: the first answer's first sentence. */
  lead: z.string().min(1).optional(),
  /** The theme this one is across interviews, when its slug differs (`/themes/<shared>/` gathers them). Default: its slug. */
  shared: slug.optional(),
});

/** An editor's decision that overrides keyword evidence. */
export const pinSchema = z.strictObject({
  /** Words that occur in exactly one exchange (any of its turns): the exchange pinned. */
  quote: z.string().min(1),
  /** Slug of the theme the exchange belongs to. */
  theme: z.string(),
});

/** A source peculiarity shown faithfully and marked, never corrected (a typo, a garbled name). */
export const sicSchema = z.strictObject({
  /** The exact text as it stands in the transcript. */
  text: z.string().min(1),
  /** What the reader should know, e.g. "原文如此，疑为 ChatGPT". */
  note: z.string().min(1),
});

/** A speaker as the editor declares them: overrides the header, and gathers several labels into one person. */
export const speakerDeclSchema = z.strictObject({
  /** The name shown on the site. */
  name: z.string().min(1),
  /** interviewer (asks, runs the talk), interviewee (answers), audience (asks from the floor) or other. */
  role: z.enum(['interviewer', 'interviewee', 'audience', 'other']).optional(),
  /** Other labels the transcript uses for this person (`周总`, `Q`, `Zhou Hongyi` …). */
  labels: z.array(z.string().min(1)).default([]),
});

const webAddress = z.url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' });

/** Where the text comes from, when the transcript does not say (each field overrides the transcript's own). */
export const sourceDeclSchema = z.strictObject({
  /** The page the interview was published on. */
  url: webAddress.optional(),
  /** The title it was published under. */
  title: z.string().min(1).optional(),
  /** The publisher or outlet. */
  publisher: z.string().min(1).optional(),
  /** The terms the text may be reproduced under, e.g. "CC BY-SA 4.0" (shown on the About page). */
  licence: z.string().min(1).optional(),
  /** Where those terms are written. */
  licenceUrl: webAddress.optional(),
});

/** Decisions on lines whose shape is ambiguous (`--explain` lists them). */
export const layoutSchema = z.strictObject({
  /** Lines (exact text) that are headings. */
  headings: z.array(z.string()).default([]),
  /** Lines (exact text) that are paragraphs of the turn before, not headings. */
  paragraphs: z.array(z.string()).default([]),
});

/** The whole data file. Every field but the themes has a default, so a bare file is valid. */
export const interviewDataSchema = z
  .strictObject({
    /** Address of the interview; default: the transcript's file name, transliterated. */
    slug: slug
      .refine((s) => !(RESERVED_INTERVIEW_SLUGS as readonly string[]).includes(s), {
        message: `is a page of the site itself (${RESERVED_INTERVIEW_SLUGS.join(', ')}); choose another`,
      })
      .optional(),
    /** Display title; default: the source's article title. */
    title: z.string().min(1).optional(),
    /** English display title. */
    titleEn: z.string().min(1).optional(),
    /** Date of the conversation, YYYY-MM-DD. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
      .optional(),
    /** BCP 47 language of the transcript (`en`, `zh-CN`); default: detected from its words. Decides the page's lang and how search segments it. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en" or "zh-CN"')
      .optional(),
    /** What the source's `**` mean: `masks` (words withheld) or `emphasis` (bold); default: read from how the source pairs them. */
    asterisks: z.enum(['masks', 'emphasis']).optional(),
    /** Where the conversation took place (an event, a podcast …), for citations. */
    event: z.string().optional(),
    /** Where the text comes from and under what terms, when the transcript does not say. */
    source: sourceDeclSchema.optional(),
    /** Who speaks, when the header does not say it all (Q/A transcripts, several labels for one person). */
    speakers: z.array(speakerDeclSchema).default([]),
    /** How to read lines whose shape is ambiguous. */
    layout: layoutSchema.default({ headings: [], paragraphs: [] }),
    /** Sections of the site, in reading order; `auto` (or none) asks the ingest to find them (README, "Automatic themes"). */
    themes: z.preprocess((v) => (v === 'auto' || v === undefined ? [] : v), z.array(themeSchema)),
    pins: z.array(pinSchema).default([]),
    sic: z.array(sicSchema).default([]),
  })
  .check(
    // `when`: run even when other fields have problems, so every problem is reported in one run
    // (the values may then be of any shape, hence the defensive reading).
    z.superRefine(
      (data: { themes?: unknown }, ctx) => {
        const slugs = Array.isArray(data.themes) ? data.themes.map((t: unknown) => (t as { slug?: unknown } | null)?.slug) : [];
        slugs.forEach((slug, i) => {
          const first = slugs.indexOf(slug);
          if (typeof slug === 'string' && first !== i) {
            ctx.addIssue({
              code: 'custom',
              path: ['themes', i, 'slug'],
              message: `repeats the slug "${slug}" of themes[${first}]; every theme needs its own`,
            });
          }
        });
      },
      { when: () => true },
    ),
  );

export type InterviewData = z.output<typeof interviewDataSchema>;
export type ThemeData = z.output<typeof themeSchema>;
