/** The seed interview run through the real pipeline, for tests that inspect its parts. */
import { readFileSync } from 'node:fs';
import { buildInterview } from '../../scripts/lib/build-interview.ts';
import { decodeTranscript } from '../../scripts/lib/decode.ts';
import { parseInterviewData } from '../../scripts/lib/interview-data.ts';
import { SEED, SEED_DATA } from './paths.ts';

export const seedText = decodeTranscript(readFileSync(SEED), SEED);
export const seedData = parseInterviewData(readFileSync(SEED_DATA, 'utf8'), SEED_DATA);
export const seed = buildInterview(seedText, SEED, seedData);
