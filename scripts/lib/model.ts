/**
 * The typed shape of an interview as the ingest sees it, from parsed transcript to
 * themed sections. Pure data: every step of the pipeline takes and returns these.
 */

/**
 * What a speaker does in the conversation. `audience` asks from the floor of a talk or panel
 * (`Q -` beside a moderator, `观众：`); `other` is anyone the header did not declare.
 */
export type Role = 'interviewer' | 'interviewee' | 'audience' | 'other';

/** Whether a role's turns are questions that open an exchange: the interviewer's and the audience's. */
export function asksQuestions(role: Role | undefined): boolean {
  return role === 'interviewer' || role === 'audience';
}

/** A `key: value` line of source metadata (header or footer), not dialogue. */
export interface MetaEntry {
  key: string;
  value: string;
  line: number;
}

/** Someone who speaks in the transcript. */
export interface Speaker {
  name: string;
  role: Role;
  /** Whether the transcript header or the data file named this speaker. */
  declared: boolean;
  /** Other labels the transcript uses for this speaker (`周总`, `Q` …). */
  labels?: string[];
}

/** An editorial heading between turns (the publisher's section titles). */
export interface Heading {
  text: string;
  line: number;
  /** Index of the first turn after the heading. */
  beforeTurn: number;
}

/** One speaker's uninterrupted contribution: a `名字:` line and the lines that continue it. */
export interface Turn {
  /** Position in the transcript, 0-based. */
  index: number;
  speaker: string;
  /** Paragraphs exactly as in the source (trimmed of surrounding white space only). */
  paragraphs: string[];
  /** Line of the speaker label. */
  line: number;
  /** `00:12:34` when the source timestamps the turn (kept as metadata, not text). */
  timestamp?: string;
  /** Times the source writes between paragraphs of the turn (`(00:01:43):` alone on a line): paragraph index → time. */
  paragraphTimes?: { paragraph: number; time: string }[];
}

/** What the source says about itself (front matter, header and footer keys, a top `# Title`), typed. */
export interface SourceInfo {
  title?: string;
  /** Where the source was published. */
  url?: string;
  /** Publication date or time, as the source writes it. */
  published?: string;
  /** Last update, as the source writes it. */
  updated?: string;
  /** The publisher or outlet (来源, 稿源 …). */
  publisher?: string;
  author?: string;
  description?: string;
  keywords?: string[];
}

/** The whole parsed transcript. */
export interface Transcript {
  file: string;
  header: MetaEntry[];
  footer: MetaEntry[];
  /** Footer lines that are not `key: value` (e.g. a republisher's disclaimer). */
  footerNotes: { text: string; line: number }[];
  /** Paragraphs before the first turn that are neither metadata nor a heading. */
  intro: { text: string; line: number }[];
  /** The editor's closing section after the last turn (`### 术语解释`: a glossary, notes), never anyone's words. */
  closing?: { heading: string; line: number; paragraphs: { text: string; line: number }[] };
  speakers: Speaker[];
  headings: Heading[];
  turns: Turn[];
  /** What the source says about itself. */
  source: SourceInfo;
  /** The publication's notes between turns — image captions (`![图片](…)团队合影`), a show's `**Break**` — never anyone's words. */
  notes: { text: string; line: number; afterTurn: number }[];
  /** Per speaker, the evidence that decided the role (for `--explain`). */
  roleEvidence: Record<string, string>;
  /** Whether the text came from a subtitle file (SRT/WebVTT). */
  subtitles: boolean;
  /** Whether the source is written in Markdown on purpose (front matter, # headings, bold labels, escapes). */
  markdown: boolean;
  /** Lines whose reading was a guess (heading or reply?), for `--explain` and the data file to settle. */
  unsure: { line: number; text: string; readAs: 'heading' | 'paragraph' }[];
}

/** An interviewer turn with the answers that follow it: the unit a theme is assigned to. */
export interface Exchange {
  /** 1-based position in the interview, as readers count. */
  number: number;
  turns: Turn[];
}
