/**
 * A short stretch of a turn around its longest match, as segments (never HTML), so the UI
 * can build it with text nodes and a `<mark>` per matched phrase.
 */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

/** Characters shown before the first match. */
const LEAD_IN = 24;

export function excerpt(text: string, ranges: readonly [number, number][], length = 90): ExcerptSegment[] {
  const flat = text.replace(/\n/g, ' ');
  const focus = longest(ranges) ?? [0, 0];
  const start = focus[0] <= LEAD_IN ? 0 : focus[0] - LEAD_IN;
  const end = Math.min(flat.length, Math.max(start + length, focus[1] + 10));
  const segments: ExcerptSegment[] = [];
  let cursor = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a > cursor) segments.push({ text: flat.slice(cursor, a), mark: false });
    segments.push({ text: flat.slice(a, b), mark: true });
    cursor = b;
  }
  if (cursor < end) segments.push({ text: flat.slice(cursor, end), mark: false });
  if (start > 0) segments.unshift({ text: '…', mark: false });
  if (end < flat.length) segments.push({ text: '…', mark: false });
  return segments;
}

/** The longest range (the first of equals). */
export function longest(ranges: readonly [number, number][]): [number, number] | undefined {
  return ranges.reduce<[number, number] | undefined>((best, r) => (!best || r[1] - r[0] > best[1] - best[0] ? r : best), undefined);
}
