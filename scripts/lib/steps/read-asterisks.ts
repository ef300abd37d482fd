/**
 * Step: whether this source's `**` are masks or emphasis: the data file's word, else the
 * evidence — a source written in Markdown on purpose whose every `**` pairs as emphasis.
 * A plain-text transcript's `**` stay masks (and are shown as written).
 */
import type { InterviewData } from '../../../src/schemas/interview-data.ts';
import { asteriskUse, type AsteriskUse } from '../../../src/lib/asterisks.ts';
import type { Transcript } from '../model.ts';

export function readAsterisks(transcript: Transcript, data: InterviewData | undefined): AsteriskUse {
  if (data?.asterisks) return data.asterisks;
  return transcript.markdown ? asteriskUse(transcript.turns.flatMap((t) => t.paragraphs)) : 'masks';
}
