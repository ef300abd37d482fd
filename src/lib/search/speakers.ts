/**
 * Who a query asks about: a speaker's name (or a glossary alias of it), or a role word
 * (问/答/Q/A/主持人/host/guest/观众/audience/moderator/panelist…), at the start or end of a query, is a
 * filter on who spoke, not text to match — `周鸿祎 开源` means what 周鸿祎 said about 开源, and
 * `观众 保险柜` what the audience asked about vaults. Only when something else is left to look for:
 * a query that is only a name still finds the name in the text.
 */
import { fold, foldForSearch, type ScriptTable } from '../fold.ts';

/** The roles of the interview record (`src/schemas/generated.ts`). */
export type Role = 'interviewer' | 'interviewee' | 'audience' | 'other';

/** A way to name a speaker in a query. */
export interface SpeakerName {
  /** As typed, folded (`zhouhongyi`, `周总`). */
  name: string;
  /** The speaker's name in the corpus. */
  speaker: string;
  /** A title (周总, or 市长 alone where the text calls the speaker 柯市長): it joins its topic only by a joiner. */
  titled?: true;
  /** The first and last turn numbers of the speaker's interview in the site (`corpus.ts`). */
  turns?: [number, number];
}

export interface SpeakerFilter {
  /** Speakers named (corpus names); empty: any. */
  speakers: string[];
  /**
   * Where the speakers named spoke: their interviews' turn numbers, first and last. A site of
   * many interviews says a word in many turns; those that can be answers are looked for there.
   * None where a name does not say (or no name was typed).
   */
  within?: [number, number][];
  /** Roles asked for, if a role word was used: a turn passes with any of them. */
  roles?: Role[];
}

/** Whoever runs the talk: the interviewer, host or moderator. */
const RUNS: readonly Role[] = ['interviewer'];
/** Whoever answers: the guest, interviewee, panelist or speaker of a talk. */
const ANSWERS: readonly Role[] = ['interviewee'];
/** Questions from the floor. */
const FLOOR: readonly Role[] = ['audience'];
/** Whoever asks, on the stage or from the floor: a questioner in a one-on-one interview is the interviewer. */
export const ASKS: readonly Role[] = ['interviewer', 'audience'];

/** Role words as readers type them, folded (traditional forms listed: a query without the site's script table still knows them). */
const ROLE_WORDS: Record<string, readonly Role[]> = {
  ...wordsFor(
    RUNS,
    '主持人 主持 主持者 主持人们 主播 访谈人 訪談人 采访者 採訪者 采访人 採訪人 host hosts moderator moderators chair interviewer',
  ),
  ...wordsFor(
    ANSWERS,
    '嘉宾 嘉賓 对话嘉宾 受访人 受訪人 受访者 受訪者 演讲者 演講者 主讲人 主講人 讲者 講者 发言人 發言人 guest guests panelist panelists panellist panellists presenter interviewee spokesperson spokesman spokeswoman',
  ),
  ...wordsFor(FLOOR, '观众 觀眾 听众 聽眾 现场观众 現場觀眾 观众提问 觀眾提問 现场提问 現場提問 audience'),
  // A reporter interviews one on one, or asks from the floor of a press conference.
  ...wordsFor(ASKS, '提问者 提問者 提问人 提問人 记者 記者 questioner questioners reporter reporters journalist journalists'),
};
/** 问/答 count only as words of their own (`问 幻觉`), never inside a phrase. */
const SHORT_ROLE_WORDS: Record<string, readonly Role[]> = { 问: ASKS, 問: ASKS, 答: ANSWERS };
/**
 * Q and A, as transcripts label their turns, typed as capitals before words that are not
 * English (`Q 幻觉`, `A: 开源`): "A search engine" is an English phrase, not a role.
 */
const LETTER_ROLE_WORDS: Record<string, readonly Role[]> = { Q: ASKS, A: ANSWERS };

function wordsFor(roles: readonly Role[], words: string): Record<string, readonly Role[]> {
  return Object.fromEntries(words.split(' ').map((w) => [fold(w), roles]));
}

/** Words that join a name to its topic: 周鸿祎说搜索, 骆轶航的童年, 周鸿祎谈开源, audience asked about…. */
const JOINERS = /^(说过|說過|说|說|谈到|談到|谈|談|讲|講|聊|的|问到|問到|问过|問過|问|問|答|提问|提問|about|on|says?|said|asks?|asked)$/u;
/** A joiner right after a name glued to its topic (周鸿祎说搜索). */
const SAYING_WORDS = '说过|說過|说|說|谈到|談到|谈|談|讲|講|聊';
const GLUED_JOINER = new RegExp(`^(${SAYING_WORDS}|的)`, 'u');
/** The joiners that say the name spoke (not 的: 匹马的文字 is about 匹马). */
const SAYING = new RegExp(`^(${SAYING_WORDS})`, 'u');
/** Most characters of a topic glued to a name otherwise (周鸿祎开源); more are a sentence about the name. */
const GLUED_TOPIC = 4;

/** A topic's length as `GLUED_TOPIC` counts it: each Han character, and each Latin word as one (周鸿祎ChatGPT). */
const topicLength = (topic: string) =>
  (topic.match(/\p{Script=Han}/gu) ?? []).length + (topic.match(/[\p{Script=Latin}\p{N}]+/gu) ?? []).length;
/**
 * A Han role word glued to its topic by 问 (`观众问中本聪`, `主持人问幻觉`): who asked. Other joiners are
 * not read so: `主持人说得对` is more likely a quote than 主持人 on 得对.
 */
const GLUED_ROLE = /^(\p{Script=Han}{2,5}?)(?:问到|问过|提问|问|問)(\p{Script=Han}{2}.*)$/u;

/** The roles a query's word at `i` asks for, if it is a role word there. */
function roleWord(tokens: readonly string[], i: number, script?: ScriptTable): readonly Role[] | undefined {
  const token = tokens[i]!;
  const folded = fold(token, script);
  if (ROLE_WORDS[folded]) return ROLE_WORDS[folded];
  if (tokens.length < 2) return undefined;
  if (SHORT_ROLE_WORDS[folded]) return SHORT_ROLE_WORDS[folded];
  // Q/A before Chinese only: the other words hold no Latin letters.
  if (LETTER_ROLE_WORDS[token] && !tokens.some((t, k) => k !== i && /\p{Script=Latin}/u.test(t))) return LETTER_ROLE_WORDS[token];
  return undefined;
}

/**
 * Splits the speaker and role words off a query; `body` is what remains to match. Tokens are
 * split at white space and punctuation; a name may also be glued to its topic with a joiner
 * (说, 的, 谈) or nothing at the start of a Han run.
 */
export function speakerFilter(
  query: string,
  names: readonly SpeakerName[],
  script?: ScriptTable,
): { filter?: SpeakerFilter; body: string } {
  const tokens = wordsOf(query);
  const speakers = new Set<string>();
  const named: SpeakerName[] = [];
  const name = (n: SpeakerName) => {
    speakers.add(n.speaker);
    named.push(n);
  };
  // Two role words narrow each other: `观众 问 …` is what the audience asked.
  let roles: readonly Role[] | undefined;
  const ask = (words: readonly Role[]) => {
    const both = roles?.filter((r) => words.includes(r));
    roles = both?.length ? both : words;
  };
  const rest: string[] = [];
  // How many tokens at the start are role words: a name after them is at the edge too (after a
  // name, 问 joins it to its topic: `徐国勇 问 开源` is what 徐國勇 was asked about, not a role).
  let leading = 0;
  const byLength: SpeakerName[] = [...names, ...titled(names, script)].sort((a, b) => b.name.length - a.name.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const folded = fold(token, script);
    // A role word is a role even where a speaker is labelled with it (`观众：`, `主持人：`): the role takes them all.
    const role = roleWord(tokens, i, script);
    // A multi-word Latin name: try the longest run of tokens that folds to a name.
    const run = role ? undefined : latinRun(tokens, i, byLength, script);
    // Names and role words ask who spoke only at the query's start or end ("host open source"),
    // or a name right after role words there ("host Zhang Xiaojun robotics"); inside a sentence
    // they are its words ("expensive deals to host models").
    const atEdge = i === leading || i + (run?.length ?? 1) === tokens.length;
    if (!atEdge) {
      rest.push(token);
      continue;
    }
    if (role) {
      ask(role);
      if (i === leading) leading++;
      continue;
    }
    if (run) {
      run.names.forEach(name);
      i += run.length - 1;
      continue;
    }
    const starting = byLength.find((n) => folded.startsWith(n.name) && folded !== n.name && /\p{Script=Han}/u.test(n.name));
    // What follows the name, without the quotation marks around it (「唐鳳」說開源).
    const said = starting ? token.slice(afterFolded(token, starting.name.length, script)).replace(/^[^\p{L}\p{N}]+/u, '') : '';
    // Glued to a topic (周鸿祎开源, 周鸿祎的开源) or by a verb of saying (周鸿祎说大模型会改变所有行业), a name
    // asks who spoke; at the head of a longer sentence it is the quote's subject (匹马的文字很优美逻辑很严密,
    // said by the host).
    const topic = said.replace(GLUED_JOINER, '');
    // A surname with a title joins its topic only by a joiner: 周总结 is a summary, 周总是 "always".
    const joined = starting?.titled ? GLUED_JOINER.test(said) : topicLength(topic) <= GLUED_TOPIC;
    const glued = starting && (SAYING.test(said) || joined) ? starting : undefined;
    const gluedRole = glued ? undefined : GLUED_ROLE.exec(token);
    if (glued) {
      // Every speaker the name stands for (two 周总s).
      for (const n of byLength) if (n.name === glued.name) name(n);
      if (topic) rest.push(topic);
    } else if (gluedRole && ROLE_WORDS[gluedRole[1]!]) {
      ask(ROLE_WORDS[gluedRole[1]!]!);
      rest.push(gluedRole[2]!);
    } else rest.push(token);
  }
  const body = rest.filter((t) => !JOINERS.test(t.toLowerCase())).join(' ');
  if ((speakers.size === 0 && !roles) || !fold(body, script)) return { body: query };
  const within = named.every((n) => n.turns) && named.length > 0 ? [...new Set(named.map((n) => n.turns!.join('-')))] : [];
  return {
    filter: {
      speakers: [...speakers],
      ...(roles ? { roles: [...roles] } : {}),
      ...(within.length > 0 ? { within: within.map((r) => r.split('-').map(Number) as [number, number]) } : {}),
    },
    body,
  };
}

/**
 * Titles a Chinese reader puts after a surname to name someone (周总, 唐政委, 余老师), a closed
 * class as function words are; both scripts, for a site whose script table lacks the character.
 */
export const TITLES = (
  '总 總 老师 老師 先生 女士 小姐 教授 博士 部长 部長 局长 局長 院长 院長 市长 市長 校长 校長 董事长 董事長 ' +
  '主任 主席 委员 委員 政委 发言人 發言人 书记 書記 经理 經理 导演 導演 医生 醫生 医师 醫師 律师 律師 总理 總理 总统 總統 议员 議員 ' +
  '老板 老闆 社长 社長 所长 所長 处长 處長 厅长 廳長 省长 省長 署长 署長 会长 會長 理事长 理事長 执行长 執行長 总经理 總經理 ' +
  '总监 總監 主编 主編 教练 教練 大使 将军 將軍'
).split(' ');

/** A name of several Latin words (Henk Rogers, Daniel Whitenack): readers type each word, and a title with the last. */
export const LATIN_NAME = /^[\p{Script=Latin}'’.-]+(?: [\p{Script=Latin}'’.-]+)+$/u;

/** Titles an English reader puts before a surname (Mr. Rogers, Dr Reece), folded. */
const LATIN_TITLES = 'mr mrs ms miss dr prof professor sir'.split(' ');

/** Surnames of two characters (欧阳修 is 欧阳老师, not 欧老师). */
const COMPOUND_SURNAMES = new Set(
  '欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 皇甫 令狐 慕容 司徒 夏侯 尉迟 尉遲 公孙 公孫 长孙 長孫 宇文 独孤 獨孤 端木 西门 西門'.split(
    ' ',
  ),
);

/**
 * A speaker's own Chinese name's surname with each title (唐鳳 → 唐政委, 唐部长 …), and an English
 * name's last word after each English title (Henk Rogers → Mr. Rogers), for the same speaker: not a
 * label's or an alias's (老周 is no 老总).
 */
function titled(names: readonly SpeakerName[], script?: ScriptTable): (SpeakerName & { titled: true })[] {
  const taken = new Set(names.map((n) => n.name));
  // Folding goes character by character, so a surname and a title fold apart.
  const titles = [...new Set(TITLES.map((title) => fold(title, script)))];
  const chinese = names
    .filter((n) => /^\p{Script=Han}{2,4}$/u.test(n.name) && n.name === fold(n.speaker, script))
    .flatMap((n) => titles.map((title) => ({ ...n, name: surnameOf(n.name) + title, titled: true as const })));
  const english = names
    .filter((n) => LATIN_NAME.test(n.speaker) && n.name === fold(n.speaker.split(' ').at(-1)!, script))
    .flatMap((n) => LATIN_TITLES.map((title) => ({ ...n, name: title + n.name, titled: true as const })));
  return [...chinese, ...english].filter((t) => !taken.has(t.name));
}

/** A Chinese name's surname: its first character, or two of a compound surname (欧阳修 → 欧阳). */
export function surnameOf(name: string): string {
  const chars = [...name];
  const two = chars.slice(0, 2).join('');
  return chars.length >= 3 && COMPOUND_SURNAMES.has(two) ? two : chars[0]!;
}

/** Where in `token` (as typed) its first `length` folded characters end. */
function afterFolded(token: string, length: number, script?: ScriptTable): number {
  const { map } = foldForSearch(token, script);
  const last = map[length - 1]!;
  return last + [...token.slice(last)][0]!.length;
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
export function nameStarts(query: string, script?: ScriptTable): string[] {
  const words = wordsOf(query);
  const starts = words.map((_, i) => [...fold(words.slice(i).join(''), script)][0]);
  return [...new Set(starts.filter((c): c is string => c !== undefined))];
}

/** A name made of one or more whole tokens starting at `i`. */
function latinRun(
  tokens: readonly string[],
  i: number,
  names: readonly SpeakerName[],
  script?: ScriptTable,
): { names: SpeakerName[]; length: number } | undefined {
  for (let length = Math.min(3, tokens.length - i); length >= 1; length--) {
    const folded = fold(tokens.slice(i, i + length).join(''), script);
    const found = names.filter((n) => n.name === folded);
    if (found.length > 0) return { names: found, length };
  }
  return undefined;
}

/** Whether a turn's speaker passes the filter. */
export function speakerMatches(filter: SpeakerFilter | undefined, turn: { speaker: string; role: string }): boolean {
  if (!filter) return true;
  if (filter.speakers.length > 0 && !filter.speakers.includes(turn.speaker)) return false;
  return !filter.roles || (filter.roles as readonly string[]).includes(turn.role);
}
