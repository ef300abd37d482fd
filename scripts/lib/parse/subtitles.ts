/**
 * Subtitle files (SRT, WebVTT) as transcripts: the cue numbers and timings are furniture,
 * a cue's start time is the time of the turn it opens, and a cue's line breaks are only
 * where the screen wrapped, so the lines of one turn join into one paragraph.
 */

/** One line of cue text, with the start time of its cue when it is the cue's first line. */
export interface CueLine {
  number: number;
  text: string;
  /** Start time of the cue, as written (`00:00:53.030`), on the cue's first line. */
  time?: string;
}

const TIMING = /^(\d{1,2}:\d{2}:\d{2}[.,]\d{1,3}|\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*\S+/u;

/** Whether the text is a subtitle file: WebVTT's signature, or SRT's numbered cues with timings. */
export function isSubtitles(rawLines: readonly string[]): boolean {
  const first = rawLines.findIndex((l) => l.trim() !== '');
  if (first === -1) return false;
  if (/^WEBVTT\b/u.test(rawLines[first]!.trim())) return true;
  return /^\d+$/u.test(rawLines[first]!.trim()) && TIMING.test(rawLines[first + 1]?.trim() ?? '');
}

/**
 * The cue text lines of a subtitle file, in order. A voice tag (`<v Travis>words`) becomes
 * a label (`Travis: words`); other tags are dropped; cue numbers, timings, `NOTE` blocks
 * and the header (with its metadata lines) are left out.
 */
export function cueLines(rawLines: readonly string[]): CueLine[] {
  const lines: CueLine[] = [];
  let time: string | undefined;
  let inNote = false;
  rawLines.forEach((raw, i) => {
    const text = raw.trim();
    if (text === '') {
      inNote = false;
      return;
    }
    const timing = TIMING.exec(text);
    if (timing) {
      time = timing[1]!;
      inNote = false;
      return;
    }
    if (inNote || /^(?:STYLE|REGION)$/u.test(text)) return;
    // The header runs from WEBVTT to the first blank line, as a NOTE block does: its metadata
    // lines (YouTube's `Kind: captions`, `Language: en`) are no speakers.
    if (/^(?:WEBVTT|NOTE)\b/u.test(text)) {
      inNote = true;
      return;
    }
    // A cue number: digits alone, right before a timing line (blank line or not).
    if (/^\d+$/u.test(text) && TIMING.test(rawLines[i + 1]?.trim() ?? '')) return;
    const voiced = text
      .replace(/^<v(?:\.[\w.-]+)?\s+([^>]+)>\s*/u, (_, name: string) => `${name.trim()}: `)
      .replace(/<\/?[a-z][^>]*>/giu, '')
      .trim();
    if (voiced === '') return;
    lines.push({ number: i + 1, text: voiced, ...(time !== undefined && { time }) });
    time = undefined;
  });
  return lines;
}
