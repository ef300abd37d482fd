/**
 * Roles from evidence, not from order. In turn: what the header, a legend or the data file
 * declares; label words (问/Q/主持人/Host ask, 答/A/嘉宾/Guest answer); else what people say —
 * hosts open and run the show in their first turns (`welcome to…`, `my guest today`), guests
 * thank them for having them, and the interviewer is the one whose turns end in questions.
 * A cold open by the guest therefore does not make the guest the host. 观众/Audience ask from the
 * floor, and so does Q beside a named moderator.
 */
import type { Speaker, Turn } from '../model.ts';
import { GUEST_CUES, HOST_CUES, QA_LABELS } from './vocabulary.ts';

/** How many of a speaker's first turns are read for a host's or a guest's words. */
const OPENING_TURNS = 2;
/**
 * A turn this short (`Miles.`, `Yeah.`) opens nothing: an automatic transcript cuts a host's aside into a turn of its
 * own, which must not push the host's welcome out of the opening turns.
 */
const ASIDE_CHARACTERS = 8;
/** Least share of a speaker's turns that end in a question for the speaker to count as asking. */
const ASKING_SHARE = 0.25;
/** Share of questions that makes a speaker an interviewer beside a declared one. */
const MOSTLY_ASKS = 0.5;
/**
 * Share of everything said that makes a speaker the one answering when no one mostly asks: a
 * live show's host interjects as often as he asks (政問: 19 % of the host's turns end in a
 * question, 12 % of the mayor's), but the guest says most of the words.
 */
const HOLDS_THE_FLOOR = 0.5;

/** A turn ends by handing over with a question. */
function asks(turn: Turn): boolean {
  const last = turn.paragraphs.at(-1) ?? '';
  return /[?？](?:\s*[)）\]】”"'’]|\s*[（([][^)）\]]*[)）\]])*\s*(?:——.*)?$/u.test(last);
}

/** Per-speaker evidence about asking, for roles and for `--explain`. */
interface Evidence {
  turns: number;
  /** Turns long enough to open with (not an aside), read so far. */
  opening: number;
  asking: number;
  /** Median length of the speaker's turns, in characters: askers are brief, answerers go on. */
  median: number;
  /** Everything the speaker says, in characters. */
  characters: number;
  hostCue?: string;
  guestCue?: string;
}

function gather(speakers: readonly Speaker[], turns: readonly Turn[]): Map<string, Evidence> {
  const evidence = new Map<string, Evidence>(speakers.map((s) => [s.name, { turns: 0, opening: 0, asking: 0, median: 0, characters: 0 }]));
  const lengths = new Map<string, number[]>(speakers.map((s) => [s.name, []]));
  for (const turn of turns) {
    const e = evidence.get(turn.speaker)!;
    e.turns++;
    const text = turn.paragraphs.join('\n');
    const length = [...text].length;
    lengths.get(turn.speaker)!.push(length);
    e.characters += length;
    if (asks(turn)) e.asking++;
    if (length < ASIDE_CHARACTERS) continue;
    if (++e.opening > OPENING_TURNS) continue;
    e.hostCue ??= HOST_CUES.map((cue) => cue.exec(text)?.[0]).find(Boolean);
    e.guestCue ??= GUEST_CUES.map((cue) => cue.exec(text)?.[0]).find(Boolean);
  }
  for (const [name, list] of lengths) {
    const sorted = list.sort((a, b) => a - b);
    evidence.get(name)!.median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  }
  return evidence;
}

/**
 * The speakers who ask: the fewest top askers (by share of turns ending in a question) that
 * stand apart from everyone else — asking at least twice as often, or more often with turns at
 * most half as long (a moderator's short questions beside panelists' long answers). Several
 * hosts are normal, so the group can hold more than one; someone must be left to answer.
 */
function askers(
  candidates: readonly Speaker[],
  everyone: readonly Speaker[],
  evidence: ReadonlyMap<string, Evidence>,
): { group: Speaker[]; why: string } {
  const none = { group: [], why: '' };
  const e = (s: Speaker) => evidence.get(s.name)!;
  const share = (s: Speaker) => e(s).asking / e(s).turns;
  const sorted = [...candidates].filter((s) => !e(s).guestCue).sort((a, b) => share(b) - share(a) || e(a).median - e(b).median);
  for (let k = 1; k < everyone.length && k <= sorted.length; k++) {
    const group = sorted.slice(0, k);
    const rest = everyone.filter((s) => !group.includes(s));
    const least = Math.min(...group.map(share));
    const most = Math.max(...rest.map(share));
    if (least < ASKING_SHARE) return none;
    const brief = Math.max(...group.map((s) => e(s).median)) * 2 <= Math.min(...rest.map((s) => e(s).median));
    const percent = (x: number) => `${Math.round(x * 100)} %`;
    if (least >= 2 * most)
      return { group, why: `asks: ${percent(least)} of turns end in a question, at least twice anyone else's ${percent(most)}` };
    if (least > most && brief)
      return {
        group,
        why: `asks: ${percent(least)} of turns end in a question (others ${percent(most)}), in turns at most half as long as the others'`,
      };
  }
  return none;
}

/**
 * Where no one mostly asks: the speaker who says at least half of everything, twice as much as
 * anyone else, answers, and of the others the one who says the most asks, if that one asks at
 * all — a host who prompts with asides (`癥結。`, `就商業邏輯。`) asks no more often by question
 * marks than a guest who asks rhetorically (`年金不是一樣嗎？`). Anyone else (a crew member's
 * countdown) is neither. Where no question is asked at all, this is no interview to tell.
 */
function byTheFloor(
  speakers: readonly Speaker[],
  evidence: ReadonlyMap<string, Evidence>,
): { answers: Speaker; asks: Speaker } | undefined {
  const e = (s: Speaker) => evidence.get(s.name)!;
  const said = [...speakers].sort((a, b) => e(b).characters - e(a).characters);
  const [first, second] = said;
  const total = said.reduce((sum, s) => sum + e(s).characters, 0);
  if (!first || !second || e(first).characters < HOLDS_THE_FLOOR * total || e(first).characters < 2 * e(second).characters)
    return undefined;
  return e(second).asking > 0 ? { answers: first, asks: second } : undefined;
}

/**
 * Settles every speaker's role in place and returns, per speaker, the evidence that decided
 * it. `decided` holds the speakers whose role was declared or given by a label word, with why.
 * `closed`: the header named the interviewees, so anyone else is `other`.
 */
export function settleRoles(
  speakers: Speaker[],
  turns: readonly Turn[],
  decided: ReadonlyMap<string, string>,
  closed: boolean,
): Map<string, string> {
  const why = fromEvidence(speakers, turns, decided, closed);
  questionsFromTheFloor(speakers, turns, why);
  return why;
}

/**
 * A talk's or a panel's question time: once a named moderator has run the talk, the transcript's
 * `Q -` (or `问：`, `Question:`) is not the moderator asking but the audience, several people under
 * one label. Where Q asks first, Q is the interviewer (a Q/A interview, and a named speaker who asks
 * later asks beside it: `问：…` then `刘旌：…？`); a speaker the editor declared keeps the declared role.
 */
function questionsFromTheFloor(speakers: Speaker[], turns: readonly Turn[], why: Map<string, string>): void {
  const first = (s: Speaker) => turns.findIndex((t) => t.speaker === s.name);
  const labelled = speakers.filter((s) => s.role === 'interviewer' && !s.declared && QA_LABELS.get(s.name) === 'interviewer');
  for (const s of labelled) {
    const before = speakers.filter((m) => m.role === 'interviewer' && !labelled.includes(m) && first(m) >= 0 && first(m) < first(s));
    if (before.length === 0) continue;
    s.role = 'audience';
    why.set(
      s.name,
      `label word “${s.name}” after the interviewer ${before.map((m) => m.name).join(' and ')} ran the talk: questions from the floor`,
    );
  }
}

function fromEvidence(
  speakers: Speaker[],
  turns: readonly Turn[],
  decided: ReadonlyMap<string, string>,
  closed: boolean,
): Map<string, string> {
  const why = new Map(decided);
  const evidence = gather(speakers, turns);
  const open = speakers.filter((s) => !decided.has(s.name));
  if (open.length === 0) return why;
  const share = (s: Speaker) => evidence.get(s.name)!.asking / evidence.get(s.name)!.turns;
  const describe = (name: string) => {
    const e = evidence.get(name)!;
    return `${e.asking} of ${e.turns} turns end in a question, median turn ${e.median} characters${e.guestCue ? `; speaks like a guest (“${e.guestCue}”)` : ''}`;
  };
  const hasInterviewer = speakers.some((s) => decided.has(s.name) && s.role === 'interviewer');
  if (hasInterviewer) {
    // Compared with those who answer: the declared interviewers' questions say nothing about anyone else.
    const answerers = speakers.filter((s) => !(decided.has(s.name) && s.role === 'interviewer'));
    const grouped = new Set(askers(open, answerers, evidence).group);
    const declared = speakers.filter((s) => !answerers.includes(s));
    // Beside a declared host, someone who mostly asks is asking too (a second host, `**刘旌：…？**` beside 问/答;
    // a panel's moderator beside the audience's `Q -`).
    const alsoAsking = closed ? [] : open.filter((s) => evidence.get(s.name)!.asking > 0 && (share(s) >= MOSTLY_ASKS || grouped.has(s)));
    const names = (list: readonly Speaker[]) => list.map((s) => s.name).join(' and ');
    for (const s of open) {
      const asking = alsoAsking.includes(s);
      s.role = asking ? 'interviewer' : closed ? 'other' : 'interviewee';
      why.set(
        s.name,
        asking
          ? `asks beside ${names(declared)}: ${describe(s.name)}`
          : closed
            ? 'not among the declared speakers'
            : `answers ${names([...declared, ...alsoAsking])}: ${describe(s.name)}`,
      );
    }
    return why;
  }
  // Hosts say so in their opening turns; failing that, the ones who mostly ask, briefly, are asking.
  const hosts = open.filter((s) => evidence.get(s.name)!.hostCue && !evidence.get(s.name)!.guestCue);
  const asking = hosts.length > 0 || speakers.length < 2 ? { group: [], why: '' } : askers(open, speakers, evidence);
  const interviewers = hosts.length > 0 ? hosts : asking.group;
  const interviewing = new Set(interviewers.map((s) => s.name));
  // Questions from the floor are asked too: a press conference's 提問者 make the officials answer.
  const floor = speakers.filter((s) => s.role === 'audience' && decided.has(s.name));
  const answering = interviewing.size > 0 || floor.length > 0 || speakers.some((s) => s.role === 'interviewee' && decided.has(s.name));
  const floorHolder = answering || open.length < speakers.length ? undefined : byTheFloor(speakers, evidence);
  if (floorHolder) {
    const { answers, asks: asker } = floorHolder;
    for (const s of open) {
      s.role = s === answers ? 'interviewee' : s === asker ? 'interviewer' : 'other';
      const reason =
        s === answers
          ? `no one mostly asks, and says most of the words (${evidence.get(s.name)!.characters} characters)`
          : s === asker
            ? `the other voice beside ${answers.name}, who says most of the words`
            : 'no one mostly asks';
      why.set(s.name, `${reason} (${describe(s.name)})`);
    }
    return why;
  }
  for (const s of open) {
    s.role = interviewing.has(s.name) ? 'interviewer' : answering ? 'interviewee' : 'other';
    const reason = interviewing.has(s.name)
      ? hosts.length > 0
        ? `opens like a host (“${evidence.get(s.name)!.hostCue}”)`
        : asking.why
      : answering
        ? hosts.length > 0 && evidence.get(s.name)!.hostCue
          ? "speaks like a guest, though in a host's words"
          : `answers ${(interviewers.length > 0 ? interviewers : floor).map((i) => i.name).join(' and ')}`
        : 'no one in this transcript mostly asks';
    why.set(s.name, `${reason} (${describe(s.name)})`);
  }
  return why;
}
