/** Step: the interview's address: the data file's `slug`, else the transcript's file name. */
import { basename } from 'node:path';
import type { InterviewData } from '../../../src/schemas/interview-data.ts';

export function chooseSlug(file: string, data: InterviewData | undefined): string {
  return data?.slug ?? basename(file).replace(/\.[^.]+$/, '');
}
