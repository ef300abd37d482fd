/**
 * The words transcripts use for their metadata and conventions. One place, so a new
 * publisher's conventions are added here and nowhere else.
 */
import type { Role } from '../model.ts';

/** Header keys that declare speakers, with the role they give; also role words used as labels (`主持人：…`). */
export const ROLE_KEYS: ReadonlyMap<string, Role> = new Map([
  ['访谈人', 'interviewer'],
  ['訪談人', 'interviewer'],
  ['採訪人', 'interviewer'],
  ['采访人', 'interviewer'],
  ['采访者', 'interviewer'],
  ['主持人', 'interviewer'],
  ['主持', 'interviewer'],
  ['提问人', 'interviewer'],
  ['记者', 'interviewer'],
  ['記者', 'interviewer'],
  ['Host', 'interviewer'],
  ['Hosts', 'interviewer'],
  ['Interviewer', 'interviewer'],
  ['Moderator', 'interviewer'],
  ['CHAIR', 'interviewer'],
  ['Chair', 'interviewer'],
  ['受访人', 'interviewee'],
  ['受訪人', 'interviewee'],
  ['受訪者', 'interviewee'],
  ['嘉賓', 'interviewee'],
  ['受访者', 'interviewee'],
  ['嘉宾', 'interviewee'],
  ['对话嘉宾', 'interviewee'],
  ['Guest', 'interviewee'],
  ['Guests', 'interviewee'],
  ['Interviewee', 'interviewee'],
  ['Panelists', 'interviewee'],
]);

/** Keys of source metadata that may open a transcript (and never name a speaker). */
export const HEADER_KEYS: ReadonlySet<string> = new Set([
  ...ROLE_KEYS.keys(),
  '来源',
  '文章来源',
  '稿源',
  '图片来源',
  '整理',
  '编辑',
  '撰文',
  '作者',
  '文',
  '时间',
  '日期',
  '发布时间',
  '点击数',
  // The names of who talks, listed before they do (an export's `**主讲人：**李厚辰、贾葭、伍雷`).
  '主讲人',
  '主講人',
  // The show a podcast's notes are of (`播客节目：Web3 101`, above `主持人：` and `嘉宾：`).
  '播客节目',
  '播客節目',
  '节目',
  '節目',
  // A report's statistics (an export's `### 报告信息`): 总字数：约 8590 字, 预计阅读时间：约 29 分钟.
  '总字数',
  '字数',
  '阅读时间',
  '预计阅读时间',
  'Word count',
  'Reading time',
  '地点',
  '摘要',
  '关键词',
  '标题',
  'Source',
  'Date',
  'Title',
  'Author',
  'Summary',
]);

/**
 * Words that declare who asks and who answers only where a header or a preamble lists the speakers
 * (`**提问者：**Edward`, `**解答者：**阿姨（刘仲敬）`); as labels in the dialogue, 提问者 is a questioner
 * from the floor (`QA_LABELS`).
 */
export const DECLARATION_KEYS: ReadonlyMap<string, Role> = new Map([
  ['提问者', 'interviewer'],
  ['提問者', 'interviewer'],
  ['解答者', 'interviewee'],
  ['解答人', 'interviewee'],
  ['回答者', 'interviewee'],
]);

/** Keys a header or a preamble line may open with: metadata, and the words that declare speakers. */
export const PREAMBLE_KEYS: ReadonlySet<string> = new Set([...HEADER_KEYS, ...DECLARATION_KEYS.keys()]);

/** The role a header or preamble key declares its names in, if it declares speakers. */
export const declaredRole = (key: string): Role | undefined => ROLE_KEYS.get(key) ?? DECLARATION_KEYS.get(key);

/** Keys of source metadata that close a transcript (a republisher's footer). */
export const FOOTER_KEYS: ReadonlySet<string> = new Set([
  '文章标题',
  '原文标题',
  '文章链接',
  '原文链接',
  '更新时间',
  '发布时间',
  '责任编辑',
]);

/** Metadata keys by the typed field of the interview record they fill. */
export const SOURCE_FIELDS = {
  title: ['文章标题', '原文标题', '标题', 'Title'],
  url: ['文章链接', '原文链接', '链接', 'URL', 'Source URL'],
  updated: ['更新时间'],
  published: ['发布时间', '日期', '时间', 'Date'],
  publisher: ['来源', '文章来源', '稿源', 'Source'],
  author: ['作者', '撰文', '文', '整理', 'Author'],
} as const;

/**
 * Labels of question-and-answer transcripts, and the role each gives. Q/问 is the interviewer,
 * unless a named moderator runs the talk: then it is the audience (`roles.ts`, questionsFromTheFloor).
 */
export const QA_LABELS: ReadonlyMap<string, Role> = new Map([
  ['问', 'interviewer'],
  ['問', 'interviewer'],
  ['答', 'interviewee'],
  ['Q', 'interviewer'],
  ['A', 'interviewee'],
  ['Question', 'interviewer'],
  // A Japanese-style interview's question: a line opening with a dash and no name (`——今天的采访…`), see QUESTION_DASH.
  ['——', 'interviewer'],
  ['Answer', 'interviewee'],
  // Questions from the floor of a talk or a panel (`观众：我能问一个问题吗？`, `Audience Member: …`).
  ['观众', 'audience'],
  ['觀眾', 'audience'],
  ['听众', 'audience'],
  ['聽眾', 'audience'],
  ['现场观众', 'audience'],
  ['現場觀眾', 'audience'],
  ['观众提问', 'audience'],
  ['觀眾提問', 'audience'],
  ['现场提问', 'audience'],
  ['現場提問', 'audience'],
  ['提问者', 'audience'],
  ['提問者', 'audience'],
  ['Audience', 'audience'],
  ['Audience member', 'audience'],
  ['Audience Member', 'audience'],
  ['Audience question', 'audience'],
  ['Audience Question', 'audience'],
  ['Questioner', 'audience'],
]);

/**
 * A transcription service's label for a voice it could not tell apart (Otter's `Unknown Speaker`): it may be
 * the host in one turn and the guest in the next, so it has no role of its own.
 */
export const UNIDENTIFIED_VOICES: ReadonlySet<string> = new Set([
  'Unknown Speaker',
  'Unknown speaker',
  '未知说话人',
  '未知發言人',
  '未知发言人',
]);

/** Separators between several names in one header value (`张三、李四`). */
export const NAME_SEPARATORS = /[、,，/／;；]|\s+(?:and|&)\s+|和|与/;

/** Labels of editors' notes and page furniture (`编者按：…`, `Transcript by:`): text of the publication, never a speaker. */
export const EDITOR_LABELS: ReadonlySet<string> = new Set([
  '编者按',
  '编者注',
  '编注',
  '编辑注',
  '导语',
  '前言',
  '按',
  '注',
  '简历',
  '声明',
  '提示',
  "Editor's note",
  'Editor’s note',
  'Note',
  'Notes',
  'Transcript',
  'PRESIDING',
  'Presiding',
  'Keywords',
  'Tags',
  'Update',
  'Correction',
]);

/**
 * A colon after a verb of saying is reported speech inside a turn (`他就说：`, `然后我说：`,
 * `老师问：`), not a speaker label.
 */
export const SPEECH_VERB =
  /(?:说|說|讲|講|问|問|道|称|稱|表示|指出|认为|認為|回答|回应|回應|强调|強調|介绍|介紹|坦言|透露|补充|補充|提到|写道|寫道|笑道)$/u;

/**
 * Role words that end a label naming an outlet's reporter at a press conference (`新华社记者：`,
 * `▲DVB電視臺記者:`): the label is the speaker's name as the transcript gives it, the word its role.
 */
export const OUTLET_ROLE_WORDS: readonly string[] = ['记者', '記者'];

/**
 * Marks a press transcript puts before a label (`▲DVB電視臺記者:`, `■記者：`, `●答：`), and the dash a
 * Japanese-style interview puts before its speakers (`——4Gamer:`, `――山村:`): the label's furniture, like its
 * bold, not the speaker's name.
 */
export const LABEL_MARKERS = /^(?:[▲△■□●○◆◇▼▽►▶※]|——|―{1,2})\s*/u;

/**
 * A transcription service's signature line at the end of its export (`Transcribed by https://otter.ai`,
 * `以上内容由AI生成，仅供参考`): the service's footer, not the last speaker's words.
 */
export const SERVICE_SIGNATURE = /^(?:Transcribed by https?:\/\/\S+|以上内容由\s*AI\s*生成.{0,20}|以上內容由\s*AI\s*生成.{0,20})$/iu;

/**
 * A release's dateline alone on its line after the dialogue (`2017年2月28日(星期二)`, `March 24, 2015`): where a
 * press release or a web page ends and its furniture (the time it went out, navigation) begins.
 */
export const DATELINE =
  /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4})\s*(?:[(（](?:星期|週|周|礼拜|禮拜)[一二三四五六日天][)）])?$/u;

/**
 * A transcriber's note about the recording itself, alone on its line (`[END OF SIDE A]`, `[BEGINNING OF SIDE B]`,
 * `[RECORDING PAUSES]`, `[END OF TAPE 01]`, an archive's `End of Tape 01 of 02`): a note where it stands, never the
 * words of whoever spoke before it. Unbracketed only in that exact shape, without a stop: a speaker may say "end of tape".
 */
export const RECORDING_NOTE =
  /^(?:\[\s*(?:(?:END|BEGINNING|START) OF (?:SIDE|TAPE|RECORDING|SESSION|INTERVIEW)\b[^\]]*|RECORDING (?:PAUSES|PAUSED|RESUMES|RESUMED|STOPS|STOPPED|ENDS|BEGINS|STARTS)|(?:TAPE|SIDE) (?:ENDS|BEGINS|CHANGE)\b[^\]]*)\s*\]|(?:End|Beginning|Start) of (?:Tape|Side) \w+(?: of \w+)?)$/iu;

/**
 * The word a government press release closes with (`ends`, `ENDS`, as Australia's PM Transcripts print it): the
 * release's furniture, only as the file's very last line; anywhere else it may be someone's word.
 */
export const RELEASE_END = /^ends$/iu;

/**
 * The heading a WeChat article's own footer opens with, alone on its line (`**更多阅读**`, `推荐阅读`, `往期回顾`): what
 * follows is the account's links to its other articles and its card, never a speaker's turn. A closed class: the words
 * the platform's editors use, matched as the whole line (bold or a `#` heading allowed), so `点击关注，每天更新…` is not one.
 */
export const FOOTER_HEADINGS: ReadonlySet<string> = new Set([
  '更多阅读',
  '推荐阅读',
  '相关阅读',
  '延伸阅读',
  '往期回顾',
  '往期推荐',
  '往期精选',
  '精彩推荐',
  '阅读原文',
  '点击关注',
  '关注我们',
]);

/**
 * The count on a WeChat account's card (`303篇原创内容`), as a page clipper copies the card (`**Founder Park**` ⏎ its
 * blurb ⏎ `303篇原创内容` ⏎ `公众号`): the bold name above it is the account's, never a speaker's label.
 */
export const ACCOUNT_CARD_COUNT = /^\d+\s*篇原创内容$/u;

/** A web page's navigation link as copied with its text (`Jump To: Tape 02`): the page's furniture, never a speaker. */
export const PAGE_NAVIGATION = /^(?:Jump|Skip|Go|Back|Return) to(?=\s*[:：]|$)/iu;

/**
 * The dash that opens an interviewer's question in a Japanese interview and its translations (`——今天的采访…`,
 * `―― 最後に…`): no name, the dash is the label. The answers carry the guests' names.
 */
export const QUESTION_DASH = /^(——|―{1,2})\s*(?=\S)/u;

/** Words a person's name does not start with: a capitalised phrase that begins so is prose (`The VentureFizz Podcast:`). */
export const NOT_A_NAME_START: ReadonlySet<string> = new Set(
  'The A An In On At Of For From To This That These Those It Its We Our Your My His Her Their They He She So And But Or If When Where What Why How Who Here There Today Now Then Also Please Thanks Thank Welcome Hello Hi Yes No Well Okay OK Note Page Next Previous Chapter Part Section Episode Season Interview Full Podcast Video Audio Topic Location Show Transcript Summary Brief Links Listen Read Share Close Back'.split(
    ' ',
  ),
);

/**
 * Degrees and licences an English transcript writes after a speaker's name and a comma (`**Mireille Reece, PsyD:**`,
 * `Jane Doe, M.D.:`), compared without their dots: the person's credentials, not part of the name.
 */
export const CREDENTIALS: ReadonlySet<string> = new Set(
  'PhD PsyD MD DO EdD DDS DMD DVM PharmD DNP JD LLM MBA MPH MSW LCSW LMFT LPC RN NP CPA Esq'.split(' '),
);

/** Honorifics after a name in a legend (`叶军学长简称“叶”` → 叶军). */
export const HONORIFICS = /(?:学长|学姐|先生|女士|老师|博士|教授|同学|院士|总)$/u;

/**
 * What hosts say when they open or run a show, in a speaker's first turns: evidence that
 * the speaker is an interviewer even when the guest speaks first (a cold open).
 */
export const HOST_CUES: readonly RegExp[] = [
  /\bwelcome (?:back )?to (?:the |our |my )?[\p{Lu}\p{N}][\p{L}\p{N}'’]*(?: [\p{Lu}][\p{L}'’]*)*/u,
  /\bwelcome (?:back )?to (?:the |our |my )?[\w'<>/ -]{0,40}\b(?:podcast|show|program|episode)\b/iu,
  /\bthis is (?:season \d+, )?episode\b/iu,
  /\b(?:my|our) (?:co-? ?host|guests?) (?:today |this week )?(?:is|are)\b/iu,
  /\bhere with me today\b/iu,
  /\b(?:joining us|joined by)\b/iu,
  /\bI'?m your host\b/iu,
  /\bwe (?:have|hope you enjoy)[\w' -]{0,30}\bepisode\b/iu,
  /\bwe(?:'re| are) going to hear from\b/iu,
  /\btoday I have with me\b/iu,
  /\bthanks? (?:you )?(?:so much )?for joining\b/iu,
  /感谢(?:你|您)(?:们)?(?:加入|参加|来到|做客)/u,
  /欢迎(?:您|大家|各位|收看|收听|来到|走进)|我是主持人|今天(?:我们)?(?:邀请|请)到|本期(?:节目|嘉宾)/u,
  // A moderator runs the talk: opens a part of it, gives someone the floor (`从沈总开始`, `有请…`).
  /(?:接下来|下面)(?:我们)?(?:进入|开始)[\p{Script=Han}]{0,6}(?:环节|部分|讨论|对话)/u,
  /从\p{Script=Han}{1,4}(?:总|老师|教授|先生|女士)开始|有请\p{Script=Han}{1,6}/u,
];

/** What guests say: `thank you for having me`, `谢谢邀请`. */
export const GUEST_CUES: readonly RegExp[] = [
  /\bthanks? (?:you )?(?:so much )?for having me\b/iu,
  /谢谢(?:你们?的?|主持人的?)?邀请|感谢邀请/u,
];

/**
 * A section before the dialogue that introduces the speakers (`### 讲述者简介`, `## 嘉宾介绍`,
 * `About the speakers`): its labelled lines are the editor's words about them, not their speech
 * (`**大川：**YouTube频道“大川在日本”的创作者…`). Not the conversation's opening, where the host
 * introduces the guest aloud (`## 开场与嘉宾介绍`, `Opening and introductions`).
 */
export const INTRODUCTION_HEADING =
  /^(?!.*(?:开场|開場|开篇|開篇|opening))(?:.*(?:简介|介绍|簡介|介紹)|(?:about the )?(?:speakers?|guests?|hosts?|bios?)$)/iu;

/**
 * A section after the dialogue in the editor's voice (`### 术语解释`, `## 注释`, `Show notes`):
 * what follows it, when no one speaks again, is the editor's closing note, not the last
 * speaker's words (a glossary of the terms they used, references, links).
 */
export const CLOSING_HEADING =
  /^(?:术语解释|术语表|名词解释|词汇表|注释|注解|附注|附录|参考资料|参考文献|延伸阅读|相关阅读|相关链接|術語解釋|名詞解釋|註釋|附錄|參考資料|延伸閱讀|glossary|notes|references|further reading|show notes|links|resources)\s*[:：]?$/iu;

/** Labels a show uses for its own pauses (`**Break**: [00:14:51]`): a note between turns, never a speaker. */
export const BREAK_LABELS: ReadonlySet<string> = new Set([
  'Break',
  'Ad',
  'Ad break',
  'Sponsor',
  'Music',
  'Intro',
  'Outro',
  '广告',
  '插播',
  '音乐',
]);
