/**
 * Who a query asks about: a speaker's name (or a glossary alias of it), or a role word
 * (问/答/Q/A/主持人/host/guest…), at the start or end of a query, is a filter on who spoke, not
 * text to match — `周鸿祎 开源` means what 周鸿祎 said about 开源. Only when something else
 * is left to look for: a query that is only a name still finds the name in the text.
 */
import { fold } from '../fold.ts';

export type Role = 'interviewer' | 'interviewee';

/** A way to name a speaker in a query. */
export interface SpeakerName {
  /** As typed, folded (`zhouhongyi`, `周总`). */
  name: string;
  /** The speaker's name in the corpus. */
  speaker: string;
}

export interface SpeakerFilter {
  /** Speakers named (corpus names); empty: any. */
  speakers: string[];
  /** Role asked for, if a role word was used. */
  role?: Role;
}

/** Role words, folded. 问/答 count only as words of their own (`问 幻觉`), never inside a phrase. */
const ROLE_WORDS: Record<string, Role> = {
  主持人: 'interviewer',
  访谈人: 'interviewer',
  采访者: 'interviewer',
  记者: 'interviewer',
  host: 'interviewer',
  interviewer: 'interviewer',
  嘉宾: 'interviewee',
  受访人: 'interviewee',
  受访者: 'interviewee',
  guest: 'interviewee',
  interviewee: 'interviewee',
};
const SHORT_ROLE_WORDS: Record<string, Role> = { 问: 'interviewer', 答: 'interviewee' };
/**
 * Q and A, as transcripts label their turns, typed as capitals before words that are not
 * English (`Q 幻觉`, `A: 开源`): "A search engine" is an English phrase, not a role.
 */
const LETTER_ROLE_WORDS: Record<string, Role> = { Q: 'interviewer', A: 'interviewee' };
/** Words that join a name to its topic: 周鸿祎说搜索, 骆轶航的童年, 周鸿祎谈开源. */
const JOINERS = /^(说过|说|谈到|谈|讲|聊|的|问|答|about|on|says?|said)$/u;

/**
 * Splits the speaker and role words off a query; `body` is what remains to match. Tokens are
 * split at white space and punctuation; a name may also be glued to its topic with a joiner
 * (说, 的, 谈) or nothing at the start of a Han run.
 */
export function speakerFilter(query: string, names: readonly SpeakerName[]): { filter?: SpeakerFilter; body: string } {
  const tokens = wordsOf(query);
  const speakers = new Set<string>();
  let role: Role | undefined;
  const rest: string[] = [];
  const byLength = [...names].sort((a, b) => b.name.length - a.name.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const folded = fold(token);
    // A multi-word Latin name: try the longest run of tokens that folds to a name.
    const run = latinRun(tokens, i, byLength);
    // Names and role words ask who spoke only at the query's start or end ("host open source");
    // inside a sentence they are its words ("expensive deals to host models").
    const atEdge = i === 0 || i + (run?.length ?? 1) === tokens.length;
    if (!atEdge) {
      rest.push(token);
      continue;
    }
    if (run) {
      for (const speaker of run.speakers) speakers.add(speaker);
      i += run.length - 1;
      continue;
    }
    if (ROLE_WORDS[folded]) role = ROLE_WORDS[folded];
    else if (SHORT_ROLE_WORDS[folded] && tokens.length > 1) role = SHORT_ROLE_WORDS[folded];
    else if (LETTER_ROLE_WORDS[token] && tokens.length > 1 && !tokens.some((t, k) => k !== i && /\p{Script=Latin}/u.test(t)))
      role = LETTER_ROLE_WORDS[token];
    else {
      const glued = byLength.find((n) => folded.startsWith(n.name) && folded !== n.name && /\p{Script=Han}/u.test(n.name));
      if (glued) {
        speakers.add(glued.speaker);
        const after = token.slice(token.indexOf(glued.name.slice(-1)) + 1).replace(/^(说过|说|谈到|谈|讲|聊|的)/u, '');
        if (after) rest.push(after);
      } else rest.push(token);
    }
  }
  const body = rest.filter((t) => !JOINERS.test(t.toLowerCase())).join(' ');
  if ((speakers.size === 0 && !role) || !fold(body)) return { body: query };
  return { filter: { speakers: [...speakers], ...(role ? { role } : {}) }, body };
}

/** A query's words, as names and role words are looked for among them. */
function wordsOf(query: string): string[] {
  return query.split(/[\s,，、:：;；/|]+/u).filter(Boolean);
}

/**
 * The folded characters a speaker's name in this query can begin with: a name is only ever
 * found at the start of one of its words (alone, as a run of Latin words, or glued to its topic),
 * so these say which shards of names a query needs (`name-shards.ts`).
 */
export function nameStarts(query: string): string[] {
  const words = wordsOf(query);
  const starts = words.map((_, i) => [...fold(words.slice(i).join(''))][0]);
  return [...new Set(starts.filter((c): c is string => c !== undefined))];
}

/** A name made of one or more whole tokens starting at `i`. */
function latinRun(tokens: readonly string[], i: number, names: readonly SpeakerName[]): { speakers: string[]; length: number } | undefined {
  for (let length = Math.min(3, tokens.length - i); length >= 1; length--) {
    const folded = fold(tokens.slice(i, i + length).join(''));
    const speakers = names.filter((n) => n.name === folded).map((n) => n.speaker);
    if (speakers.length > 0) return { speakers, length };
  }
  return undefined;
}

/** Whether a turn's speaker passes the filter. */
export function speakerMatches(filter: SpeakerFilter | undefined, turn: { speaker: string; role: string }): boolean {
  if (!filter) return true;
  if (filter.speakers.length > 0 && !filter.speakers.includes(turn.speaker)) return false;
  return !filter.role || filter.role === turn.role;
}
