/** Step: the transcript's text → typed turns, speakers and headings, read as the data file says. */
import type { InterviewData } from '../../../src/schemas/interview-data.ts';
import type { IngestWarning } from '../errors.ts';
import type { Transcript } from '../model.ts';
import { parseTranscript } from '../parse/parse-transcript.ts';

export function readTranscript(
  text: string,
  file: string,
  data: InterviewData | undefined,
): { transcript: Transcript; warnings: IngestWarning[] } {
  return parseTranscript(text, file, {
    speakers: data?.speakers,
    headings: data?.layout.headings,
    paragraphs: data?.layout.paragraphs,
  });
}
