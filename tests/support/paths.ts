/** Paths the test suites share. */
import { fileURLToPath } from 'node:url';
import { GENERATED_DIR } from '../../src/schemas/generated.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEED = `${ROOT}content/sources/zhou-hongyi-2023-05-31.txt`;
export const SEED_DATA = `${ROOT}content/sources/zhou-hongyi-2023-05-31.yaml`;
export const SEED_IDS = `${ROOT}content/sources/zhou-hongyi-2023-05-31.ids.yaml`;
export const FIXTURES = `${ROOT}tests/fixtures/`;
export const GENERATED = `${ROOT}${GENERATED_DIR}/`;
