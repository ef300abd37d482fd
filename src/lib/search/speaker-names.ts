/**
 * Build time: the names a reader may type for each speaker (`SpeakerName`, sharded by
 * `name-shards.ts`): the speaker's name and labels, the glossary's aliases, pinyin, titles, and
 * the names the host calls the guest by.
 */
import { pinyin } from 'pinyin-pro';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { InterviewRecord } from '../../schemas/generated.ts';
import { fold, type ScriptTable } from '../fold.ts';
import { namesAPerson } from '../library.ts';
import type { StoredTurn } from './corpus.ts';
import { chineseNames } from './transliterated-names.ts';
import { LATIN_NAME, surnameOf, TITLES, type SpeakerName } from './speakers.ts';

/**
 * The titles a speaker is called by in the interview's `text` (folded), surname and title (柯市長,
 * 唐政委), twice at least, folded: a reader names the speaker by the title alone (`市长 年金` is
 * what the mayor said).
 */
function titlesCalled(name: string, text: string, titles: readonly string[], script: ScriptTable): string[] {
  if (!/^\p{Script=Han}{2,4}$/u.test(name)) return [];
  const surname = fold(surnameOf(name), script);
  // Called so twice at least: 对于老师 once is no 于老师.
  return titles.filter((title) => text.split(surname + title).length > 2);
}

/** Readers who do not type Chinese write a Chinese name in pinyin, in either order: 余华 → Yu Hua, Hua Yu. */
function pinyinNames(name: string): string[] {
  if (!/^\p{Script=Han}{2,4}$/u.test(name)) return [];
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true });
  return [syllables.join(' '), [...syllables.slice(1), syllables[0]!].join(' ')];
}

/**
 * Each speaker's name, its labels and the glossary's aliases of it (周鸿祎, Zhou Hongyi, 周总),
 * for a name of several Latin words each word (Daniel, Whitenack), and for a Chinese name its
 * pinyin in either order (余华: Yu Hua, Hua Yu), folded. One name may
 * stand for several speakers (two Daniels): the filter then takes them all. Every speaker, whatever
 * the role: a reader who names someone knows who spoke, even where the transcript did not tell
 * who asks (roles `other`). An English name as Chinese writes it too (`transliterations`:
 * Elizabeth Stark → 伊丽莎白). And the names the host calls the guest by (`namesCalled`; `isWord`:
 * a dictionary headword, which names no one).
 */
export function speakerNames(
  records: readonly InterviewRecord[],
  turns: readonly StoredTurn[],
  glossary: readonly GlossaryEntry[],
  script: ScriptTable,
  isWord: (word: string) => boolean,
  transliterations: ReadonlyMap<string, readonly string[]> = new Map(),
): SpeakerName[] {
  const names = new Set<string>();
  // Where each interview's turns are in the site's numbering (`turns`): a name says where its speaker spoke.
  const spans = new Map<string, [number, number]>();
  turns.forEach((t, n) => spans.set(t.interview, [spans.get(t.interview)?.[0] ?? n, n]));
  // Titles of two characters or more, folded once: 总 alone is every 总的来说.
  const titles = [...new Set(TITLES.map((title) => fold(title, script)))].filter((title) => [...title].length >= 2);
  for (const record of records) {
    const text = fold(record.turns.map((t) => t.paragraphs.join('')).join(''), script);
    const within = spans.get(record.slug) ?? [-1, -1];
    for (const speaker of record.speakers) {
      const aliases = glossary.filter((g) => g.term === speaker.name).flatMap((g) => g.aliases);
      const latin = LATIN_NAME.test(speaker.name);
      const words = latin ? speaker.name.split(' ').filter((w) => w.length >= 3) : [];
      const chinese = latin ? chineseNames(speaker.name, transliterations) : [];
      for (const name of [speaker.name, ...(speaker.labels ?? []), ...aliases, ...words, ...chinese, ...pinyinNames(speaker.name)]) {
        const folded = fold(name, script);
        if (folded) names.add(JSON.stringify([folded, speaker.name, within]));
      }
      for (const title of titlesCalled(speaker.name, text, titles, script)) names.add(JSON.stringify([title, speaker.name, within, true]));
    }
    for (const [name, speaker, titled] of namesCalled(record, titles, script, isWord))
      names.add(JSON.stringify([name, speaker, within, ...(titled ? [true] : [])]));
  }
  return [...names].sort().map((entry) => {
    const [name, speaker, turns, titled] = JSON.parse(entry) as [string, string, [number, number], boolean?];
    return { name, speaker, turns, ...(titled ? { titled: true as const } : {}) };
  });
}

/** Characters of the words that stand before a title and name no one: 各位老师, 我们老师, 这位老师, 的老师. */
const NOT_A_NAME = /[我你您他她它们們这這那哪各每某诸諸众眾位的了]/u;

/**
 * Names the host calls the guest by, before a title (猫草老师, 志中老师), each with the name alone
 * and with its title (titled), for the guest: readers type the name the conversation uses. Only
 * where the host speaks to one guest and calls the name twice at least, and either the name
 * sounds as the guest's label does (志中 for the label's 志忠, as speech recognition writes it), or
 * the label names no one (说话人1: a transcription service's voice) and the name is the only one
 * the host so calls that is no word (`isWord`: 谢谢老师 thanks, 罗翔老师 twice and 猫草老师 twice is
 * someone quoted beside the guest, and which is which the text does not say).
 */
function namesCalled(
  record: InterviewRecord,
  titles: readonly string[],
  script: ScriptTable,
  isWord: (word: string) => boolean,
): [string, string, boolean][] {
  const guests = record.speakers.filter((s) => s.role === 'interviewee');
  const hosts = new Set(record.speakers.filter((s) => s.role === 'interviewer').map((s) => s.name));
  if (guests.length !== 1 || hosts.size === 0) return [];
  const guest = guests[0]!.name;
  const said = fold(
    record.turns
      .filter((t) => hosts.has(t.speaker))
      .flatMap((t) => t.paragraphs)
      .join('\n'),
    script,
  );
  const called = new Map<string, { count: number; titles: Set<string> }>();
  for (const title of titles)
    for (const [, name] of said.matchAll(new RegExp(`(\\p{Script=Han}{2})${title}`, 'gu'))) {
      if (NOT_A_NAME.test(name!) || isWord(name!)) continue;
      const entry = called.get(name!) ?? { count: 0, titles: new Set<string>() };
      entry.count++;
      entry.titles.add(title);
      called.set(name!, entry);
    }
  const often = [...called].filter(([, { count }]) => count >= 2);
  const sound = (text: string) => pinyin(text, { toneType: 'none', type: 'array', v: true }).join(' ');
  const given = /^\p{Script=Han}{3,4}$/u.test(guest) ? sound([...guest].slice(-2).join('')) : undefined;
  const soundsAsLabelled = often.filter(([name]) => sound(name) === given);
  const guestsName = soundsAsLabelled.length > 0 ? soundsAsLabelled : !namesAPerson(guest) && often.length === 1 ? often : [];
  return guestsName.flatMap(([name, { titles: used }]): [string, string, boolean][] => [
    [name, guest, false],
    ...[...used].map((t): [string, string, boolean] => [name + t, guest, true]),
  ]);
}
