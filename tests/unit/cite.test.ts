import { describe, expect, test } from 'vitest';
import { apa7, gbt7714, quoteWithCitation, type CiteSource } from '../../src/lib/cite.ts';

const source: CiteSource = {
  title: '周鸿祎谈大模型',
  event: '品玩“模型思辨”研讨会',
  date: '2023-05-31',
  interviewees: ['周鸿祎'],
  interviewers: ['骆轶航'],
  site: '谈录',
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

  test('APA 7 as an interview published online', () => {
    expect(apa7(source, url)).toBe(`周鸿祎. (2023, May 31). 周鸿祎谈大模型 [Interview by 骆轶航]. 谈录. ${url}`);
    expect(apa7({ ...source, date: undefined }, url)).toContain('(n.d.)');
  });
});
