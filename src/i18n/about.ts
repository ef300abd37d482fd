/**
 * The About page's words (src/pages/about.astro), in each UI language: what a reader needs to
 * know. Kept apart from the interface words (./zh.ts) because only that page needs them, while
 * the interface words also travel to the browser with the turn tools.
 */

export const aboutZh = {
  title: '关于谈录',
  heading: '关于谈录',
  description: '谈录是什么：怎样按主题阅读访谈、搜索记得的原话、链接和引用某一段，页面上的标记是什么意思，以及访谈的出处与版权。',
  examples: '例如：',
  sections: [
    {
      id: 'what',
      heading: '谈录是什么',
      paragraphs: [
        '谈录把访谈实录做成一个可以按主题阅读、搜索原话、逐段链接和引用的网站。每篇访谈按原文收录，一字不改：每一段发言在它所属的主题页上出现且只出现一次，保持原来的先后顺序。本站加上的只有导航（主题、目录、主题地图）和标记，原文的话不增、不删、不改。',
      ],
      items: [],
    },
    {
      id: 'browse',
      heading: '按主题阅读',
      paragraphs: [],
      items: [
        '首页列出全部访谈，最新的在前，可以按人物、年份和语言筛选。',
        '每篇访谈的概览页有一张主题地图：全部对话按原来的顺序排成一行，颜色和数字表示主题，宽度表示篇幅，点一格就到那一段。下面是各个主题，每个附一句原话。',
        '主题页收录归入这个主题的全部问答。页首的“主题”菜单通向同一篇访谈的其他主题和全文；宽屏上左边是本页目录；用键盘时按 j / k 逐段阅读。',
        '“全文”是整篇对话，按原顺序，小标题是原文编者加的。',
        '人物页汇集一个人在各篇访谈里说过的话；几篇访谈共有的主题另有一页，把它们并在一起。',
      ],
    },
    {
      id: 'search',
      heading: '搜索记得的原话',
      paragraphs: ['在任何页面按 / 键，或点页首的搜索框，输入你记得的话。每个结果是一段发言；打开它就落到那一段，你搜的话会高亮。'],
      items: [
        '记得大意就行：换了个词、漏了半句、顺序颠倒也能找到，这样的结果标为“相近的说法”。加引号（"…" 或 “…”）只找一字不差的原话。',
        '写上发言人的名字，只找这个人说的话，名字放在前面或后面都行；也可以写“主持人”“嘉宾”“问”“答”。',
        '繁体和简体、全角和半角、大小写和标点都不影响：「開源」和「开源」找到的是同一段。',
        '英文词能找到中文访谈里的原话（training data → 训练、数据），中文词也能找英文访谈（保险公司 → insurance companies）；常见的外文名和别名会换算（Nvidia → 英伟达）。',
      ],
    },
    {
      id: 'link',
      heading: '链接到一个主题或一段话',
      paragraphs: [],
      items: [
        '主题标题旁的 # 是这个主题的链接。',
        '每段发言旁的 ⋯ 打开这一段的工具：复制链接、复制引文、引用。',
        '每一段都有自己的页面（地址里有 /q/），分享时预览显示这段话本身；回答的页面上还附有它所回答的问题。',
        '在一段里选中几个字，可以复制一个只高亮这几个字的链接。',
        '链接不会失效：原文修订后，旧链接会带你到修订后的那一段，并说明发生了什么。',
      ],
    },
    {
      id: 'cite',
      heading: '引用',
      paragraphs: [
        '“引用”给出 GB/T 7714 和 APA 两种格式，按访谈的语言书写，网址是这一段的永久链接，访问日期是你打开它的那天。复制引文会连同说话人和出处一起复制。打印时，页首印出访谈的标题、日期和出处，每段的链接印成短网址。',
      ],
      items: [],
    },
    {
      id: 'marks',
      heading: '页面上的标记',
      paragraphs: [],
      items: [
        '每位发言人的名字旁写着访谈人、受访人或观众；访谈人的发言左边是双线，观众的提问是点线。',
        '遮蔽：原文用 ** 遮去的字照样保留，画成一块深色的遮蔽标记，读屏软件读作“原文此处有遮蔽”。本站不猜被遮去的是什么。',
        '错字：原文的错字照原样保留，后面标 [sic]；把鼠标停在上面可以看到编者的说明。',
        '强调：有的来源用 ** 表示强调（例如英文播客的文字稿），这里照原文显示为粗体。',
        '现场情况：（笑）、[掌声]、[laughter] 这类原文注显示为灰色斜体，和说的话分开。',
        '小标题是原文编者加的；主题是本站编辑拟的，还没有编辑整理的访谈由程序按内容自动分主题。主题是导航，不是原文。',
      ],
    },
  ],
  sources: {
    heading: '访谈的出处与版权',
    intro: '访谈的版权归原作者与原发布方所有。本站逐字收录，每篇注明出处；转载时请遵守原出处的要求。',
    source: '出处',
    licence: '许可',
    noLicence: '未注明：版权归原作者与原发布方所有',
  },
};

/** What the About page says, in any UI language. */
export type AboutWords = typeof aboutZh;

export const aboutEn: AboutWords = {
  title: 'About Tanlu',
  heading: 'About Tanlu',
  description:
    'What Tanlu is: how to read an interview by theme, search for words you remember, link to and cite a passage, what the marks on the page mean, and where the interviews come from.',
  examples: 'For example: ',
  sections: [
    {
      id: 'what',
      heading: 'What this site is',
      paragraphs: [
        'Tanlu (谈录, “recorded conversations”) turns interview transcripts into a site you can read by theme, search for the words you remember, and link to and cite passage by passage. Every interview is reproduced verbatim: each turn appears exactly once, on the page of its theme, in its original order. All the site adds is navigation (themes, tables of contents, the theme map) and marks; not a word of the source is added, dropped or changed.',
      ],
      items: [],
    },
    {
      id: 'browse',
      heading: 'Reading by theme',
      paragraphs: [],
      items: [
        'The home page lists every interview, newest first, and filters them by person, year and language.',
        'Each interview’s overview has a theme map: all its exchanges in order, coloured and numbered by theme, as wide as they are long; a cell takes you to its exchange. Below it, the themes, each with a quote.',
        'A theme page holds every exchange of that theme. The Themes menu at the top leads to the interview’s other themes and the full transcript; on a wide screen the page’s contents stand on the left; with a keyboard, j and k step from passage to passage.',
        'The full transcript is the whole conversation in order, with the source editor’s headings.',
        'A person’s page gathers what they said across interviews; a theme several interviews share has a page that puts them side by side.',
      ],
    },
    {
      id: 'search',
      heading: 'Searching for words you remember',
      paragraphs: [
        'Press / on any page, or use the search box at the top, and type what you remember. Each result is one passage; opening it lands you on that passage with your words highlighted.',
      ],
      items: [
        'The gist is enough: a different word, half a sentence missing, words in another order. Such results are labelled as close matches. Quotation marks ("…" or “…”) find the exact words only.',
        'A speaker’s name, before or after the words, finds only what that person said; so do “host”, “guest”, 问 (question) and 答 (answer).',
        'Traditional or simplified characters, full- or half-width, capitals and punctuation make no difference: 開源 finds 开源.',
        'English words find Chinese passages (training data → 训练, 数据) and Chinese words find English ones (保险公司 → insurance companies); common names and aliases are translated (Nvidia → 英伟达).',
      ],
    },
    {
      id: 'link',
      heading: 'Linking to a theme or a passage',
      paragraphs: [],
      items: [
        'The # beside a theme’s title is the link to that theme.',
        'The ⋯ beside each passage opens its tools: copy the link, copy the quote, cite.',
        'Every passage has a page of its own (with /q/ in its address) whose link preview shows the words themselves; an answer’s page also shows the question it answers.',
        'Select a few words in a passage to copy a link that highlights just those words.',
        'Links last: when a source is revised, an old link leads to the revised passage and says what happened.',
      ],
    },
    {
      id: 'cite',
      heading: 'Citing',
      paragraphs: [
        'Cite gives GB/T 7714 and APA, written in the interview’s language, with the passage’s permanent link and the day you read it as the access date. Copying a quote copies its speaker and source with it. A printed page starts with the interview’s title, date and source, and prints each passage’s link as a short address.',
      ],
      items: [],
    },
    {
      id: 'marks',
      heading: 'What the marks mean',
      paragraphs: [],
      items: [
        'Interviewer, Guest or Audience stands beside each speaker’s name; the interviewer’s turns have a double rule on the left, questions from the audience a dotted one.',
        'Masks: words a source withheld with ** are kept and drawn as a dark redaction mark, which screen readers announce as withheld. The site never guesses what was withheld.',
        'Typos: a source’s typo is kept as written and marked [sic]; hover over it for the editor’s note.',
        'Emphasis: some sources use ** for emphasis (podcast transcripts in English, for instance); it is shown in bold, as in the source.',
        'Stage notes such as (laughs), [掌声] or [laughter] are set in grey italics, apart from the words spoken.',
        'Headings are the source editor’s; themes are named by the site’s editors, or found from the words themselves where no editor has sorted an interview yet. Themes are navigation, not part of the source.',
      ],
    },
  ],
  sources: {
    heading: 'Sources and licences',
    intro:
      'The interviews belong to their authors and first publishers. Each is reproduced verbatim with its source; to republish, follow the terms of the original.',
    source: 'Source',
    licence: 'Licence',
    noLicence: 'not stated: all rights with the authors and first publishers',
  },
};

/** The About words for a BCP 47 language tag: English for `en…`, Chinese otherwise. */
export function aboutWords(lang: string | undefined): AboutWords {
  return lang?.toLowerCase().startsWith('en') ? aboutEn : aboutZh;
}
