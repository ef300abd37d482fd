/** Writes src/i18n/zh-hant.ts from src/i18n/zh.ts (see scripts/lib/i18n/traditional-dictionary.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { traditionalDictionary } from './lib/i18n/traditional-dictionary.ts';

const zh = fileURLToPath(new URL('../src/i18n/zh.ts', import.meta.url));
const target = fileURLToPath(new URL('../src/i18n/zh-hant.ts', import.meta.url));
writeFileSync(target, await traditionalDictionary(readFileSync(zh, 'utf8'), target));
console.log('Wrote src/i18n/zh-hant.ts');
