/**
 * `--suggest-themes`: the automatic themes as a draft data file for the editor to rename,
 * merge, split and pin. Each theme carries its keywords; an exchange whose keywords alone
 * would send it elsewhere is pinned, so ingesting with the draft builds the same site.
 */
import { Document, isSeq, parseDocument } from 'yaml';
import { fold } from '../../../src/lib/fold.ts';
import { assignThemes } from '../assign-themes.ts';
import type { BuiltInterview } from '../build-interview.ts';
import type { Exchange } from '../model.ts';

/** Fewest characters a pin quotes (more when a shorter quote is not unique). */
const QUOTE_MIN = 8;

/** The draft's YAML text; `existing` is the interview's data file, whose other fields are kept. */
export function draftDataFile(built: BuiltInterview, existing?: string): string {
  const { exchanges, assignments, themes, transcript } = built;
  const byKeywords = assignThemes(exchanges, transcript.speakers, [...themes], {
    pins: [],
    file: transcript.file,
    lineOf: () => undefined,
  }).assignments;
  const pins = exchanges.flatMap((exchange, i) => {
    const theme = assignments[i]!.theme;
    if (byKeywords[i]!.theme === theme) return [];
    const quote = uniqueQuote(exchange, exchanges);
    return quote === undefined ? [] : [{ quote, theme }];
  });
  const doc = existing === undefined ? new Document({}) : parseDocument(existing);
  const themeList = doc.createNode(
    themes.map(({ slug, title, titleEn, description, keywords }) => ({ slug, title, titleEn, description, keywords })),
  );
  themes.forEach((theme, i) => {
    const numbers = assignments.filter((a) => a.theme === theme.slug).map((a) => a.exchange);
    const item = themeList.items[i]!;
    item.commentBefore = ` exchanges ${numbers.join(', ')}`;
    const keywords = item.get('keywords', true);
    if (isSeq(keywords)) keywords.flow = true;
  });
  doc.set('themes', themeList);
  doc.set('pins', doc.createNode(pins));
  if (existing === undefined) {
    doc.commentBefore = ` Draft themes for ${transcript.file}, found automatically (npm run ingest -- --suggest-themes).
 Rename, merge, split and pin; run \`npm run ingest -- --explain\` to see where each exchange goes and why.`;
  }
  return doc.toString({ lineWidth: 0 });
}

/** The shortest opening of one of the exchange's paragraphs that no other exchange contains. */
function uniqueQuote(exchange: Exchange, exchanges: readonly Exchange[]): string | undefined {
  const others = exchanges.filter((e) => e !== exchange).map((e) => fold(e.turns.map((t) => t.paragraphs.join('\n')).join('\n')));
  for (const turn of exchange.turns) {
    for (const paragraph of turn.paragraphs) {
      const chars = [...paragraph];
      for (let length = Math.min(QUOTE_MIN, chars.length); length <= chars.length; length++) {
        const quote = chars.slice(0, length).join('').trim();
        const needle = fold(quote);
        if (needle !== '' && !others.some((text) => text.includes(needle))) return quote;
      }
    }
  }
  return undefined;
}
