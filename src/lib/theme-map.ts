/**
 * The numbers behind the theme map and the speaker chart: pure functions of an interview
 * record, so the pictures are drawn at build time and tested without a browser.
 */
import type { InterviewRecord } from '../schemas/generated.ts';

export interface MapSegment {
  /** 1-based exchange number. */
  number: number;
  theme: string;
  /** 0-based index of the theme in reading order (its colour and its label). */
  themeIndex: number;
  /** Characters spoken in the exchange. */
  length: number;
  /** The exchange's first turn: where the segment links to. */
  firstTurn: string;
  /** Position and width on the strip, in the strip's units. */
  x: number;
  width: number;
}

/** Characters a reader reads (masks and all), not counting white space. */
const lengthOf = (paragraphs: readonly string[]) => [...paragraphs.join('').replace(/\s+/g, '')].length;

/**
 * Lays the exchanges out along a strip `width` units wide, each as wide as its length
 * but never narrower than `minWidth`, in interview order.
 */
export function mapSegments(interview: Pick<InterviewRecord, 'turns' | 'themes'>, width: number, minWidth: number): MapSegment[] {
  const order = new Map(interview.themes.map((t, i) => [t.slug, i]));
  const exchanges = new Map<number, Omit<MapSegment, 'x' | 'width'>>();
  for (const turn of interview.turns) {
    const e = exchanges.get(turn.exchange);
    if (e) e.length += lengthOf(turn.paragraphs);
    else
      exchanges.set(turn.exchange, {
        number: turn.exchange,
        theme: turn.theme,
        themeIndex: order.get(turn.theme)!,
        length: lengthOf(turn.paragraphs),
        firstTurn: turn.id,
      });
  }
  const list = [...exchanges.values()].sort((a, b) => a.number - b.number);
  const total = list.reduce((sum, e) => sum + e.length, 0);
  const spare = Math.max(0, width - minWidth * list.length);
  let x = 0;
  return list.map((e) => {
    const w = minWidth + (total === 0 ? 0 : (spare * e.length) / total);
    const segment = { ...e, x: round(x), width: round(w) };
    x += w;
    return segment;
  });
}

/** Characters each speaker says under each theme, in theme order. */
export function speakerShares(
  interview: Pick<InterviewRecord, 'turns' | 'themes' | 'speakers'>,
): { theme: string; title: string; bySpeaker: { name: string; role: string; length: number }[] }[] {
  return interview.themes.map((theme) => ({
    theme: theme.slug,
    title: theme.title,
    bySpeaker: interview.speakers.map((s) => ({
      name: s.name,
      role: s.role,
      length: interview.turns
        .filter((t) => t.theme === theme.slug && t.speaker === s.name)
        .reduce((sum, t) => sum + lengthOf(t.paragraphs), 0),
    })),
  }));
}

const round = (n: number) => Math.round(n * 100) / 100;
