/**
 * Step: one MDX page per theme that has exchanges, with its frontmatter (lead quote, related
 * exchanges under other themes). A theme with no exchanges gets no page, and a warning.
 */
import type { ThemeData } from '../../../src/schemas/interview-data.ts';
import { sectionSchema, type SectionFrontmatter } from '../../../src/schemas/generated.ts';
import { fold } from '../../../src/lib/fold.ts';
import type { ThemeAssignment } from '../assign-themes.ts';
import { asksQuestions } from '../model.ts';
import { IngestError, type IngestWarning } from '../errors.ts';
import type { LoadedInterviewData } from '../interview-data.ts';
import { sectionTree, type ExchangeView, type TreeContext } from '../mdx/build-tree.ts';
import { serializeMdx } from '../mdx/serialize.ts';
import { spokenText } from '../../../src/lib/segment-text.ts';

export interface SectionPages {
  /** `sections/<theme>.mdx` → content. */
  files: Map<string, string>;
  /** The themes that got a page, in reading order. */
  usedThemes: ThemeData[];
  warnings: IngestWarning[];
}

export function sectionPages(
  views: readonly ExchangeView[],
  assignments: readonly ThemeAssignment[],
  themes: readonly ThemeData[],
  tree: TreeContext,
  dataFile: string,
  loaded: LoadedInterviewData | undefined,
): SectionPages {
  const usedThemes = themes.filter((theme) => views.some((v) => v.theme === theme.slug));
  const warnings: IngestWarning[] = themes
    .filter((t) => !usedThemes.includes(t))
    .map((theme) => ({
      file: dataFile,
      line: loaded?.lineOf(['themes', themes.indexOf(theme)]),
      message: `theme "${theme.slug}" has no exchanges and gets no page`,
    }));
  const files = new Map<string, string>();
  usedThemes.forEach((theme, i) => {
    const inSection = views.filter((v) => v.theme === theme.slug);
    const frontmatter: SectionFrontmatter = sectionSchema.parse({
      interview: tree.interview,
      theme: theme.slug,
      title: theme.title,
      titleEn: theme.titleEn,
      description: theme.description,
      order: i + 1,
      speakers: [...new Set(inSection.flatMap((v) => v.turns.map((t) => t.turn.speaker)))],
      exchanges: inSection.map((v) => ({ number: v.number, turns: v.turns.map((t) => t.id) })),
      turns: inSection.flatMap((v) => v.turns.map((t) => t.id)),
      lead: leadQuote(theme, inSection, loaded, themes.indexOf(theme)),
      // One theme per exchange keeps every turn in one place; these links keep a reader of
      // this theme from missing where it comes up elsewhere.
      related: views.flatMap((v, n) => {
        const evidence = assignments[n]!.scores.find((s) => s.theme === theme.slug)?.evidence;
        if (v.theme === theme.slug || !evidence) return [];
        return [{ number: v.number, theme: v.theme, themeTitle: v.themeTitle, turn: v.turns[0]!.id, keywords: Object.keys(evidence) }];
      }),
    });
    files.set(`sections/${theme.slug}.mdx`, serializeMdx(sectionTree(frontmatter, inSection, tree)));
  });
  return { files, usedThemes, warnings };
}

/** The theme card's quote: the editor's `lead` (checked against the text) or the first answer's first sentence. */
function leadQuote(
  theme: ThemeData,
  inSection: readonly ExchangeView[],
  loaded: LoadedInterviewData | undefined,
  index: number,
): SectionFrontmatter['lead'] {
  const turns = inSection.flatMap((v) => v.turns);
  if (theme.lead !== undefined) {
    const needle = fold(theme.lead);
    const found = turns.find((t) => fold(t.turn.paragraphs.join('\n')).includes(needle));
    if (!found) {
      throw new IngestError(
        { file: loaded?.file ?? '(data file)', line: loaded?.lineOf(['themes', index, 'lead']) },
        `the lead quote of theme "${theme.slug}" does not occur in any of its turns`,
        'copy the words exactly from a turn in that theme, or remove `lead` to use the first answer',
      );
    }
    return { text: theme.lead, turn: found.id, speaker: found.turn.speaker };
  }
  const answer = turns.find((t) => !asksQuestions(t.role)) ?? turns[0]!;
  return { text: openingWords(spokenText(answer.turn.paragraphs[0]!)), turn: answer.id, speaker: answer.turn.speaker };
}

/** Longest default lead quote, in characters. */
const LEAD_LENGTH = 60;
/** Shortest: a first sentence like "Yeah." or "好的。" says nothing alone, so the next joins it. */
const LEAD_MIN = 12;
/** A sentence and the spaces after it; a full stop ends one when a space follows (not in 3.5 or a URL). */
const SENTENCE = /.+?(?:[。！？!?]|\.(?=\s)|$)\s*/gsu;

/**
 * The first sentence of a paragraph (with the next while it is very short), cut at a clause
 * break when it is longer than a card can show. Always a verbatim prefix of the paragraph.
 */
export function openingWords(paragraph: string): string {
  let opening = '';
  for (const [sentence] of paragraph.matchAll(SENTENCE)) {
    opening += sentence;
    if ([...opening.trim()].length >= LEAD_MIN) break;
  }
  opening = opening.trimEnd();
  if ([...opening].length <= LEAD_LENGTH) return opening;
  const head = [...opening].slice(0, LEAD_LENGTH).join('');
  const clauseEnd = Math.max(...[...head.matchAll(/[,，;；、]/gu)].map((m) => m.index));
  if (clauseEnd > 0) return head.slice(0, clauseEnd);
  // No word of a Latin-script sentence is cut in half: end before the word the limit falls in.
  const inWord = /[\p{L}\p{N}]/u.test([...opening][LEAD_LENGTH]!) && /\p{Script=Latin}/u.test(head.slice(-1));
  const space = head.lastIndexOf(' ');
  return inWord && space > 0 ? head.slice(0, space) : head;
}
