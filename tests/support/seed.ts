/** The seed interview run through the real pipeline, as `npm run ingest` runs it, for tests that inspect its parts. */
import { readFileSync } from 'node:fs';
import { buildInterview } from '../../scripts/lib/build-interview.ts';
import { decodeTranscript } from '../../scripts/lib/decode.ts';
import { parseIdLock } from '../../scripts/lib/ids/lock.ts';
import { parseInterviewData } from '../../scripts/lib/interview-data.ts';
import { SEED, SEED_DATA, SEED_IDS } from './paths.ts';

export const seedText = decodeTranscript(readFileSync(SEED), SEED).text;
export const seedData = parseInterviewData(readFileSync(SEED_DATA, 'utf8'), SEED_DATA);
/** The committed id lock file: every id the seed has published. */
export const seedIds = parseIdLock(readFileSync(SEED_IDS, 'utf8'), SEED_IDS);
export const seed = buildInterview(seedText, SEED, seedData, seedIds);
