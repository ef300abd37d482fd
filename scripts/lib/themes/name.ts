/**
 * Names automatic themes from their evidence. A theme's words are ranked by class-based
 * TF-IDF: how much the theme's exchanges say a word, times the share of the word's uses that
 * fall in this theme, damped for words heard all through the interview (大模型 in the seed)
 * and for words that are common in the language at large. The title is the top word (and the second when it is nearly as strong), in the interview's language; the
 * English title uses the glossary's alias where there is one; the slug is the English title
 * when it is Latin, else the title's pinyin.
 */
import { pinyin } from 'pinyin-pro';
import { RESERVED_SLUGS, type ThemeData } from '../../../src/schemas/interview-data.ts';
import type { GlossaryEntry } from '../../../src/schemas/glossary.ts';
import type { Vectors } from './vectors.ts';
import { englishTitleWord } from './word-priors.ts';

/** Words kept as a theme's keywords (evidence for the editor, and the draft data file). */
const KEYWORDS = 6;
/** IDF of a word heard in a quarter of the exchanges: words more common than that are the interview's subject, not a theme's, and weigh less. */
const UBIQUITOUS_IDF = Math.log(4);
/** The second word joins the title when its score is at least this share of the first's. */
const SECOND_WORD = 0.6;
/** A recurring phrase is the title when its score is at least this share of the top word's. */
const PHRASE = 0.5;

/** A theme's words, strongest first, as word keys with their scores. */
export function themeWords(vectors: Vectors, group: readonly number[], theme: number): { key: string; score: number; said: number }[] {
  const inTheme = new Map<string, number>();
  const everywhere = new Map<string, number>();
  const exchanges = new Map<string, number>();
  const said = new Map<string, number>();
  group.forEach((g, i) => {
    if (g === theme) for (const [key, n] of vectors.occurrences[i]!) said.set(key, (said.get(key) ?? 0) + n);
    for (const [key, count] of vectors.counts[i]!) {
      everywhere.set(key, (everywhere.get(key) ?? 0) + count);
      exchanges.set(key, (exchanges.get(key) ?? 0) + 1);
      if (g === theme) inTheme.set(key, (inTheme.get(key) ?? 0) + count);
    }
  });
  // Said often here, rarely elsewhere, not all through the interview, and telling in the language at large.
  return [...inTheme]
    .map(([key, count]) => {
      const share = count / everywhere.get(key)!;
      // Two exchanges are not "all through" an interview, however short it is.
      const damping = exchanges.get(key)! < 3 ? 1 : Math.min(1, vectors.idf.get(key)! / UBIQUITOUS_IDF);
      return { key, score: count * share * damping * vectors.prior.get(key)!, said: said.get(key)! };
    })
    .filter((w) => w.score > 0)
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The language titles and descriptions are written in: Chinese (simplified or traditional) or English. */
export type TitleLanguage = 'zh' | 'zh-Hant' | 'en';

/**
 * The words Tanlu adds around a theme's own words, per title language. A traditional-Chinese
 * interview's themes must not mix simplified connectives into its traditional words.
 */
const FRAME: Record<Exclude<TitleLanguage, 'en'>, { and: string; describe: (list: string, exchanges: number) => string }> = {
  zh: { and: '与', describe: (list, n) => `自动归类：谈到${list}的${n}段对话。` },
  'zh-Hant': { and: '與', describe: (list, n) => `自動歸類：談到${list}的${n}段對話。` },
};

/** Names every theme of a grouping; titles and slugs are unique. */
export function nameThemes(
  /** The words that grouped the exchanges: the themes' keywords. */
  vectors: Vectors,
  /** The units titles are made of: the same words, or (English) words and recurring noun phrases. */
  naming: Vectors,
  group: readonly number[],
  language: TitleLanguage,
  glossary: readonly GlossaryEntry[],
  /** Each exchange's first words: the title of a theme without a single telling word. */
  openings: readonly string[],
): ThemeData[] {
  const english = englishNames(glossary);
  const titles = new Set<string>();
  const slugs = new Set<string>(RESERVED_SLUGS);
  const count = Math.max(...group) + 1;
  return Array.from({ length: count }, (_, theme) => {
    const words = themeWords(vectors, group, theme).map((w) => vectors.surface.get(w.key)!);
    // A lone English word names a theme only if it is a noun first of all (not "public", never a verb).
    const ranked = themeWords(naming, group, theme).filter(
      (w) => language !== 'en' || w.key.includes(' ') || englishTitleWord(naming.surface.get(w.key)!.toLowerCase()),
    );
    const exchanges = group.filter((g) => g === theme).length;
    // The first unused title among: top word (+ the second when nearly as strong), then the
    // next words; words said at least twice first (one mention is thin evidence for a name).
    const repeated = ranked.filter((w) => w.said >= 2);
    const named = repeated.length > 0 ? [...repeated, ...ranked.filter((w) => w.said < 2)] : ranked;
    const surface = (w: { key: string }) => naming.surface.get(w.key)!;
    // A recurring phrase nearly as strong as the top word names the theme better than words.
    const phrases = repeated.filter((w) => w.key.includes(' ') && w.score >= PHRASE * repeated[0]!.score).map((w) => [surface(w)]);
    const candidates = [
      ...phrases,
      ...named.map((w, i) => {
        const next = named[i + 1];
        const pair = i === 0 && next && next.said >= Math.min(2, w.said) && next.score >= SECOND_WORD * w.score;
        return pair ? [surface(w), surface(next)] : [surface(w)];
      }),
    ];
    const chosen = candidates.find((c) => !titles.has(joinTitle(c, language))) ?? [fallbackTitle(openings[group.indexOf(theme)]!, titles)];
    const title = joinTitle(chosen, language);
    titles.add(title);
    const titleEn =
      language === 'en'
        ? title
        : joinTitle(
            chosen.map((w) => english.get(w) ?? w),
            'en',
          );
    const slug = uniqueSlug(slugFor(titleEn, chosen), slugs);
    // Without telling words the title (the opening words, verbatim) is the evidence.
    const keywords = words.length > 0 ? words.slice(0, KEYWORDS) : [title];
    return { slug, title, titleEn, description: describe(keywords.slice(0, 3), exchanges, language), keywords };
  });
}

/** The exchange's opening words up to the first clause break (at most 16 characters), made unique. */
function fallbackTitle(opening: string, taken: ReadonlySet<string>): string {
  const clause = [...(/^[^,，.。;；:：!！?？]+/u.exec(opening.trim())?.[0] ?? opening)].slice(0, 16).join('').trim();
  let title = clause === '' ? '…' : clause;
  for (let n = 2; taken.has(title); n++) title = `${clause} (${n})`;
  return title;
}

function joinTitle(words: readonly string[], language: TitleLanguage): string {
  if (language !== 'en') return words.join(FRAME[language].and);
  const title = words.join(' and ');
  return /^\p{Ll}/u.test(title) ? title[0]!.toUpperCase() + title.slice(1) : title;
}

function describe(words: readonly string[], exchanges: number, language: TitleLanguage): string {
  if (language !== 'en') {
    const list = words.length > 1 ? `${words.slice(0, -1).join('、')}和${words.at(-1)}` : words[0]!;
    return FRAME[language].describe(list, exchanges);
  }
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0];
  return `Grouped automatically: ${exchanges} exchange${exchanges === 1 ? '' : 's'} on ${list}.`;
}

/** Glossary term → its first Latin alias (英伟达 → Nvidia). */
function englishNames(glossary: readonly GlossaryEntry[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const { term, aliases } of glossary) {
    const latin = aliases.find((a) => /^[\p{Script=Latin}\d][\p{Script=Latin}\d '’.-]*$/u.test(a));
    if (latin) names.set(term, latin);
  }
  return names;
}

function slugFor(titleEn: string, words: readonly string[]): string {
  const ascii = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  // At most 40 characters, cut between words.
  const short = (slug: string) => (slug.length <= 40 ? slug : slug.slice(0, 41).replace(/-[^-]*$/, ''));
  if (!/\p{Script=Han}/u.test(titleEn)) return short(ascii(titleEn));
  return short(ascii(pinyin(words.join(' '), { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('-')));
}

function uniqueSlug(base: string, taken: Set<string>): string {
  const stem = base === '' ? 'theme' : base;
  let slug = stem;
  for (let n = 2; taken.has(slug); n++) slug = `${stem}-${n}`;
  taken.add(slug);
  return slug;
}
