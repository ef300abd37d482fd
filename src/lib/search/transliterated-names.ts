/**
 * Build time: how Chinese writes English given names and surnames (Elizabeth → 伊丽莎白, Rogers →
 * 罗杰斯), from CC-CEDICT, so a reader of an English interview can name its speaker in Chinese
 * (`伊丽莎白 非托管`). CC-CEDICT glosses a transliteration as the name alone ("Rogers"), with a
 * note ("Jack (name)", "Smith (surname)"), or as a person's full name: under a headword split by
 * an interpunct, each part a word's (埃隆·马斯克 "Elon Musk (1971-), …"), or under one word, the
 * surname's (奥巴马 "Barack Obama (1961–), …"). A name CC-CEDICT does
 * not hold (most surnames) has none: the reader's transliteration is not guessed.
 */
import { pinyin } from 'pinyin-pro';
import { LIFESPAN, type DictionaryEntry } from './dictionary.ts';

/** One capitalised word as a sense, or with a note that it is a name: "Rogers", "Jack (name)", "Smith (surname)". */
const ONE_NAME = /^([A-Z][a-z]+)(?: \((?:[a-z ]*name|surname)\b[^)]*\))?$/;
/**
 * A person's full name as a sense: two capitalised words and the years of a life (`LIFESPAN`, as the
 * dictionary tells a person: "Barack Obama (1961–), …"). Without the years, two capitalised words are as
 * often a place or an institution (Northeast China, Peking University).
 */
const FULL_NAME = /^([A-Z][a-z]+) ([A-Z][a-z]+) \(/;
/** Two characters at least: one (王 "Wang (surname)") is in every other word. */
const HAN = /^\p{Script=Han}{2,}$/u;

const syllables = (chinese: string) => pinyin(chinese.replaceAll('·', ''), { toneType: 'none', type: 'array', v: true });
/**
 * A Chinese person's name in pinyin (刘洋 "Liu Yang", 汪东城 "Jiro Wang"): the reader's Yang and Wang
 * are the pinyin's, no transliteration.
 */
const inPinyin = (chinese: string, sense: string) => {
  const words = sense
    .replace(/\s*\(.*$/, '')
    .toLowerCase()
    .split(/\W+/);
  const read = syllables(chinese);
  return read.join('') === words.join('') || read[0] === words.at(-1);
};

/** English name word → its Chinese transliterations (sorted), from dictionary entries. */
export function transliteratedNames(entries: Iterable<DictionaryEntry>): Map<string, string[]> {
  const found = new Map<string, Set<string>>();
  const add = (word: string, chinese: string) => found.set(word, (found.get(word) ?? new Set()).add(chinese));
  for (const { simplified, english } of entries) {
    const parts = simplified.split('·');
    if (!parts.every((p) => HAN.test(p))) continue;
    for (const sense of english.flatMap((gloss) => gloss.split(/;\s*/)).map((s) => s.trim())) {
      if (inPinyin(simplified, sense)) continue;
      const one = parts.length === 1 ? ONE_NAME.exec(sense) : null;
      if (one) add(one[1]!, simplified);
      const full = LIFESPAN.test(sense) ? FULL_NAME.exec(sense) : null;
      // Given name · surname; or the surname alone, as Chinese often writes a person (奥巴马 "Barack Obama").
      if (full && parts.length === 2) {
        add(full[1]!, parts[0]!);
        add(full[2]!, parts[1]!);
      } else if (full && parts.length === 1) add(full[2]!, simplified);
    }
  }
  return new Map([...found].map(([word, chinese]) => [word, [...chinese].sort()]));
}

/**
 * A Latin name's readings in Chinese: each word's transliterations, and where every word has
 * one, the whole name as Chinese writes it (伊丽莎白·斯塔克), with its interpunct and without.
 */
export function chineseNames(name: string, transliterations: ReadonlyMap<string, readonly string[]>): string[] {
  const words = name.split(' ').map((w) => transliterations.get(w) ?? []);
  const whole =
    words.length > 1 && words.every((w) => w.length > 0)
      ? words.reduce<string[]>((names, w) => names.flatMap((n) => w.map((c) => (n ? `${n}·${c}` : c))), [''])
      : [];
  return [...new Set([...words.flat(), ...whole, ...whole.map((n) => n.replaceAll('·', ''))])];
}
