/**
 * axe-core in a real page, for the browser suites and `npm run audit`. axe is injected as a
 * script, which the site's CSP rightly refuses: open the page in a context with `bypassCSP`.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Every violation axe finds on the page, as `rule: help (elements)`. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations: AxeViolation[] = await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
