/**
 * The shapes editors paste (issue 9), each a small transcript with the parse a reader
 * expects. The real excerpts are in real-fixtures.test.ts; these pin the shapes the issue
 * names one by one, including those no real excerpt happens to have.
 */
import { describe, expect, test } from 'vitest';
import { buildInterview } from '../../scripts/lib/build-interview.ts';
import { parseTranscript } from '../../scripts/lib/parse/parse-transcript.ts';

function parse(text: string) {
  const { transcript, warnings } = parseTranscript(text, 'x.txt');
  return {
    speakers: transcript.speakers.map((s) => `${s.name}/${s.role}`),
    turns: transcript.turns.map((t) => [t.speaker, ...t.paragraphs]),
    headings: transcript.headings.map((h) => `${h.text}@${h.beforeTurn}`),
    transcript,
    warnings,
  };
}

describe('bold around labels is formatting, not words', () => {
  test('whole-line bold questions, two turns on one line, bold colon, bold name with a question', () => {
    const read = parse(
      '**问：为什么选择写实人像？**\n答：因为真实。\n**问：定价吗？** **答：**不方便讲。\n**答** **：**好的。\n**刘旌：第二个问题？**\n答：可以。',
    );
    expect(read.turns).toEqual([
      ['问', '为什么选择写实人像？'],
      ['答', '因为真实。'],
      ['问', '定价吗？'],
      ['答', '不方便讲。'],
      ['答', '好的。'],
      ['刘旌', '第二个问题？'],
      ['答', '可以。'],
    ]);
    // 刘旌 only asks: an interviewer beside 问, not an interviewee.
    expect(read.speakers).toEqual(['问/interviewer', '答/interviewee', '刘旌/interviewer']);
  });

  test('`**Name:** [00:04:05] words`: the time after the label is metadata', () => {
    const { transcript } = parseTranscript(
      '**Ann Lee:** [00:04:05] Well, hello?\n**Bo Chen:** \\[00:04:09.03\\] Hi. \\[laughter\\]',
      'x.txt',
    );
    expect(transcript.turns.map((t) => [t.timestamp, t.paragraphs[0]])).toEqual([
      ['00:04:05', 'Well, hello?'],
      ['00:04:09.03', 'Hi. [laughter]'],
    ]);
  });
});

describe('labels alone on their line', () => {
  test('the next line is the turn’s words however short; a bare time continues the same speaker', () => {
    const read = parse(
      'Jane Doe:\nYeah\nJohn Smith:\nRight.\nJane Doe (00:01:54):\nSo what now?\n(00:02:10):\nAnd then?\nJohn Smith:\n好的',
    );
    expect(read.turns).toEqual([
      ['Jane Doe', 'Yeah'],
      ['John Smith', 'Right.'],
      ['Jane Doe', 'So what now?', 'And then?'],
      ['John Smith', '好的'],
    ]);
    expect(read.transcript.turns[2]!.paragraphTimes).toEqual([{ paragraph: 1, time: '00:02:10' }]);
    expect(read.headings).toEqual([]);
  });

  test.each([
    [
      '发言人1   00:05\n你好，今天聊什么？\n发言人2   00:09\n好的\n发言人1   00:12\n第二个问题？\n发言人2   00:15\n回答。',
      ['发言人1/interviewer', '发言人2/interviewee'],
    ],
    [
      '【说话人0】你好，今天聊什么？\n【说话人1】好的。\n【说话人0】下一题？\n【说话人1】嗯。',
      ['说话人0/interviewer', '说话人1/interviewee'],
    ],
  ])('transcription services’ numbered speakers are speakers, numbered', (text, speakers) => {
    const read = parse(text);
    expect(read.speakers).toEqual(speakers);
    expect(read.turns).toHaveLength(4);
  });
});

describe('a role in square brackets before a colon', () => {
  test('is a label, as in a machine transcription: [主播]：… [嘉宾]：…', () => {
    const read = parse('[主播]：欢迎收听。\n[嘉宾]：谢谢。\n[主播]：下一题？\n[嘉宾]：好。');
    expect(read.speakers).toEqual(['主播/interviewer', '嘉宾/interviewee']);
    expect(read.turns).toEqual([
      ['主播', '欢迎收听。'],
      ['嘉宾', '谢谢。'],
      ['主播', '下一题？'],
      ['嘉宾', '好。'],
    ]);
  });

  test('names the speaker declared with that label, brackets and all or without them', () => {
    const text = '[主播]：欢迎收听。\n[嘉宾]：谢谢。';
    for (const labels of [
      ['[主播]', '[嘉宾]'],
      ['主播', '嘉宾'],
    ]) {
      const { transcript } = parseTranscript(text, 'x.txt', {
        speakers: [
          { name: '方可成', role: 'interviewer', labels: [labels[0]!] },
          { name: '曾鸣', role: 'interviewee', labels: [labels[1]!] },
        ],
      });
      expect(transcript.turns.map((t) => t.speaker)).toEqual(['方可成', '曾鸣']);
    }
  });

  test('but not a sound, a footnote or a link address: those stay words', () => {
    const read = parse('问：第一题？\n答：[笑声] 对。\n[^1]: 见注释。\n[官网]: https://example.com\n[图片]\n问：第二题？\n答：好。');
    expect(read.speakers).toEqual(['问/interviewer', '答/interviewee']);
    expect(read.turns[1]).toEqual(['答', '[笑声] 对。', '[^1]: 见注释。', '[官网]: https://example.com']);
  });
});

describe("an editor's closing section after the dialogue", () => {
  test('is kept apart from the last turn, under its heading, with its bold terms as words', () => {
    const read = parse(
      '**问：**为什么？\n**答：**因为。\n\n### 术语解释\n\n**Up主 (Up zhǔ):**\n视频的创作者。\n**北外:** 北京外国语大学。',
    );
    expect(read.turns).toEqual([
      ['问', '为什么？'],
      ['答', '因为。'],
    ]);
    expect(read.transcript.closing).toEqual({
      heading: '术语解释',
      line: 4,
      paragraphs: [
        { text: '**Up主 (Up zhǔ):**', line: 6 },
        { text: '视频的创作者。', line: 7 },
        { text: '**北外:** 北京外国语大学。', line: 8 },
      ],
    });
  });

  test('is no closing section where someone speaks after it, and none for any other heading', () => {
    const notes = parse('问：为什么？\n答：因为。\n## 注释\n问：还有吗？\n答：没有了。');
    expect(notes.transcript.closing).toBeUndefined();
    expect(notes.headings).toEqual(['注释@2']);
    const other = parse('问：为什么？\n答：因为。\n## 结语\n这是最后的话。');
    expect(other.transcript.closing).toBeUndefined();
    expect(other.turns.at(-1)).toEqual(['答', '因为。', '这是最后的话。']);
  });

  test('is none where someone speaks after it under a shorter label, or where an English word is no Markdown heading', () => {
    const again = parse('Sam Altman: Hello.\nLex Fridman: Hi.\n## Resources\nSam: More words.\nLex: Thanks.');
    expect(again.transcript.closing).toBeUndefined();
    expect(again.turns.map(([speaker]) => speaker)).toEqual(['Sam Altman', 'Lex Fridman', 'Sam Altman', 'Lex Fridman']);
    const bare = parse('Q: What do you keep?\nA: Two things.\nNotes\nand a pen.');
    expect(bare.transcript.closing).toBeUndefined();
  });

  test('comes before the footer, which stays metadata', () => {
    const read = parse('问：为什么？\n答：因为。\n## Notes\nSee the book.\n原文链接：https://example.com/a');
    expect(read.transcript.closing?.paragraphs.map((p) => p.text)).toEqual(['See the book.']);
    expect(read.transcript.footer.map((f) => f.key)).toEqual(['原文链接']);
  });
});

describe('who is a speaker, and who is the same speaker', () => {
  test('reported speech and furniture before a colon stay text', () => {
    const read = parse('访谈人：甲\n受访人：乙\n甲：问题？\n乙：回答。\n他就说：\n你好。\n然后我说：\n好的。\nTranscript by:\nPRESIDING:');
    expect(read.speakers).toEqual(['甲/interviewer', '乙/interviewee']);
    expect(read.turns[1]).toEqual(['乙', '回答。', '他就说：', '你好。', '然后我说：', '好的。', 'Transcript by:', 'PRESIDING:']);
  });

  test('a legend of initials names the speakers, and is not a heading', () => {
    const read = parse(
      'BC = Brian Cox\nJA = Jim Al-Khalili\nBC: Welcome to the show. What is a black hole?\nJA: A region of spacetime.\nBC: And why does it matter?\nJA: Because of gravity.',
    );
    expect(read.speakers).toEqual(['Brian Cox/interviewer', 'Jim Al-Khalili/interviewee']);
    expect(read.headings).toEqual([]);
  });

  test('a first name after the full name is the same person', () => {
    const read = parse(
      'Bekah Hawrot Weigel: Welcome to the podcast! How are you, Nick?\nNick Taylor: Good.\nBekah: What do you fear?\nNick: Heights.',
    );
    expect(read.speakers).toEqual(['Bekah Hawrot Weigel/interviewer', 'Nick Taylor/interviewee']);
  });

  test('a degree after the name and its comma is no part of the name: `**Mireille Reece, PsyD:**`, `Jane Doe, M.D., MPH:`', () => {
    // Brain Science (thechangelog/transcripts): the co-host's label carries her degree; the real excerpt is
    // real/brainscience-credential-labels.
    const bold = parse('**Mireille Reece, PsyD:** Why do we feel?\n\n**Adam Stacoviak:** To survive?\n\n**Mireille Reece, PsyD:** Partly.');
    expect(bold.turns).toEqual([
      ['Mireille Reece', 'Why do we feel?'],
      ['Adam Stacoviak', 'To survive?'],
      ['Mireille Reece', 'Partly.'],
    ]);
    const plain = parse('Jane Doe, M.D., MPH: What did you find?\nJohn Smith: Nothing yet.\nJane Doe, M.D., MPH:\nKeep looking.');
    expect(plain.turns).toEqual([
      ['Jane Doe', 'What did you find?'],
      ['John Smith', 'Nothing yet.'],
      ['Jane Doe', 'Keep looking.'],
    ]);
  });

  test('a sentence with a comma before its colon stays words: `However, the point is:`, `Frankly, MD:`', () => {
    const read = parse(
      'Ann Lee: What matters here?\nBo Chen: Time.\nHowever, the point is: nobody knows.\nFrankly, MD: a title, not a person.\nAnn Lee: And then?\nBo Chen: Well.\nHowever, the point is:\nwe wait.',
    );
    expect(read.speakers).toEqual(['Ann Lee/interviewer', 'Bo Chen/interviewee']);
    expect(read.turns).toEqual([
      ['Ann Lee', 'What matters here?'],
      ['Bo Chen', 'Time.', 'However, the point is: nobody knows.', 'Frankly, MD: a title, not a person.'],
      ['Ann Lee', 'And then?'],
      ['Bo Chen', 'Well.', 'However, the point is:', 'we wait.'],
    ]);
  });

  test("a podcast's notes declare its hosts and its guest, affiliation in brackets, above the show's opening", () => {
    // Web3 101 (对话匹马, a notes-style export): the show's name, then 主持人 and 嘉宾, then the opening section.
    const read = parse(
      [
        '播客节目：Web3 101',
        '主持人：刘峰, Jack',
        '嘉宾：匹马 (Continue Capital)',
        '## 开场与嘉宾介绍',
        '刘峰:',
        '大家好，欢迎收听Web3 101，我是刘峰。',
        'Jack:',
        '大家好，我是Jack。',
        '匹马:',
        'Hello，大家好，我是匹马。',
      ].join('\n\n'),
    );
    expect(read.speakers).toEqual(['刘峰/interviewer', 'Jack/interviewer', '匹马/interviewee']);
    expect(read.turns.map(([speaker]) => speaker)).toEqual(['刘峰', 'Jack', '匹马']);
    expect(read.transcript.header.map((h) => h.key)).toEqual(['播客节目', '主持人', '嘉宾']);
    // The opening is the dialogue's, though its heading says 介绍: the host introduces the guest aloud.
    expect(read.transcript.intro).toEqual([]);
  });
});

describe('document furniture', () => {
  test('front matter and a top # Title are metadata; front matter guests are declared', () => {
    const read = parse(
      '---\ntitle: A talk\ndate: 2024-01-02\nguests: [John Smith]\ndescription: About things.\nkeywords: [a, b]\n---\n# A talk\nJane Doe: Welcome, John. How are you?\nJohn Smith: Fine.',
    );
    expect(read.transcript.source).toEqual({
      title: 'A talk',
      published: '2024-01-02',
      description: 'About things.',
      keywords: ['a', 'b'],
    });
    expect(read.headings).toEqual([]);
    expect(read.transcript.intro).toEqual([]);
    expect(read.speakers).toEqual(['Jane Doe/interviewer', 'John Smith/interviewee']);
  });

  test('numbered and consecutive headings are all kept, before the turn they introduce', () => {
    expect(parse('访谈人：甲\n受访人：乙\n01\n天花板\n甲：问题？\n乙：回答。\n6.天花板\n甲：再问？\n乙：再答。').headings).toEqual([
      '01@0',
      '天花板@0',
      '6.天花板@2',
    ]);
  });

  test('the full transcript page shows every one of consecutive headings, and the caption as a note', () => {
    const built = buildInterview('访谈人：甲\n受访人：乙\n01\n天花板\n甲：问题？\n![图片](a.jpg)团队合影\n乙：回答。', 'x.txt', undefined);
    const page = built.files.get('transcript.mdx')!;
    expect(page).toMatch(/## 01\n\n## 天花板\n/);
    expect(page).toContain('<StageNote>团队合影</StageNote>');
  });

  test('a time inside a paragraph stays in its place on the page, marked as a time; one opening a paragraph is its time', () => {
    const built = buildInterview(
      '**Ann Lee:** Is it easy?\n\n**Bo Chen:** Nothing is easy. \\[00:39:54.23\\] Some say so.\n\n\\[00:40:10.02\\] Not me.',
      'x.md',
      undefined,
    );
    const page = built.files.get('transcript.mdx')!;
    expect(page).toContain('Nothing is easy. <TimeMark>\\[00:39:54.23]</TimeMark> Some say so.');
    expect(page).toMatch(/<Paragraph time="00:40:10.02">Not me.<\/Paragraph>/u);
  });

  test('a setext underline makes a heading; a rule is never a heading named "---"', () => {
    const read = parse('访谈人：甲\n受访人：乙\n标题一\n-----\n---\n甲：问题？\n乙：回答。');
    expect(read.headings).toEqual(['标题一@0']);
  });

  test('an image with a caption is skipped with a warning, the caption kept as a note', () => {
    const read = parse('访谈人：甲\n受访人：乙\n甲：问题？\n![图片](a.jpg)团队合影\n乙：回答。');
    expect(read.transcript.notes).toEqual([{ text: '团队合影', line: 4, afterTurn: 0 }]);
    expect(read.warnings.map((w) => w.message)).toEqual([expect.stringContaining('caption is kept as a note')]);
    expect(read.turns).toEqual([
      ['甲', '问题？'],
      ['乙', '回答。'],
    ]);
  });

  test('a title over a bulleted list is a heading; a bullet alone is list furniture, not words', () => {
    const read = parse('Highlights\n-\nWe kept the sources.\n-\nFacts are free.\n甲:第一个问题?\n乙:回答。');
    expect(read.headings).toEqual(['Highlights@0']);
    expect(read.transcript.intro.map((p) => p.text)).toEqual(['We kept the sources.', 'Facts are free.']);
    // Inside the dialogue the same shape is a speaker's own list: it stays in the turn, in order.
    const inside = parse('甲:第一个问题?\n乙:回答。\n三个要点\n- 第一\n- 第二\n甲:好。');
    expect(inside.headings).toEqual([]);
    expect(inside.turns[1]).toEqual(['乙', '回答。', '三个要点', '- 第一', '- 第二']);
  });

  test('a title phrased as a question is a heading before the dialogue, or where it runs on into its subject', () => {
    const read = parse(
      '如何界定“抄袭”?引用的规范\n甲:第一个问题?\n乙:回答。\n那你呢?\n甲:我吗?\n乙:对。\n为什么是现在?时机与窗口\n甲:说说?\n乙:好。',
    );
    expect(read.headings).toEqual(['如何界定“抄袭”?引用的规范@0', '为什么是现在?时机与窗口@4']);
    // A question between turns, with nothing after it, is someone's words.
    expect(read.turns[1]).toEqual(['乙', '回答。', '那你呢?']);
  });

  test('a breadcrumb before the dialogue is not a heading', () => {
    expect(parse('新浪财经 > 国内财经 > 正文\n主持人王远志:今天聊什么?\n周文重:聊会议。').headings).toEqual([]);
  });
});

describe('subtitle files', () => {
  test("a WebVTT header's metadata lines (YouTube's Kind: and Language:) are the header, not speakers", () => {
    // The header of a YouTube caption export, as in the Chinese subtitles of MIT's Infinite History
    // interview of Hal Abelson (random-cs-hans/random-cs-hans, content/posts/2024-03-14-hal-abelson).
    const read = parse(
      [
        'WEBVTT\nKind: captions\nLanguage: cn\n',
        '00:00:00.000 --> 00:00:03.200\n\n',
        '00:00:03.200 --> 00:00:05.280\n采访者：Hal，非常感谢您能抽出时间——\n',
        '00:00:05.280 --> 00:00:06.500\nABELSON：没问题。\n',
        '00:00:06.500 --> 00:00:08.100\n采访者：——参加今天的谈话。\n',
        '00:00:08.100 --> 00:00:09.000\nABELSON：好的。\n',
      ].join('\n'),
    );
    expect(read.turns).toEqual([
      ['采访者', 'Hal，非常感谢您能抽出时间——'],
      ['ABELSON', '没问题。'],
      ['采访者', '——参加今天的谈话。'],
      ['ABELSON', '好的。'],
    ]);
  });
});

describe('roles from evidence, not order', () => {
  test('a cold open by the guest does not make the guest the host', () => {
    const read = parse(
      'Ann Lee: The thing about growth is patience.\nBo Chen: Welcome to the Growth Show. Today my guest is Ann Lee. Why patience?\nAnn Lee: Thanks so much for having me. Because compounding is slow.',
    );
    expect(read.speakers).toEqual(['Ann Lee/interviewee', 'Bo Chen/interviewer']);
  });

  test('a panel: two moderators who ask briefly are both interviewers; the panelists who answer at length are not', () => {
    const long = 'We built it over two years, and the hard part was never the code but the people who had to trust it. ';
    const read = parse(
      [
        `Ann Lee: ${long}`,
        'Bo Chen: What changed for you?',
        `Ann Lee: ${long.repeat(2)}`,
        'Cy Dale: And the cost?',
        `Di Eve: ${long} Was it worth it? I think so.`,
        'Bo Chen: Who paid for it?',
        `Di Eve: ${long.repeat(3)}`,
        'Cy Dale: Would you do it again?',
        `Ann Lee: ${long}`,
      ].join('\n'),
    );
    expect(read.speakers).toEqual(['Ann Lee/interviewee', 'Bo Chen/interviewer', 'Cy Dale/interviewer', 'Di Eve/interviewee']);
    expect(read.transcript.roleEvidence['Cy Dale']).toMatch(/^asks: 100 % of turns end in a question/);
    expect(read.transcript.roleEvidence['Di Eve']).toMatch(/^answers Bo Chen and Cy Dale/);
  });

  test('`Q - words` is an audience question; a capitalised word and a dash in prose is not a label', () => {
    const read = parse(
      'SA: Questions from the audience?\nQ - How do you split with CAT?\nJR: You turn it into a verify opcode.\nBitcoin - it works, it still works.',
    );
    expect(read.turns).toEqual([
      ['SA', 'Questions from the audience?'],
      ['Q', 'How do you split with CAT?'],
      ['JR', 'You turn it into a verify opcode.', 'Bitcoin - it works, it still works.'],
    ]);
  });

  test('beside the audience’s `Q -`, a moderator who asks now and then, briefly, still moderates', () => {
    const long = 'The short answer is yes, and the long answer takes us through the whole design of the thing. ';
    const read = parse(
      [
        'SA: Welcome, both of you. Andrew, go ahead.',
        `AP: ${long.repeat(3)}`,
        'SA: What are the footguns?',
        `JR: ${long.repeat(2)}`,
        'SA: Thanks. Over to the room.',
        'Q - Why was CAT disabled?',
        `AP: ${long.repeat(2)}`,
        'SA: And vaults?',
        `JR: ${long.repeat(3)}`,
        'SA: Time for one more.',
      ].join('\n'),
    );
    // Q asks only after SA has run the talk: the audience's questions, not a second interviewer.
    expect(read.speakers).toEqual(['SA/interviewer', 'AP/interviewee', 'JR/interviewee', 'Q/audience']);
    expect(read.transcript.roleEvidence['Q']).toBe('label word “Q” after the interviewer SA ran the talk: questions from the floor');
    expect(read.transcript.roleEvidence['SA']).toMatch(/^asks beside Q: 2 of 5 turns end in a question/);
    expect(read.transcript.roleEvidence['JR']).toMatch(/^answers Q and SA: /);
  });

  test('a participants list above dialogue labelled by initials names the speakers', () => {
    const read = parse('Ann Lee (annl)\nBo Chen\nBC: Welcome, Ann. Why now?\nAL: Because it is ready.');
    expect(read.speakers).toEqual(['Bo Chen/interviewer', 'Ann Lee/interviewee']);
  });

  test('when no one mostly asks, the one who says most answers, the other voice who asks at all asks, and a crew member is neither', () => {
    const answer = '健保跟國王一樣安全，大家常常有抱怨，不過它其實真的還不錯，至少到現在為止是這樣。';
    const read = parse(
      [
        '工作人員：進現場。',
        '鐵志：大家好。',
        `文哲：${answer.repeat(3)}`,
        '鐵志：是。',
        `文哲：${answer.repeat(2)}年金不是一樣嗎？`,
        '鐵志：為什麼不能改？',
        `文哲：${answer.repeat(2)}`,
        '鐵志：就商業邏輯。',
        `文哲：${answer}`,
        '工作人員：30秒。',
        '鐵志：今天有梗了…',
        `文哲：${answer.repeat(2)}`,
      ].join('\n'),
    );
    // 1 of 5 of the host's turns end in a question, 1 of 5 of the mayor's: no one mostly asks.
    expect(read.speakers).toEqual(['工作人員/other', '鐵志/interviewer', '文哲/interviewee']);
    expect(read.transcript.roleEvidence['文哲']).toMatch(/^no one mostly asks, and says most of the words/);
  });

  test('when no one asks, no one is made an interviewer', () => {
    const read = parse('Ann Lee: Podcasts need good audio.\nBo Chen: And a good intro.\nAnn Lee: Keep it short.');
    expect(read.speakers).toEqual(['Ann Lee/other', 'Bo Chen/other']);
    expect(read.transcript.roleEvidence['Ann Lee']).toContain('0 of 2 turns end in a question');
  });
});

describe('bold is not a mask, and a backslash is not always an escape', () => {
  const asterisks = (text: string) =>
    (JSON.parse(buildInterview(text, 'x.txt', undefined).files.get('interview.json')!) as { asterisks: string }).asterisks;

  test('a Markdown source (bold labels) whose ** all pair is read as emphasis', () => {
    expect(asterisks('**Ann Lee:** The **key** point?\n**Bo Chen:** Yes, **scale**.')).toBe('emphasis');
  });

  test('a plain-text transcript keeps its ** as written (masks), even where they pair', () => {
    expect(asterisks('访谈人:甲\n受访人:乙\n甲:问题?\n乙:**不是粗体** 和别的。')).toBe('masks');
  });

  test('backslashes are undone only in a Markdown-escaped source', () => {
    const plain = parse('访谈人:甲\n受访人:乙\n甲:路径?\n乙:反斜杠 \\ 和 \\* 和 C:\\path\\to');
    expect(plain.turns[1]).toEqual(['乙', '反斜杠 \\ 和 \\* 和 C:\\path\\to']);
    const escaped = parse('**Ann Lee:** Well \\[laughter\\] ok?\n**Bo Chen:** Sure \\*really\\*.');
    expect(escaped.turns).toEqual([
      ['Ann Lee', 'Well [laughter] ok?'],
      ['Bo Chen', 'Sure *really*.'],
    ]);
  });
});

describe('more shapes: word-processor exports, credits, initials, bracketed headings', () => {
  test('`<u>Name:</u>` and a tab: the tags around a label are formatting', () => {
    expect(parse('<u>Ann Lee:</u>\tWelcome to the <b>Tea Show</b>. How are you?\n<u>Bo Chen:</u>\tFine.').turns).toEqual([
      ['Ann Lee', 'Welcome to the <b>Tea Show</b>. How are you?'],
      ['Bo Chen', 'Fine.'],
    ]);
  });

  test('a credits line declares host and guest, and their first names are their labels', () => {
    const read = parse('Podcast host  Ann Lee | Podcast guest  bo chen\nAnn:\nHello.\nbo:\nHi there.');
    expect(read.speakers).toEqual(['Ann Lee/interviewer', 'bo chen/interviewee']);
    expect(read.turns).toEqual([
      ['Ann Lee', 'Hello.'],
      ['bo chen', 'Hi there.'],
    ]);
  });

  test('initials after full names are the same people', () => {
    expect(parse('Shaun Apps: What is it?\nAndrew Poelstra: A proposal.\nSA: And why?\nAP: Because.').speakers).toEqual([
      'Shaun Apps/interviewer',
      'Andrew Poelstra/interviewee',
    ]);
  });

  test('【訪談實錄】 alone on its line is a heading; 問 is the traditional 问', () => {
    const read = parse('【訪談實錄】\n問:為什麼?\n答:因為。');
    expect(read.headings).toEqual(['訪談實錄@0']);
    expect(read.speakers).toEqual(['問/interviewer', '答/interviewee']);
  });

  test('a label alone followed by another label is a heading, not a turn without words', () => {
    const read = parse('**Transcript of the talk**\nAnn Lee:\nHello?\nBo Chen:\nHi.');
    expect(read.turns).toEqual([
      ['Ann Lee', 'Hello?'],
      ['Bo Chen', 'Hi.'],
    ]);
    expect(read.headings).toEqual(['Transcript of the talk@0']);
  });

  test('the page’s # Title below a line of furniture is still its title; navigation words before a heading are not headings', () => {
    const { transcript } = parseTranscript(
      '<!-- saved page\n# The Title\nShare\nComments\n## Transcript\nAnn Lee: Hello?\nBo Chen: Hi.',
      'x.txt',
    );
    expect(transcript.source.title).toBe('The Title');
    expect(transcript.headings.map((h) => h.text)).toEqual(['Transcript']);
  });
});

describe('transcription-service exports and press transcripts', () => {
  test("a service's signature at the end (`Transcribed by https://otter.ai`, `以上内容由AI生成`) is its footer, not the last speaker's words", () => {
    for (const signature of ['Transcribed by https://otter.ai', '以上内容由AI生成，仅供参考']) {
      const { transcript } = parseTranscript(`Emma  0:00\nWelcome back.\n\nSidney  0:04\nSee you guys.\n\n${signature}\n`, 'x.txt');
      expect(transcript.turns.map((t) => t.paragraphs)).toEqual([['Welcome back.'], ['See you guys.']]);
      expect(transcript.footerNotes.map((n) => n.text)).toEqual([signature]);
    }
  });

  test("Otter's `Unknown Speaker` is no one in particular: role other, whatever its turns say", () => {
    const read = parse(
      'Emma  0:00\nWelcome to the show, Taylor!\n\nUnknown Speaker  0:05\nThanks for having me.\n\nEmma  0:09\nHow did you start?\n\nTailor  0:12\nIn college, with a degree in security.',
    );
    expect(read.speakers).toEqual(['Emma/interviewer', 'Unknown Speaker/other', 'Tailor/interviewee']);
  });

  test('the same signature line before someone speaks again is a paragraph of the turn, as written', () => {
    const read = parse('Emma: The footer reads\nTranscribed by https://otter.ai\nand nothing else.\nSidney: And then?\nEmma: Nothing.');
    expect(read.transcript.footerNotes).toEqual([]);
    expect(read.turns).toEqual([
      ['Emma', 'The footer reads', 'Transcribed by https://otter.ai', 'and nothing else.'],
      ['Sidney', 'And then?'],
      ['Emma', 'Nothing.'],
    ]);
  });

  test('a press marker before a label (▲, ■, ●) is furniture, and an outlet’s reporter (`DVB電視臺記者`, `新华社记者`) asks', () => {
    const read = parse(
      '趙國安:現在就開始了。\n▲DVB電視臺記者:我想問的問題是:你們怎麼看?\n趙國安:我們不反對。\n■新华社记者：请问下一步？\n趙國安:會繼續談。',
    );
    expect(read.speakers).toEqual(['趙國安/interviewee', 'DVB電視臺記者/interviewer', '新华社记者/interviewer']);
    expect(read.turns.map(([speaker, words]) => [speaker, words])).toEqual([
      ['趙國安', '現在就開始了。'],
      ['DVB電視臺記者', '我想問的問題是:你們怎麼看?'],
      ['趙國安', '我們不反對。'],
      ['新华社记者', '请问下一步？'],
      ['趙國安', '會繼續談。'],
    ]);
  });

  test('a marker before a line that is no label stays in the words', () => {
    const read = parse('问：有什么影响？\n答：很多。\n● 第一，成本。\n● 第二，时间。');
    expect(read.turns).toEqual([
      ['问', '有什么影响？'],
      ['答', '很多。', '● 第一，成本。', '● 第二，时间。'],
    ]);
  });

  test('a clause that tells a reporter (`王先生告诉记者：`) is reported speech, not an outlet’s reporter', () => {
    const read = parse('主持人：房价怎么样？\n嘉宾：很多人抱怨。\n王先生告诉记者：房价太高了。\n主持人：还有呢？');
    expect(read.speakers).toEqual(['主持人/interviewer', '嘉宾/interviewee']);
    expect(read.turns[1]).toEqual(['嘉宾', '很多人抱怨。', '王先生告诉记者：房价太高了。']);
  });

  test('a verb of saying in traditional characters before a colon is speech (`我們認為:`, `他說:`), not a speaker', () => {
    const read = parse('趙國安:分歧在哪?\n我們認為:可以直接進入政治談判。\n他說:不需要。\n記者:還有呢?\n趙國安:沒有了。');
    expect(read.speakers).toEqual(['趙國安/interviewee', '記者/interviewer']);
    expect(read.turns[0]).toEqual(['趙國安', '分歧在哪?', '我們認為:可以直接進入政治談判。', '他說:不需要。']);
  });

  test('a line wholly in brackets is a note kept in the words, never a heading', () => {
    const read = parse('甲：开始吧。\n(以上圖片均為採訪現場)\n乙：好。\n（笑）\n甲：继续。');
    expect(read.headings).toEqual([]);
    expect(read.turns).toEqual([
      ['甲', '开始吧。', '(以上圖片均為採訪現場)'],
      ['乙', '好。', '（笑）'],
      ['甲', '继续。'],
    ]);
  });

  test('a link alone on its line is words of the turn before, never a heading', () => {
    const read = parse(
      'Host: Hello.\nGuest: Hi, the notes are here:\nhttps://example.com/show-notes\nHost: Next question?\nGuest: Answer.',
    );
    expect(read.headings).toEqual([]);
    expect(read.turns[1]).toEqual(['Guest', 'Hi, the notes are here:', 'https://example.com/show-notes']);
  });

  test("the same time before every line is an export's column: left out with a warning, and the label's own time is the turn's", () => {
    const read = parse('0:00 Michael Kennedy  00:00\n\n0:00 Hello and welcome.\n\n0:00 Unknown Speaker  00:10\n\n0:00 And I am Brian.\n');
    expect(read.turns).toEqual([
      ['Michael Kennedy', 'Hello and welcome.'],
      ['Unknown Speaker', 'And I am Brian.'],
    ]);
    expect(read.transcript.turns.map((t) => t.timestamp)).toEqual(['00:00', '00:10']);
    expect(read.warnings.map((w) => [w.line, w.message])).toContainEqual([
      1,
      expect.stringMatching(/every line from here on starts with "0:00"/u),
    ]);
  });

  test('a title before the time column does not hide it', () => {
    const read = parse(
      'Episode 310\n\n0:00 Michael Kennedy  00:00\n\n0:00 Hello and welcome.\n\n0:00 Unknown Speaker  00:10\n\n0:00 And I am Brian.\n',
    );
    expect(read.turns).toEqual([
      ['Michael Kennedy', 'Hello and welcome.'],
      ['Unknown Speaker', 'And I am Brian.'],
    ]);
    expect(read.warnings.map((w) => w.line)).toContain(3);
  });

  test('times that differ from line to line are no column: they stay the times of their turns', () => {
    const { transcript, warnings } = parseTranscript('[00:01] Ann: Hi.\n[00:05] Bob: Hello.\n[00:09] Ann: Bye.', 'x.txt');
    expect(transcript.turns.map((t) => [t.speaker, t.timestamp, t.paragraphs[0]])).toEqual([
      ['Ann', '00:01', 'Hi.'],
      ['Bob', '00:05', 'Hello.'],
      ['Ann', '00:09', 'Bye.'],
    ]);
    expect(warnings.map((w) => w.message).join('\n')).not.toMatch(/column/u);
  });
});

describe('only the questions labelled (`Q:` ⏎ 「answer」)', () => {
  const page =
    '發佈時間 2018/10/31 22:42:00\n\nQ:請先自我介紹:\n\n「你好,我是苗博雅。」\n\nQ:之後做什麼?\n\n「做國會幕僚。」\n\n「也寫專欄。」';

  test('each paragraph after a question is the answer of the interviewee the data file declares', () => {
    const { transcript } = parseTranscript(page, 'x.txt', { speakers: [{ name: '苗博雅', role: 'interviewee' }] });
    expect(transcript.turns.map((t) => [t.speaker, ...t.paragraphs])).toEqual([
      ['Q', '請先自我介紹:'],
      ['苗博雅', '「你好,我是苗博雅。」'],
      ['Q', '之後做什麼?'],
      ['苗博雅', '「做國會幕僚。」', '「也寫專欄。」'],
    ]);
    // A date and a time on one line is metadata, not a `Speaker 1  0:03` label.
    expect(transcript.speakers.map((s) => s.name).sort()).toEqual(['Q', '苗博雅']);
  });

  test('a question that goes on over a line break keeps its second line; the answer starts after it', () => {
    const { transcript, warnings } = parseTranscript('受访人：张三\nQ：请你介绍一下\n你自己和你的公司？\n我是张三。', 'x.txt');
    expect(transcript.turns.map((t) => [t.speaker, ...t.paragraphs])).toEqual([
      ['Q', '请你介绍一下', '你自己和你的公司？'],
      ['张三', '我是张三。'],
    ]);
    expect(warnings.map((w) => w.message).join('\n')).not.toMatch(/answers are not/u);
  });

  test('with no one declared to answer, the answers stay in the questions’ turns and a warning says how to name them', () => {
    const { transcript, warnings } = parseTranscript(page, 'x.txt');
    expect(transcript.turns.map((t) => [t.speaker, ...t.paragraphs])).toEqual([
      ['Q', '請先自我介紹:', '「你好,我是苗博雅。」'],
      ['Q', '之後做什麼?', '「做國會幕僚。」', '「也寫專欄。」'],
    ]);
    expect(warnings).toContainEqual({
      file: 'x.txt',
      line: 3,
      message: expect.stringMatching(
        /questions are labelled \("Q"\) but answers are not.*data file \(speakers: - name: …, role: interviewee\)/u,
      ),
    });
  });

  test('beside named speakers who answer under their labels, a paragraph after `Q -` is still the question’s, with no warning', () => {
    const { transcript, warnings } = parseTranscript(
      'Moderator: Questions?\nQ - How does it split?\nAnd who pays?\nAnn Lee: The miner pays.\nQ - Thanks.\nAnn Lee: Sure.',
      'x.txt',
    );
    expect(transcript.turns[1]!.paragraphs).toEqual(['How does it split?', 'And who pays?']);
    expect(warnings.map((w) => w.message).join('\n')).not.toMatch(/answers are not/u);
  });

  test('where the answers are labelled too, an unlabelled paragraph after a question is still the question’s', () => {
    const { transcript } = parseTranscript('问：为什么？\n补充一句。\n答：因为。', 'x.txt', {
      speakers: [{ name: '苗博雅', role: 'interviewee' }],
    });
    expect(transcript.turns.map((t) => [t.speaker, ...t.paragraphs])).toEqual([
      ['问', '为什么？', '补充一句。'],
      ['答', '因为。'],
    ]);
  });
});

describe('press releases, briefings and board posts', () => {
  test('a headline underlined with asterisks under a skip link is the title; a dateline ends the dialogue, and the page after it is no one’s', () => {
    const { transcript } = parseTranscript(
      '跳至主要内容\n行政长官会见传媒谈话全文\n*******\n以下是谈话全文:\n记者:会否影响施政?\n行政长官:不会。\n2017年2月28日(星期二)\n香港时间10时32分\n网上广播',
      'x.txt',
    );
    expect(transcript.source.title).toBe('行政长官会见传媒谈话全文');
    expect(transcript.turns.map((t) => [t.speaker, ...t.paragraphs])).toEqual([
      ['记者', '会否影响施政?'],
      ['行政长官', '不会。'],
    ]);
    expect(transcript.footerNotes.map((n) => n.text)).toEqual(['2017年2月28日(星期二)', '香港时间10时32分', '网上广播']);
  });

  test('a date line before someone speaks again is words of the turn; asterisks below the header are no title', () => {
    const read = parse('访谈人：甲\n受访人：乙\n题目\n*****\n甲：哪天？\n乙：那天是\n2017年2月28日\n下午。\n甲：好。');
    expect(read.transcript.source.title).toBeUndefined();
    expect(read.turns).toEqual([
      ['甲', '哪天？'],
      ['乙', '那天是', '2017年2月28日', '下午。'],
      ['甲', '好。'],
    ]);
  });

  test('a legend after the dialogue (`(M=被访者,R=记者)`) names the letters, and is no one’s words', () => {
    const { transcript } = parseTranscript('R:您好吗?\nM:很好。\nR:谢谢。\nM:再见。\n(M=被访者,R=记者)', 'x.txt');
    expect(transcript.speakers.map((s) => `${s.name}/${s.role}`)).toEqual(['记者/interviewer', '被访者/interviewee']);
    expect(transcript.turns.at(-1)!.paragraphs).toEqual(['再见。']);
    expect(transcript.footerNotes.map((n) => n.text)).toEqual(['(M=被访者,R=记者)']);
  });

  test('where labels stand alone on their line, an outlet that asks once under its own label is a speaker', () => {
    const read = parse('朝日小学生新闻:\n有什么想说的吗?\n宫崎:\n没有。\n韩国KBS:\n请说句话?\n宫崎:\n看电影吧。');
    expect(read.speakers).toEqual(['朝日小学生新闻/interviewer', '宫崎/interviewee', '韩国KBS/interviewer']);
  });

  test('a line alone with a colon that does not ask stays words, even among labels alone', () => {
    const read = parse('宫崎:\n有两点。\n我的结论如下:\n第一点。\n宫崎:\n好。');
    expect(read.turns).toEqual([
      ['宫崎', '有两点。', '我的结论如下:', '第一点。'],
      ['宫崎', '好。'],
    ]);
  });

  test('in a hard-wrapped file an unpunctuated line before a turn is the last speaker’s words, marked unsure', () => {
    const read = parse(
      '甲:\n请问您有什麽讯息\n想传达给小朋友呢?\n乙:\n或许也有什麽\n想法传达出去。也有不做的\n自由。请你\n谅解。\n如果付钱去看电影的话会很开心\n甲:\n好的?\n乙:\n没有。',
    );
    expect(read.headings).toEqual([]);
    expect(read.turns[1]!.at(-1)).toBe('如果付钱去看电影的话会很开心');
    expect(read.transcript.unsure).toEqual([{ line: 9, text: '如果付钱去看电影的话会很开心', readAs: 'paragraph' }]);
  });

  test('a host’s one-word aside in a turn of its own does not push the welcome out of the opening turns', () => {
    const read = parse(
      'Speaker 1: Hello, and welcome to this episode of the show. Our guest is a writer.\nSpeaker 2: Miles.\nSpeaker 3: It is good to be here, really good.\nSpeaker 2: You can bring me wherever you are going.\nSpeaker 3: Be my hype man behind me.\nSpeaker 2: Yeah exactly. Thank you for joining us. Is that a relief?\nSpeaker 3: I mean I actually got really depressed the next day.',
    );
    expect(read.speakers).toEqual(['Speaker 1/interviewer', 'Speaker 2/interviewer', 'Speaker 3/interviewee']);
  });

  test('a lede that gives each name its chat handle in brackets names the handles’ turns, spaces or not', () => {
    const read = parse(
      'The interviewers were Marlene Taylor (Marlene T) and Sean Doorly (BookpgSD).\nMarlene T: Which genre are you?\nD. Koontz: A comic novel.\nBookpg SD: How do you work?\nD. Koontz: Every day.',
    );
    expect(read.speakers).toEqual(['Marlene Taylor/interviewer', 'D. Koontz/interviewee', 'Sean Doorly/interviewer']);
  });

  test('a short form given in a label where someone first speaks (`以下簡稱`) is the same speaker; `——` before a label is its dash', () => {
    const read = parse(
      '——4Gamer:\n開發是從什麼時候開始的呢?\n——小倉康敬先生(以下簡稱小倉):\n是的。\n——4Gamer:\n那麼隨意嗎?\n——小倉:\n當然。',
    );
    expect(read.speakers).toEqual(['4Gamer/interviewer', '小倉康敬/interviewee']);
    expect(read.turns.map(([speaker]) => speaker)).toEqual(['4Gamer', '小倉康敬', '4Gamer', '小倉康敬']);
  });

  test('a dash that opens a line of speech is kept with the words', () => {
    const read = parse('甲：你怎么看？\n乙：我想——\n——还是算了。\n甲：好。');
    expect(read.turns[1]).toEqual(['乙', '我想——', '——还是算了。']);
  });

  test('a line opening with `——` right before a labelled answer is the interviewer’s question, named as written', () => {
    const read = parse('导语:译者的话。\n——请先自我介绍。\n藤泽:好吧(笑)。\n——那么,为什么?\n藤泽:因为喜欢。');
    expect(read.speakers).toEqual(['——/interviewer', '藤泽/interviewee']);
    expect(read.turns).toEqual([
      ['——', '请先自我介绍。'],
      ['藤泽', '好吧(笑)。'],
      ['——', '那么,为什么?'],
      ['藤泽', '因为喜欢。'],
    ]);
  });

  test('a caption naming the next speaker after a role (`AC6製作人:小倉康敬`) is a note, not words nor a heading', () => {
    const read = parse('——4Gamer:\n開始了嗎?\nAC6製作人:小倉康敬\n——小倉康敬先生(以下簡稱小倉):\n是的。\n——4Gamer:\n好嗎?\n——小倉:\n好。');
    expect(read.turns[0]).toEqual(['4Gamer', '開始了嗎?']);
    expect(read.headings).toEqual([]);
    expect(read.transcript.notes.map((n) => `${n.text}@${n.afterTurn}`)).toEqual(['AC6製作人:小倉康敬@0']);
  });
});

describe('labels written as Markdown headings (a sayit-style archive: `### 唐鳳：`)', () => {
  const archive = [
    '# 2016-11-16 記者茶敘',
    '',
    '### 提問者：',
    '請問數位政委要做什麼？',
    '',
    '### 唐鳳：',
    '兩個問題：一個是開放政府，一個是社會企業。',
    '',
    '> （大家說好）',
    '',
    '我先講第一個。',
    '',
    '### 唐鳳：',
    '第二個是社會企業。',
  ].join('\n');

  test('a heading that ends in a colon, at any level, is the label of the words below, with no data file', () => {
    const read = parse(
      '## Keith Menconi:\nThanks for joining us today?\n\n#### Audrey Tang:\nThank you for having me.\n\n## Keith Menconi:\nSo, why?',
    );
    expect(read.turns).toEqual([
      ['Keith Menconi', 'Thanks for joining us today?'],
      ['Audrey Tang', 'Thank you for having me.'],
      ['Keith Menconi', 'So, why?'],
    ]);
    expect(read.headings).toEqual([]);
  });

  test('in a file labelled by headings, a name and a colon inside the words is the words, not a turn', () => {
    const read = parse(archive);
    expect(read.turns[1]).toEqual(['唐鳳', '兩個問題：一個是開放政府，一個是社會企業。']);
    expect(read.speakers.map((s) => s.split('/')[0])).toEqual(['提問者', '唐鳳']);
  });

  test("an editor's note in a blockquote, wholly in brackets, is a note where it stands, never the speaker's words", () => {
    const { transcript, turns } = parse(archive);
    expect(transcript.notes).toEqual([{ text: '（大家說好）', line: 9, afterTurn: 1 }]);
    expect(turns.flat().join('\n')).not.toContain('大家說好');
    // The speaker's words after the note go on in a turn after it: every word in its place, in order.
    expect(turns.slice(1)).toEqual([
      ['唐鳳', '兩個問題：一個是開放政府，一個是社會企業。'],
      ['唐鳳', '我先講第一個。'],
      ['唐鳳', '第二個是社會企業。'],
    ]);
  });

  test('a blockquote that is not one bracketed aside is still read as the text it quotes', () => {
    const read = parse('> 甲：你好吗？\n> 乙：很好（笑），谢谢。\n> （笑）我们走吧。\n甲：再见？\n乙：再见。');
    expect(read.turns.slice(0, 2)).toEqual([
      ['甲', '你好吗？'],
      ['乙', '很好（笑），谢谢。', '（笑）我们走吧。'],
    ]);
    expect(read.transcript.notes).toEqual([]);
  });

  test('a heading without a colon stays a heading, and one ending in a colon that names no one stays a heading too', () => {
    const read = parse('## Background\n\n甲：问题？\n乙：回答。\n\n### 第一部分的小結論：\n\n甲：还有吗？\n乙：没有了。');
    expect(read.headings).toEqual(['Background@0', '第一部分的小結論：@2']);
  });

  test("the date before an archive heading's title is the date the source gives, the rest its title", () => {
    const { transcript } = parse(archive);
    expect(transcript.source).toMatchObject({ title: '記者茶敘', published: '2016-11-16' });
    expect(parse('# 2024 in review\n\n甲：问题？\n乙：回答。').transcript.source.title).toBe('2024 in review');
  });
});

describe('a label misspelt once is the speaker it misspells', () => {
  const interview = (slip: string) =>
    [
      'Interviewer: When did you come here?',
      'Rand: In 1938.',
      'Interviewer: How old were you?',
      'Rand: Seventeen.',
      'Interviewer: Where did you live?',
      'Rand: In Astoria.',
      `${slip}: Why this college?`,
      'Rand: It was new.',
      'Interviewer: And then?',
      'Rand: The war came.',
      'Interviewer: Right.',
    ].join('\n');

  test.each(['Inteviewer', 'Interveiwer', 'Interviewerr', 'Intervewer'])(
    '`%s:` once among `Interviewer:` is the interviewer, with a warning naming its line',
    (slip) => {
      const read = parse(interview(slip));
      expect(read.speakers).toEqual(['Interviewer/interviewer', 'Rand/interviewee']);
      expect(read.turns[6]).toEqual(['Interviewer', 'Why this college?']);
      expect(read.warnings.filter((w) => w.message.includes(`"${slip}" read as "Interviewer"`)).map((w) => w.line)).toEqual([7]);
    },
  );

  test('a label the data file declares stays its own speaker', () => {
    const { transcript } = parseTranscript(interview('Inteviewer'), 'x.txt', { speakers: [{ name: 'Inteviewer', role: 'interviewer' }] });
    expect(transcript.turns[6]!.speaker).toBe('Inteviewer');
  });

  test('two Han names one character apart are two people', () => {
    const read = parse(
      '张三：你好吗？\n李四：很好。\n张三：为什么？\n李四：因为。\n张三：然后呢？\n李四：没了。\n张三：好的？\n张四：我也说一句。\n张三：请讲？\n李四：好。',
    );
    expect(read.turns[7]![0]).toBe('张四');
    expect(read.warnings.filter((w) => w.message.includes('read as'))).toEqual([]);
  });

  test('a short name one letter from another is someone else (Mark, Mary)', () => {
    const read = parse(
      interview('Intervie')
        .replace(/Interviewer/gu, 'Mark')
        .replace('Intervie', 'Mary'),
    );
    expect(read.turns[6]![0]).toBe('Mary');
  });

  test('`Mrs. Johnson:` once among `Mr. Johnson:` is a second person, kept apart with a warning', () => {
    const lines = ['Interviewer: When did you two meet?', 'Mr. Johnson: In 1952, at the dance.', 'Interviewer: And then?'];
    lines.push('Mr. Johnson: We married a year later.', 'Mrs. Johnson: No, two years later.', 'Mr. Johnson: Two, yes.');
    for (const [q, a] of [
      ['Where?', 'Elm Street.'],
      ['Work?', 'The mill.'],
      ['Thanks.', 'Sure.'],
    ])
      lines.push(`Interviewer: ${q}`, `Mr. Johnson: ${a}`);
    const read = parse(lines.join('\n'));
    expect(read.turns[4]).toEqual(['Mrs. Johnson', 'No, two years later.']);
    expect(read.turns.filter((t) => t[0] === 'Mr. Johnson')).toHaveLength(6);
    expect(read.warnings.filter((w) => w.message.includes('"Mrs. Johnson" kept as a speaker of its own')).map((w) => w.line)).toEqual([5]);
  });

  test('`Christine:` once among five `Christina:` is a second person, kept apart', () => {
    const lines: string[] = [];
    for (let i = 0; i < 5; i++) lines.push(`Christina: Question ${i}?`, `Marcus Lee: Answer ${i}.`);
    lines.push('Christine: May I add one thing?', 'Marcus Lee: Sure.');
    const read = parse(lines.join('\n'));
    expect(read.turns[10]).toEqual(['Christine', 'May I add one thing?']);
    expect(read.turns.filter((t) => t[0] === 'Christina')).toHaveLength(5);
    expect(read.warnings.some((w) => w.message.includes('read as'))).toBe(false);
  });
});

describe("a transcriber's note about the recording", () => {
  test.each(['[RECORDING PAUSES]', '[END OF SIDE A]', '[BEGINNING OF SIDE B]', '[END OF TAPE 01]', 'End of Tape 01 of 02'])(
    '`%s` inside a turn is a note where it stands; the words after it go on in a turn of their own',
    (mark) => {
      const read = parse(
        `Interviewer: How old were you?\nRand: Seventeen.\nInterviewer: Take a break.\n${mark}\nOkay, picking up.\nRand: Yes.`,
      );
      expect(read.turns).toEqual([
        ['Interviewer', 'How old were you?'],
        ['Rand', 'Seventeen.'],
        ['Interviewer', 'Take a break.'],
        ['Interviewer', 'Okay, picking up.'],
        ['Rand', 'Yes.'],
      ]);
      expect(read.transcript.notes).toEqual([{ text: mark, line: 4, afterTurn: 2 }]);
    },
  );

  test('a sentence that speaks of the tape stays words', () => {
    expect(parse('Interviewer: Ready?\nRand: Yes.\nInterviewer: Go on.\nRand: End of tape one, I think.').turns.at(-1)).toEqual([
      'Rand',
      'End of tape one, I think.',
    ]);
  });
});

describe('front matter that nests its people in a block', () => {
  const notes = (block: string) => `---\ntitle: "E194"\ndata:\n${block}---\n\n**李志忠:**\n我先说两句。\n\n**雨白:**\n好的。\n`;

  test('`speaker:` beside `guest:` in a `data:` block declares the host and the guest, the guest without the pen name in brackets', () => {
    const { transcript } = parseTranscript(notes('  speaker: "雨白"\n  guest: "李志忠 (波罗)"\n'), 'x.txt');
    expect(transcript.speakers.map((s) => `${s.name}/${s.role}/${s.declared}`)).toEqual([
      '李志忠/interviewee/true',
      '雨白/interviewer/true',
    ]);
    expect(transcript.roleEvidence['雨白']).toMatch(/data\.speaker/u);
  });

  test('`speaker:` with no guest beside it declares no one', () => {
    const { transcript } = parseTranscript(notes('  speaker: "雨白"\n'), 'x.txt');
    expect(transcript.speakers.every((s) => !s.declared)).toBe(true);
  });
});

describe('a bracket left open never takes the next speaker’s turn', () => {
  test('`(b buy it.` left open: Alice’s question and Bob’s answer below stay theirs', () => {
    const read = parse(
      [
        'Alice: Welcome to the show.',
        'Bob: Thanks. The options are (a) build or (b buy it.',
        'Alice: Which one?',
        'Bob: Buy, mostly. See a) above.',
        'Alice: Great.',
        'Bob: Yes.',
        'Alice: Bye.',
      ].join('\n'),
    );
    expect(read.turns).toEqual([
      ['Alice', 'Welcome to the show.'],
      ['Bob', 'Thanks. The options are (a) build or (b buy it.'],
      ['Alice', 'Which one?'],
      ['Bob', 'Buy, mostly. See a) above.'],
      ['Alice', 'Great.'],
      ['Bob', 'Yes.'],
      ['Alice', 'Bye.'],
    ]);
  });

  test('`（这个问题很难。` left open: 主持人’s question and 嘉宾’s answer below stay theirs', () => {
    const read = parse(
      [
        '主持人：欢迎来到节目。',
        '嘉宾：谢谢。我觉得（这个问题很难。',
        '主持人：为什么？',
        '嘉宾：因为成本）太高了。',
        '主持人：好的。',
      ].join('\n'),
    );
    expect(read.turns).toEqual([
      ['主持人', '欢迎来到节目。'],
      ['嘉宾', '谢谢。我觉得（这个问题很难。'],
      ['主持人', '为什么？'],
      ['嘉宾', '因为成本）太高了。'],
      ['主持人', '好的。'],
    ]);
  });

  test('a label seen only inside the bracket is the aside’s words (`(Echo` ⏎ `Chamber:` ⏎ `…)`)', () => {
    const read = parse(['甲：你好。', '乙：这叫回音室(Echo', 'Chamber:', '指信息封闭的环境)。', '甲：明白。'].join('\n'));
    expect(read.turns).toEqual([
      ['甲', '你好。'],
      ['乙', '这叫回音室(Echo Chamber: 指信息封闭的环境)。'],
      ['甲', '明白。'],
    ]);
  });
});

describe('wrapped lines joined keep every word as written', () => {
  const wrapped = (last: string, next: string) =>
    [
      'Interviewer: Dr. Rand when did you first come to Queens College and what did you',
      'study there in those first years?',
      'Rand: The first day of school, it had been the great hurricane of 1938 and the',
      'bus that runs from Flushing to the campus was late, so we all walked the mile and',
      `more. I remember it was, want me to tell you about the dean, the one I ${last}`,
      `${next} wore a bow tie every day and who knew every student by name, always.`,
      'Interviewer: Yes, tell me about the dean and about the faculty in those years and',
      'anything else you remember from that time at the college, the buildings, the',
      'teachers and the students who were there with you.',
    ].join('\n');

  test('a line ending in a dash joins the next with a space, as the line break stood (`about-` ⏎ `you know`)', () => {
    const read = parse(wrapped('liked-', 'you know, he'));
    expect(read.turns[1]![1]).toContain('the one I liked- you know, he wore');
  });

  const typed = (indent: string) =>
    [
      'Interviewer: Dr. Rand when did you first come to Queens College and what did you',
      'study there in those first years?',
      '',
      'Rand: The first day of school, it had been the great hurricane of 1938 and the',
      'bus that runs from Flushing to the campus was late, so we all walked the mile.',
      `${indent}The second year I took chemistry with a professor whose name I forget now but`,
      'who was very kind to me and who later wrote me a letter of recommendation for',
      'medical school, which I kept.',
      '',
      'Interviewer: Yes, tell me about the dean and about the faculty in those years and',
      'anything else you remember from that time at the college, the buildings, the',
      'teachers and the students who were there with you.',
    ].join('\n');

  test.each([
    ['four spaces', '    '],
    ['a tab', '\t'],
  ])('a typed paragraph indented (%s) after a sentence’s end opens a new paragraph, a full line above or not', (_, indent) => {
    const read = parse(typed(indent));
    expect(read.turns[1]).toEqual([
      'Rand',
      'The first day of school, it had been the great hurricane of 1938 and the bus that runs from Flushing to the campus was late, so we all walked the mile.',
      'The second year I took chemistry with a professor whose name I forget now but who was very kind to me and who later wrote me a letter of recommendation for medical school, which I kept.',
    ]);
  });

  test('the rest of a turn hanging indented under its label’s line is that paragraph', () => {
    const hanging = typed('').replace(/\n(?!Rand:|Interviewer:|\n)/gu, '\n      ');
    const read = parse(hanging);
    expect(read.turns.map((t) => t.length)).toEqual([2, 2, 2]);
    expect(read.turns[1]![1]).toContain('walked the mile. The second year');
  });
});
