/**
 * The interface speaks the interview's language and script: English, simplified or traditional
 * Chinese. The traditional words are derived from the simplified ones, and never go stale.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { traditionalDictionary } from '../../scripts/lib/i18n/traditional-dictionary.ts';
import { ui } from '../../src/i18n/index.ts';
import { ROOT } from '../support/paths.ts';

describe('interface words', () => {
  test('src/i18n/zh-hant.ts is what `npm run i18n` makes of zh.ts (run it after editing zh.ts)', async () => {
    const target = `${ROOT}src/i18n/zh-hant.ts`;
    expect(readFileSync(target, 'utf8')).toBe(await traditionalDictionary(readFileSync(`${ROOT}src/i18n/zh.ts`, 'utf8'), target));
  });

  test('a traditional-Chinese interview gets traditional words, a simplified one simplified, an English one English', () => {
    for (const tag of ['zh-Hant', 'zh-TW', 'zh-hk', 'zh-Hant-TW']) {
      expect(ui(tag).lang, tag).toBe('zh-Hant');
      expect(ui(tag).roles.interviewer, tag).toBe('訪談人');
      expect(ui(tag).turn.tools('某人'), tag).toBe('某人這一段：複製鏈接、引文或引用');
    }
    for (const tag of ['zh-CN', 'zh', 'zh-Hans', undefined]) expect(ui(tag).roles.interviewer, String(tag)).toBe('访谈人');
    expect(ui('en-US').roles.interviewer).toBe('Interviewer');
  });
});
