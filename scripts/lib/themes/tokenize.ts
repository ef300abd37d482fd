/**
 * Words of an exchange, as evidence for its theme. Chinese is cut by jieba (@node-rs/jieba,
 * its own dictionary plus the names and terms this project knows, so 英伟达 stays one word);
 * Latin words are lower-cased and stemmed (Porter, `stemmer`) so that "models" and "model"
 * count as one. Stop words (`stopwords-iso`, Chinese and English), one-character Chinese
 * words, Chinese function words by jieba's part-of-speech tags, English words that are
 * never nouns (./word-priors.ts) and expletives are dropped: they say how people talk, not what about.
 */
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { stemmer } from 'stemmer';
import { toSimplified } from '../../../src/lib/search/opencc.ts';
import { chinesePrior, englishCanNameTopic, englishPrior } from './word-priors.ts';

const require = createRequire(import.meta.url);
// CommonJS packages without an `exports` map: required by file, as their README shows.
const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
const stopwords = require('stopwords-iso') as Record<'zh' | 'en', string[]>;

/** A word as evidence: `key` identifies it (stemmed, lower-case), `surface` is how the text wrote it. */
export interface Token {
  key: string;
  surface: string;
  /** How telling the word is in the language at large, at most 1 (./word-priors.ts). */
  prior: number;
}

/** Turns text into evidence words. */
export type Tokenizer = (text: string) => Token[];

/**
 * Expletives: how strongly a speaker feels, never what about — a podcast's "fucking" is no theme
 * ("Hype and fucking"). Only the swearing itself, not the topics a profanity list also holds
 * (LDNOOBW's sex, rape, 卖淫 name real subjects of interviews).
 */
const EXPLETIVES = [
  ...['fuck', 'fucking', 'fuckin', 'fucked', 'motherfucker', 'motherfucking', 'shit', 'shitty', 'bullshit', 'damn', 'goddamn'],
  ...['damned', 'crap', 'crappy', 'frickin', 'freaking', 'wtf', 'asshole', 'bitch'],
  ...['他妈的', '他妈', '妈的', '卧槽', '我靠', '我操', '牛逼', '傻逼', '装逼', '他娘的', '尼玛'],
];
/** Spoken English the lexicon does not know, which transcripts write as said ("gonna", "yep"). */
const SPOKEN = ['yep', 'yup', 'nope', 'gonna', 'wanna', 'gotta', 'kinda', 'sorta', 'hmm', 'mhm', 'alright'];
/**
 * Spoken Chinese that says how people talk, not what about, which the stop list lacks and jieba
 * tags as verbs or even names (谢谢 "nr"): thanks and assent, the close of every podcast
 * (a Web3 podcast's last theme was "谢谢与送给"); the modal verbs (能够, 应该, 需要); and the nouns
 * that stand for whatever is meant (这个东西, 那件事情: "变化与东西").
 */
const SPOKEN_ZH = [
  ...['东西', '事情', '地方', '方面'],
  ...['谢谢', '谢谢您', '谢谢你', '多谢', '感谢', '感谢您', '感谢你', '不客气', '明白', '好的', '没错', '是的', '对对', '对对对'],
  ...['能够', '应该', '应当', '需要', '必须', '愿意', '想要', '不用', '觉得', '认为', '知道'],
];
const STOP = new Set([...stopwords.zh, ...stopwords.en, ...EXPLETIVES, ...SPOKEN, ...SPOKEN_ZH]);
const HAN = /^\p{Script=Han}+$/u;
/** A Latin word: letters (and digits) with inner apostrophes, dots or hyphens ("GPT-4", "don't"). */
const LATIN = /^(?=.*\p{L})[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*$/u;

/**
 * jieba's part-of-speech tags of words that say how, not what: adverbs (远远, 必要, 不要), adjectives
 * and state words (很棒), numerals and classifiers (三十年), pronouns (哪些方面), conjunctions,
 * prepositions, particles, interjections, onomatopoeia and direction words. Nouns and verbs
 * stay (jieba tags many topic words as verbs: 垂直, 递归).
 */
const FUNCTION_WORD = /^(?:d[fg]?|a|ad|ag|z|zg|m|mq|q|r|rr|rz|c|p|u[a-z]?|y|e|o|f)$/;

// HMM off: with it jieba glues unknown characters into "new words" (事是, 车要) that then
// look distinctive; without it they fall apart into single characters, which are dropped.

/** Each Han character's simplified form, one for one (cached: OpenCC is asked once per character). */
const simplifiedChar = new Map<string, string>();

/**
 * The text with every character in its simplified form, of the same length. jieba's dictionary
 * (and the stop words and word priors) are simplified: 白皮書 is one word to it only as 白皮书.
 */
function simplifiedForCutting(text: string): string {
  let out = '';
  for (const char of text) {
    let simple = simplifiedChar.get(char);
    if (simple === undefined) {
      simple = /\p{Script=Han}/u.test(char) ? toSimplified(char) : char;
      if (simple.length !== char.length) simple = char; // never shift the words' places
      simplifiedChar.set(char, simple);
    }
    out += simple;
  }
  return out;
}

/** jieba's words and tags for `text` cut in simplified form, each with its surface as `text` writes it. */
function cutAsSimplified(jieba: Jieba, text: string): { word: string; surface: string; tag: string }[] {
  const tagged = jieba.tag(simplifiedForCutting(text), false);
  let at = 0;
  const words = tagged.map(({ word, tag }) => {
    const surface = text.slice(at, at + word.length);
    at += word.length;
    return { word, surface, tag };
  });
  // jieba cuts the whole text, spaces and punctuation included; if it ever did not, the
  // surfaces would be misplaced: cut the text as written instead.
  return at === text.length ? words : jieba.tag(text, false).map(({ word, tag }) => ({ word, surface: word, tag }));
}

/** A web address written out (`https://sayit.archive.tw/2016-%E7%A0%94…`, `www.example.com/x`). */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>()（）「」]+/giu;

/** The text with its web addresses blanked: an address names no topic, and its `%E5` escapes are no words. */
function withoutAddresses(text: string): string {
  return text.replace(ADDRESS, ' ');
}

/** jieba with its own dictionary, loaded once (a second or two) and shared: user words never enter it. */
let shared: Jieba | undefined;

/**
 * Splits text around the user's Han words (longest first), which stay whole; jieba cuts the
 * rest. Keeping them out of jieba's dictionary means one interview's names can never change
 * how another interview is cut, without loading a dictionary per interview.
 */
function splitAround(text: string, words: RegExp | undefined): { text: string; whole: boolean }[] {
  if (!words) return [{ text, whole: false }];
  const parts: { text: string; whole: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(words)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), whole: false });
    parts.push({ text: match[0], whole: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), whole: false });
  return parts;
}

/**
 * A tokenizer that keeps `userWords` (speakers' names, glossary terms) whole, and counts a
 * word listed in `aliases` (a glossary alias, Han or lower-case Latin) as its term: 老黄 is
 * 黄仁勋, "nvidia" is 英伟达.
 */
export function createTokenizer(userWords: readonly string[] = [], aliases: ReadonlyMap<string, string> = new Map()): Tokenizer {
  shared ??= Jieba.withDict(dict);
  const jieba = shared;
  const han = [...new Set([...userWords, ...aliases.keys()].map((w) => w.trim()).filter((w) => /\p{Script=Han}/u.test(w)))];
  const whole =
    han.length === 0
      ? undefined
      : new RegExp(
          han
            .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
            .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('|'),
          'gu',
        );
  const asTerm = (token: Token): Token => {
    const term = aliases.get(token.surface) ?? aliases.get(token.surface.toLowerCase());
    return term === undefined ? token : { key: term, surface: term, prior: 1 };
  };
  return (text) => {
    const tokens: Token[] = [];
    const tagged = splitAround(withoutAddresses(text), whole).flatMap((part) =>
      part.whole ? [{ word: part.text, surface: part.text, tag: 'nz' }] : cutAsSimplified(jieba, part.text),
    );
    for (const { word: raw, surface: rawSurface, tag } of tagged) {
      const word = raw.trim();
      if (HAN.test(word)) {
        // Keyed by the simplified form, so 數據 and 数据 are one word; shown as written.
        if ([...word].length >= 2 && !STOP.has(word) && !FUNCTION_WORD.test(tag))
          tokens.push({ key: word, surface: rawSurface.trim(), prior: chinesePrior(word) });
      } else if (LATIN.test(word)) {
        const lower = word.toLowerCase().replace(/’/g, "'");
        if (lower.length >= 2 && !STOP.has(lower) && !/^\d/.test(lower) && englishCanNameTopic(lower))
          tokens.push({ key: stemmer(lower), surface: word, prior: englishPrior(lower) });
      }
    }
    return tokens.map(asTerm);
  };
}
