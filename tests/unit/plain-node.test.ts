/**
 * `npm run bench` and the build's search data run under Node itself, not Vite: every module
 * they reach must import by a path Node resolves (with its `.ts`), or the bench fails to start
 * while the tests, which resolve as Vite does, pass.
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { ROOT } from '../support/paths.ts';

test('the bench and the search data builder load under plain Node', () => {
  const load = (module: string) =>
    execFileSync(process.execPath, ['--input-type=module', '-e', `await import('./${module}'); console.log('loaded')`], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
  expect(load('src/lib/search/build-data.ts')).toBe('loaded');
  expect(load('scripts/lib/bench/search.ts')).toBe('loaded');
});
