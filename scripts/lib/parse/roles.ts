/**
 * Roles from evidence, not from order. In turn: what the header, a legend or the data file
 * declares; label words (问/Q/主持人/Host ask, 答/A/嘉宾/Guest answer); else what people say —
 * hosts open and run the show in their first turns (`welcome to…`, `my guest today`), guests
 * thank them for having them, and the interviewer is the one whose turns end in questions.
 * A cold open by the guest therefore does not make the guest the host.
 */
import type { Role, Speaker, Turn } from '../model.ts';
import { GUEST_CUES, HOST_CUES } from './vocabulary.ts';

/** How many of a speaker's first turns are read for a host's or a guest's words. */
const OPENING_TURNS = 2;
/** Least share of a speaker's turns that end in a question for the speaker to count as asking. */
const ASKING_SHARE = 0.25;
/** Share of questions that makes a speaker an interviewer beside a declared one. */
const MOSTLY_ASKS = 0.5;

/** A turn ends by handing over with a question. */
function asks(turn: Turn): boolean {
  const last = turn.paragraphs.at(-1) ?? '';
  return /[?？](?:\s*[)）\]】”"'’]|\s*[（([][^)）\]]*[)）\]])*\s*(?:——.*)?$/u.test(last);
}

/** Per-speaker evidence about asking, for roles and for `--explain`. */
interface Evidence {
  turns: number;
  asking: number;
  hostCue?: string;
  guestCue?: string;
}

function gather(speakers: readonly Speaker[], turns: readonly Turn[]): Map<string, Evidence> {
  const evidence = new Map<string, Evidence>(speakers.map((s) => [s.name, { turns: 0, asking: 0 }]));
  for (const turn of turns) {
    const e = evidence.get(turn.speaker)!;
    e.turns++;
    if (asks(turn)) e.asking++;
    if (e.turns > OPENING_TURNS) continue;
    const text = turn.paragraphs.join('\n');
    e.hostCue ??= HOST_CUES.map((cue) => cue.exec(text)?.[0]).find(Boolean);
    e.guestCue ??= GUEST_CUES.map((cue) => cue.exec(text)?.[0]).find(Boolean);
  }
  return evidence;
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
  const why = new Map(decided);
  const evidence = gather(speakers, turns);
  const open = speakers.filter((s) => !decided.has(s.name));
  if (open.length === 0) return why;
  const share = (s: Speaker) => evidence.get(s.name)!.asking / evidence.get(s.name)!.turns;
  const describe = (name: string) => {
    const e = evidence.get(name)!;
    return `${e.asking} of ${e.turns} turns end in a question${e.hostCue ? `; opens like a host (“${e.hostCue}”)` : ''}${e.guestCue ? `; speaks like a guest (“${e.guestCue}”)` : ''}`;
  };
  const hasInterviewer = speakers.some((s) => decided.has(s.name) && s.role === 'interviewer');
  if (hasInterviewer) {
    for (const s of open) {
      // Beside a declared host, someone who mostly asks is asking too (a second host, `**刘旌：…？**` beside 问/答).
      const asking = !closed && evidence.get(s.name)!.asking > 0 && share(s) >= MOSTLY_ASKS;
      s.role = asking ? 'interviewer' : closed ? 'other' : 'interviewee';
      why.set(
        s.name,
        asking
          ? `${describe(s.name)}: asks beside the declared interviewer`
          : closed
            ? 'not among the declared speakers'
            : 'answers the declared interviewer',
      );
    }
    return why;
  }
  // Hosts say so in their opening turns; failing that, the one who mostly asks is asking.
  let interviewers = open.filter((s) => evidence.get(s.name)!.hostCue && !evidence.get(s.name)!.guestCue);
  if (interviewers.length === 0 && speakers.length >= 2) {
    const [top] = [...open].sort((a, b) => share(b) - share(a));
    const others = Math.max(...speakers.filter((s) => s !== top).map(share));
    if (top && share(top) >= ASKING_SHARE && share(top) >= 2 * others && !evidence.get(top.name)!.guestCue) interviewers = [top];
  }
  const interviewing = new Set(interviewers.map((s) => s.name));
  const role: Role =
    interviewing.size > 0 || speakers.some((s) => s.role === 'interviewee' && decided.has(s.name)) ? 'interviewee' : 'other';
  for (const s of open) {
    s.role = interviewing.has(s.name) ? 'interviewer' : role;
    why.set(s.name, `${describe(s.name)}${interviewing.size === 0 ? '; no one in this transcript mostly asks' : ''}`);
  }
  return why;
}
