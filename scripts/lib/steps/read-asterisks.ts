/** Step: whether this source's `**` are masks or emphasis: the data file's word, else the evidence of its paragraphs. */
import type { InterviewData } from '../../../src/schemas/interview-data.ts';
import { asteriskUse, type AsteriskUse } from '../../../src/lib/asterisks.ts';
import type { Transcript } from '../model.ts';

export function readAsterisks(transcript: Transcript, data: InterviewData | undefined): AsteriskUse {
  return data?.asterisks ?? asteriskUse(transcript.turns.flatMap((t) => t.paragraphs));
}
