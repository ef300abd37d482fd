/**
 * A web page clipped to Markdown (Cubox, of a WeChat article): the page's furniture has a label's shape and is no
 * one's label — an account's card, the footer's heading, a section title underlined with dashes — and its images,
 * rules and links are no one's words. The real excerpt is `founderpark-yunqi-panel-clip` (real-fixtures.test.ts);
 * these pin each rule, with the labels and words that must stay what they are.
 */
import { describe, expect, test } from 'vitest';
import { asteriskUse, emphasisPairs } from '../../src/lib/asterisks.ts';
import { footerHeading } from '../../scripts/lib/parse/furniture.ts';
import { imageLine } from '../../scripts/lib/parse/lines.ts';
import { parseTranscript } from '../../scripts/lib/parse/parse-transcript.ts';

function parse(text: string) {
  const { transcript, warnings } = parseTranscript(text, 'x.md');
  return {
    speakers: transcript.speakers.map((s) => s.name),
    turns: transcript.turns.map((t) => [t.speaker, ...t.paragraphs]),
    headings: transcript.headings.map((h) => `${h.text}@${h.beforeTurn}`),
    transcript,
    warnings,
  };
}

const card = (name: string) =>
  `**${name}**\n\n来自极客公园，专注与科技创业者聊「真问题」。\n\n303篇原创内容\n\n<br />\n\n公众号   \n\n，\n`;
const dialogue = '**张鹏：你怎么看？**\n\n**朱军**：我觉得很好。\n\n**张鹏**：明白。\n\n**朱军**：对。\n';

describe("a WeChat account's card is no speaker", () => {
  test("the bold name over the card's count (`**Founder Park**` ⏎ blurb ⏎ `303篇原创内容`) is no label, before the dialogue or after it", () => {
    const read = parse(`${card('Founder Park')}\n点击关注，每天更新深度 AI 行业洞察\n\n${dialogue}\n${card('Founder Park')}`);
    expect(read.speakers).toEqual(['张鹏', '朱军']);
    expect(read.turns.flat().join('\n')).not.toMatch(/Founder Park|303篇原创内容/u);
    expect(read.turns.at(-1)).toEqual(['朱军', '对。']);
    expect(read.transcript.intro.map((p) => p.text)).toContain('**Founder Park**');
    expect(read.transcript.footerNotes.map((n) => n.text)).toContain('**Founder Park**');
  });

  test('a bold name alone without a card under it is still a label (`**朱军**` ⏎ words)', () => {
    const read = parse('**张鹏**\n\n你怎么看？\n\n**朱军**\n\n我觉得很好。\n\n**张鹏**\n\n明白。\n\n**朱军**\n\n对。');
    expect(read.turns).toEqual([
      ['张鹏', '你怎么看？'],
      ['朱军', '我觉得很好。'],
      ['张鹏', '明白。'],
      ['朱军', '对。'],
    ]);
  });
});

describe("a WeChat footer's heading opens the footer", () => {
  test.each(['**更多阅读**', '推荐阅读', '## 往期回顾', '**阅读原文：**'])('`%s` is a footer heading', (line) => {
    expect(footerHeading(line)).toBe(true);
  });

  test.each(['点击关注，每天更新深度 AI 行业洞察', '更多阅读的人', '**朱军**'])('`%s` is not', (line) => {
    expect(footerHeading(line)).toBe(false);
  });

  test('`**更多阅读**` and the links under it are no speaker and no turn; the rules and the banner above it are the footer too', () => {
    const read = parse(
      `${dialogue}\n*** ** * ** ***\n\n[![](https://cubox.pro/c/filters:no_upscale()?imageUrl=a.png)](https://mp.weixin.qq.com/s?x=1)\n\n\n*** ** * ** ***\n\n**更多阅读**\n\n\n[Claude工程师聊prompt](http://mp.weixin.qq.com/s?a=1)\n\n\n[8月份AI应用月活盘点](http://mp.weixin.qq.com/s?a=2)\n`,
    );
    expect(read.speakers).toEqual(['张鹏', '朱军']);
    expect(read.turns.at(-1)).toEqual(['朱军', '对。']);
    expect(read.transcript.footerNotes.map((n) => n.text)).toContain('**更多阅读**');
  });

  test('a footer word a speaker says inside a turn stays their words', () => {
    const read = parse('**张鹏**：你最近读什么？\n\n**朱军**：我在看推荐阅读。\n\n**张鹏**：好。\n\n**朱军**：对。');
    expect(read.turns[1]).toEqual(['朱军', '我在看推荐阅读。']);
  });
});

describe('a line underlined with dashes is a heading, not a label', () => {
  const section = (number: string, first: string, second: string) =>
    `**${number}**\n------\n\n**${first}**\n-------\n\n**${second}**\n-------------------\n\n\n`;

  test('a section titled with a name and a colon (`**朱军：**` ⏎ `----`) is a heading, and no turn holds its dashes or its second line', () => {
    const read = parse(
      `${dialogue}\n${section('09', '朱军：', '18 个月，在 L4 取得进展')}**张鹏：下一个 18 个月呢？**\n\n**朱军**：L3 基本实现。`,
    );
    expect(read.headings).toEqual(['09@4', '朱军：18 个月，在 L4 取得进展@4']);
    expect(read.turns.slice(3)).toEqual([
      ['朱军', '对。'],
      ['张鹏', '下一个 18 个月呢？'],
      ['朱军', 'L3 基本实现。'],
    ]);
  });

  test('a two-line title whose first line ends mid-phrase (`**o1 提升了 AI 上限，**`) is one heading, not words of the turn before', () => {
    const read = parse(`${dialogue}\n${section('02', 'o1 提升了 AI 上限，', '带来了新范式')}**张鹏：怎么看？**\n\n**朱军**：很大。`);
    expect(read.headings).toEqual(['02@4', 'o1 提升了 AI 上限，带来了新范式@4']);
    expect(read.turns[3]).toEqual(['朱军', '对。']);
  });

  test('a two-line English title is joined with a space after its comma', () => {
    const read = parse(`${dialogue}\n${section('04', 'Scaling is not over,', 'it has a new axis')}**张鹏：怎么看？**\n\n**朱军**：很大。`);
    expect(read.headings).toContain('Scaling is not over, it has a new axis@4');
  });

  test("a clipper's bold split in two (`**推理能力泛化路径还** **不明确，**`) is one line of the title", () => {
    const read = parse(
      `${dialogue}\n${section('03', '推理能力泛化路径还** **不明确，', '是一个新的技术变量')}**张鹏：怎么看？**\n\n**朱军**：很大。`,
    );
    expect(read.headings).toContain('推理能力泛化路径还不明确，是一个新的技术变量@4');
  });

  test('a section number and its title, each underlined, are two headings (the number ends no phrase)', () => {
    const read = parse(`${dialogue}\n**01**\n------\n\n**AI 发展的速度太快了**\n---------------\n\n**张鹏：怎么看？**\n\n**朱军**：很快。`);
    expect(read.headings).toEqual(['01@4', 'AI 发展的速度太快了@4']);
  });

  test("an `===` title with a label's shape (`o1发布后，…对话：杨植麟…`) is the document's title", () => {
    const { transcript } = parseTranscript(`o1发布后，信息量最大的圆桌对话：杨植麟、朱军\n====\n\n${dialogue}`, 'x.md');
    expect(transcript.source.title).toBe('o1发布后，信息量最大的圆桌对话：杨植麟、朱军');
    expect(transcript.speakers.map((s) => s.name)).toEqual(['张鹏', '朱军']);
  });

  test("a real speaker's bold label alone, with a blank line before the dashes, is still a label", () => {
    const read = parse('**张鹏：**\n\n你怎么看？\n\n---\n\n**朱军：**\n\n我觉得很好。\n\n**张鹏：**\n\n明白。');
    expect(read.speakers).toEqual(['张鹏', '朱军']);
    expect(read.turns.map((t) => t[0])).toEqual(['张鹏', '朱军', '张鹏']);
  });

  test('a label with its words on the line keeps them above a rule (`乙：回答二。` ⏎ `---`)', () => {
    const read = parse('甲：问题一？\n乙：回答一。\n甲：问题二？\n乙：回答二。\n---\n这一行上面的横线是原文里的。');
    expect(read.turns.at(-1)).toEqual(['乙', '回答二。', '---', '这一行上面的横线是原文里的。']);
  });

  test("a bold line that is a speaker's whole turn stays their words, neither heading nor label", () => {
    const read = parse('**张鹏：**\n\n你怎么看？\n\n**朱军：**\n\n**对，应该能看到很多进展。**\n\n**张鹏：**\n\n明白。');
    expect(read.turns[1]).toEqual(['朱军', '**对，应该能看到很多进展。**']);
    expect(read.headings).toEqual([]);
  });
});

describe('an image whose address holds brackets is one image', () => {
  test.each([
    ['![](https://cubox.pro/c/filters:no_upscale()?imageUrl=a.jpg)', ''],
    ['![](https://cubox.pro/c/filters:no_upscale()?imageUrl=a.jpg)团队合影', '团队合影'],
    ['[![](https://cubox.pro/c/filters:no_upscale()?imageUrl=a.png)](https://mp.weixin.qq.com/s?x=1)', ''],
    ['![图片](photo.jpg) 现场', '现场'],
  ])('`%s` is an image, its caption `%s`', (line, caption) => {
    expect(imageLine(line)).toEqual({ caption });
  });

  test.each(['[Claude工程师聊prompt](http://mp.weixin.qq.com/s?a=1)', '![](unclosed(', '![](a.jpg'])('`%s` is no image', (line) => {
    expect(imageLine(line)).toBeUndefined();
  });

  test('between paragraphs it leaves no note (the address was read as a caption before)', () => {
    const read = parse(`${dialogue}\n![](https://cubox.pro/c/filters:no_upscale()?imageUrl=https%3A%2F%2Fa.jpg%2F640)\n\n**朱军**：还有。`);
    expect(read.transcript.notes).toEqual([]);
  });
});

describe('bold next to Chinese punctuation pairs as emphasis', () => {
  test('`…的能力。**以前`: a run between a full stop and a Han letter closes', () => {
    const text = '第一，**o1 第一次证明了慢思考的能力。**以前 GPT 不行。';
    const { pairs, unpaired } = emphasisPairs(text);
    expect(unpaired).toBe(0);
    expect(pairs.map(({ start, end }) => text.slice(start, end))).toEqual(['**o1 第一次证明了慢思考的能力。**']);
    expect(emphasisPairs('不如人意的**《李茶的姑妈》**已经敲响警钟').unpaired).toBe(0);
  });

  test("a moderator's question wholly in bold, in a source whose other bold sits against Chinese punctuation, reads as emphasis", () => {
    expect(asteriskUse(['**我们是在「看游戏」，你们在「打游戏」。**', '第一，**慢思考的能力。**以前不行。'])).toBe('emphasis');
  });

  test('ASCII punctuation keeps the strict rule: `追求**,大语言模型**不了` stays masks', () => {
    expect(asteriskUse(['追求**,大语言模型**不了'])).toBe('masks');
  });
});

describe('bad input never crashes', () => {
  test.each([
    '**更多阅读**',
    '**Founder Park**\n\n303篇原创内容',
    '------\n------\n**朱军：**\n------',
    '**朱军：**\n---\n**张鹏：**\n---',
    '![](a(b(c)d)e)\n\n张鹏：你好？\n\n朱军：好。',
    `${dialogue}\n**更多阅读**\n---\n**Founder Park**\n---\n303篇原创内容`,
  ])('%j parses or is refused with an ingest error', (text) => {
    try {
      parseTranscript(text, 'x.md');
    } catch (error) {
      expect((error as Error).name).toBe('IngestError');
    }
  });
});

describe("a clipper's broken bold", () => {
  test('a bold label split in two runs with nothing between (`**Yizhou Zhen****g**`) is the one label', () => {
    const read = parse(
      '**Monica**\n\n你怎么看？\n\n**Yizhou Zhen****g**\n\n我觉得很好。\n\n**Monica**\n\n明白。\n\n**Yizhou Zheng**\n\n对。',
    );
    expect(read.speakers).toEqual(['Monica', 'Yizhou Zheng']);
    expect(read.turns.map((t) => t[0])).toEqual(['Monica', 'Yizhou Zheng', 'Monica', 'Yizhou Zheng']);
  });

  test('bold runs a space apart stay two runs (`**答** **：**` is still read as before)', () => {
    const read = parse('**问：为什么？**\n答：因为。\n**答** **：**好的。');
    expect(read.turns).toEqual([
      ['问', '为什么？'],
      ['答', '因为。'],
      ['答', '好的。'],
    ]);
  });
});
