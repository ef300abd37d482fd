/**
 * The typed shape of an interview as the ingest sees it, from parsed transcript to
 * themed sections. Pure data: every step of the pipeline takes and returns these.
 */

/** What a speaker does in the conversation. `other` is anyone the header did not declare. */
export type Role = 'interviewer' | 'interviewee' | 'other';

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
  /** Whether the transcript header named this speaker (访谈人, 受访人 …). */
  declared: boolean;
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
  speakers: Speaker[];
  headings: Heading[];
  turns: Turn[];
}

/** An interviewer turn with the answers that follow it: the unit a theme is assigned to. */
export interface Exchange {
  /** 1-based position in the interview, as readers count. */
  number: number;
  turns: Turn[];
}
