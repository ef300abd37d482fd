/**
 * The traditional-Chinese interface words, derived from the simplified ones with OpenCC
 * (opencc-js, simplified → Taiwan standard characters). Derived, not translated by hand, so the
 * two can never drift apart: `npm run i18n` writes src/i18n/zh-hant.ts, and a test fails when
 * that file is not what this function makes of src/i18n/zh.ts.
 */
import * as OpenCC from 'opencc-js';
import { format, resolveConfig } from 'prettier';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const HEADER = `/**
 * The interface words in traditional Chinese, for interviews written in traditional characters.
 * Generated from zh.ts by \`npm run i18n\` (OpenCC, simplified → traditional): edit zh.ts, not this file.
 */
import type { Dictionary } from './zh.ts';
`;

/** The source of src/i18n/zh-hant.ts (`target`), made from the source of src/i18n/zh.ts, formatted as the project formats code. */
export async function traditionalDictionary(zhSource: string, target: string): Promise<string> {
  const start = zhSource.indexOf('export const zh = {');
  const end = zhSource.indexOf('/** What every UI language provides. */');
  if (start < 0 || end < start) throw new Error('src/i18n/zh.ts: expected `export const zh = {` followed by the Dictionary type');
  // Only the object literal is converted: its strings are Chinese, its keys and code ASCII.
  const body = toTraditional(zhSource.slice(start, end))
    .replace('export const zh = {', 'export const zhHant: Dictionary = {')
    .replace(/lang: 'zh-CN'/, "lang: 'zh-Hant'");
  const options = (await resolveConfig(target)) ?? {};
  return format(`${HEADER}\n${body}`, { ...options, filepath: target });
}
