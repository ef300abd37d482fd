import { describe, expect, test } from 'vitest';
import { apa7, gbt7714, quoteWithCitation, type CiteSource } from '../../src/lib/cite.ts';

const source: CiteSource = {
  title: '周鸿祎谈大模型',
  event: '品玩“模型思辨”研讨会',
  date: '2023-05-31',
  interviewees: ['周鸿祎'],
  interviewers: ['骆轶航'],
  site: '谈录',
  language: 'zh-CN',
};
const english: CiteSource = {
  title: 'Practical AI 225: Generative models',
  event: 'Practical AI',
  date: '2023-05-02',
  interviewees: ['Jane Doe', 'Wu Lan'],
  interviewers: ['Chris Benson', 'Daniel Whitenack'],
  site: 'Tanlu',
  language: 'en',
};
const url = 'https://tanlu.example/zhou-hongyi-2023-05-31/q/t-1wc7/';

describe('citations', () => {
  test('the quote line names speaker, occasion, date and link', () => {
    expect(quoteWithCitation(' 大模型胡说八道不是独有的 ', '周鸿祎', source, url)).toBe(
      `“大模型胡说八道不是独有的”——周鸿祎，品玩“模型思辨”研讨会，2023-05-31，${url}`,
    );
  });

  test('leaves out what is not known', () => {
    expect(quoteWithCitation('对。', '甲', { ...source, event: undefined, date: undefined }, url)).toBe(`“对。”——甲，${url}`);
  });

  test('GB/T 7714-2015 as an electronic resource with the access date', () => {
    expect(gbt7714(source, url, '2026-11-29')).toBe(`周鸿祎, 骆轶航. 周鸿祎谈大模型[EB/OL]. 谈录, 2023-05-31[2026-11-29]. ${url}.`);
    expect(gbt7714(source, url, '2026-11-29', '开源')).toContain('周鸿祎谈大模型：开源[EB/OL]');
  });

  test('APA 7 as an interview published online, in Chinese for a Chinese interview', () => {
    expect(apa7(source, url)).toBe(`周鸿祎. (2023年5月31日). 周鸿祎谈大模型 [骆轶航访谈]. 谈录. ${url}`);
    expect(apa7({ ...source, date: undefined }, url)).toContain('(日期不详)');
    expect(apa7(source, url, '开源')).toContain('周鸿祎谈大模型：开源 [骆轶航访谈]');
  });

  test('an English interview is cited in English conventions only', () => {
    expect(apa7(english, url)).toBe(
      `Jane Doe & Wu Lan. (2023, May 2). Practical AI 225: Generative models [Interview by Chris Benson & Daniel Whitenack]. Tanlu. ${url}`,
    );
    expect(apa7({ ...english, date: undefined }, url)).toContain('(n.d.)');
    expect(gbt7714(english, url, '2026-11-29', 'Open source')).toBe(
      `Jane Doe, Wu Lan, Chris Benson, Daniel Whitenack. Practical AI 225: Generative models: Open source[EB/OL]. Tanlu, 2023-05-02[2026-11-29]. ${url}.`,
    );
    expect(quoteWithCitation('It depends.', 'Jane Doe', english, url)).toBe(`“It depends.” — Jane Doe, Practical AI, 2023-05-02, ${url}`);
    for (const text of [apa7(english, url), gbt7714(english, url, '2026-11-29'), quoteWithCitation('x', 'Jane Doe', english, url)]) {
      expect(text).not.toMatch(/[，、：年月日]|——|访谈|谈录/u);
    }
  });

  test('a Chinese citation has no English words of its own', () => {
    for (const text of [
      apa7(source, url),
      apa7({ ...source, date: undefined }, url),
      gbt7714({ ...source, date: undefined }, url, '2026-11-29'),
    ]) {
      expect(text.replace(url, '')).not.toMatch(/Interview|May|n\.d\./);
    }
  });
});
