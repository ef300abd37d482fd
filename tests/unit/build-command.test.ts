/** `npm run build`, the tests' builds and the scale bench run Astro with the same Node arguments. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ASTRO_BUILD_ARGS } from '../../scripts/lib/dev/astro-build.ts';
import { ROOT } from '../support/paths.ts';

test('npm run build runs astro build with the arguments the tools use', () => {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const astro = scripts.build!.split(' && ').at(-1);
  expect(astro).toBe(['node', ...ASTRO_BUILD_ARGS].join(' '));
});
