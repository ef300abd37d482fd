/**
 * A reader's query, understood: whether it is a quoted exact phrase, and the folded strings
 * to look for — the query itself and, through the glossary, the same query with an alias
 * replaced by its term (Nvidia → 英伟达).
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { fold } from '../fold.ts';

export interface ParsedQuery {
  /** The query as typed, trimmed. */
  raw: string;
  /** Quoted ("…" or “…”): only turns containing the phrase count. */
  phrase: boolean;
  /** Folded forms to match, the query's own first; never empty strings. */
  variants: string[];
  /** Matching units of each variant: Latin words and digits, and CJK character pairs. */
  units: string[][];
  /** Punctuation the query begins and ends with (`<` … `>`), to mark with the match where the text has it too. */
  edges: { lead: string; trail: string };
}

const QUOTES = /^\s*["“”「『'‘](.+?)["“”」』'’]\s*$/u;
const HAN = /\p{Script=Han}/u;

export function parseQuery(input: string, glossary: readonly GlossaryEntry[] = []): ParsedQuery {
  const raw = input.trim();
  const quoted = QUOTES.exec(raw);
  const body = quoted ? quoted[1]! : raw;
  const forms = new Map<string, string>(); // folded → form it came from
  for (const form of [body, ...aliasForms(body, glossary)]) {
    const folded = fold(form);
    if (folded && !forms.has(folded)) forms.set(folded, form);
  }
  const edges = { lead: /^[^\p{L}\p{N}]*/u.exec(body)![0].trim(), trail: /[^\p{L}\p{N}]*$/u.exec(body)![0].trim() };
  return { raw, phrase: quoted !== null, variants: [...forms.keys()], units: [...forms.values()].map(unitsOf), edges };
}

/** The query with each glossary alias it contains replaced by the alias's term. */
function aliasForms(body: string, glossary: readonly GlossaryEntry[]): string[] {
  const lower = body.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ');
  const forms: string[] = [];
  for (const { term, aliases } of glossary) {
    for (const alias of aliases) {
      const needle = alias.normalize('NFKC').toLowerCase();
      const pattern = HAN.test(needle)
        ? new RegExp(escapeRegExp(needle), 'gu')
        : new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle).replace(/[ -]/g, '[\\s-]?')}(?![\\p{L}\\p{N}])`, 'gu');
      if (pattern.test(lower)) forms.push(lower.replace(pattern, term));
    }
  }
  return forms;
}

/**
 * Units whose presence measures how much of a query a text contains: each word or number
 * of other scripts, and each pair of adjacent Han characters (a lone one is its own unit).
 * Units are folded, so they can be looked for in folded text.
 */
export function unitsOf(text: string): string[] {
  const units = new Set<string>();
  for (const token of text.normalize('NFKC').toLowerCase().match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? []) {
    if (!HAN.test(token) || token.length === 1) units.add(token);
    else for (let i = 0; i + 1 < token.length; i++) units.add(token.slice(i, i + 2));
  }
  return [...units];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
