/** The interface words in Chinese: the default, and the shape every other language follows. */
export const zh = {
  lang: 'zh-CN',
  roles: { interviewer: '访谈人', interviewee: '受访人', other: '发言人' },
  skipToContent: '跳到正文',
  search: {
    form: '全站搜索',
    label: '搜索访谈原文（快捷键 /）',
    placeholder: '原话，如：大模型比光刻机简单',
    submit: '搜索',
    results: '搜索结果',
    all: '查看全部',
    /** The same link once the count is known; `{n}` is replaced by the script. */
    allCount: '查看全部 {n} 段',
  },
  themeToggle: { auto: '深浅色：跟随系统', light: '深浅色：浅色', dark: '深浅色：深色' },
  footer: { about: '关于谈录', rights: '访谈内容版权归原作者与原发布方所有，本站按原文收录并标注出处。' },
  breadcrumbs: '位置',
  /** The header's menu of an interview's pages. */
  menu: { button: '主题', label: '这篇访谈的主题', overview: '概览', transcript: '全文' },
  toc: { label: '本页目录', summary: '目录' },
  turn: {
    tools: (speaker: string) => `${speaker}这一段：复制链接、引文或引用`,
    copyLink: '复制链接',
    copyQuote: '复制引文',
    cite: '引用',
    permalink: (id: string) => `本段链接（${id}）`,
    timestamp: '原文时间码',
  },
  mask: '原文此处有遮蔽',
  stageNote: '现场情况（原文注）',
  sectionLink: '本节链接',
  exchange: {
    label: (n: number | string, of: number | string) => `第 ${n} 段 / 共 ${of} 段`,
    short: (n: number | string) => `第 ${n} 段`,
    range: (from: number, to: number) => (from === to ? `第 ${from} 段` : `第 ${from}–${to} 段`),
    inTranscript: (label: string) => `${label}，在全文中查看`,
    count: (n: number) => `${n} 段对话`,
  },
  themePage: {
    permalink: (title: string) => `本主题链接：${title}`,
    keys: '按 j / k 逐段阅读',
    pager: '上一个与下一个主题',
    previous: '上一主题',
    next: '下一主题',
    related: (title: string) => `其他主题中也谈到“${title}”`,
    listSeparator: '、',
  },
  transcript: {
    title: '全文',
    titleEn: 'Full transcript',
    description: (title: string, n: number) => `${title}：对话全文，共 ${n} 段`,
    meta: (n: number) => `共 ${n} 段对话，小标题为原文编者所加。`,
  },
  overview: {
    date: '日期',
    event: '场合',
    source: '出处',
    sourceLine: '出处：',
    unnamed: '未注明',
    readAll: (n: number) => `阅读全文（${n} 段对话）`,
    searchWords: '搜索原话',
    themes: '主题',
    /** The interview page's description for search engines and link previews. */
    description: (who: string[], when: string[], n: number) =>
      `${who.join('与')}的对话${when.length ? `（${when.join('，')}）` : ''}，共 ${n} 段，按主题阅读、搜索原话、逐段引用。`,
    /** After a lead quote cut short, and before who said it. */
    ellipsis: '……',
    attribution: '——',
  },
  themeMap: {
    caption: (n: number) => `主题地图：全部 ${n} 段对话按原顺序排列，颜色和数字表示主题，宽度表示篇幅。`,
    cell: (n: number, theme: string, chars: number) => `第 ${n} 段 · ${theme} · ${chars} 字`,
    label: (index: number, theme: string, n: number, chars: number) => `${index} ${theme}：第 ${n} 段，${chars} 字`,
    legend: '图例',
    textVersion: '文字版：逐段列表',
    row: (theme: string, chars: number) => `：${theme}，${chars} 字`,
  },
  speakerChart: {
    caption: (who: { name: string; role: string }[]) =>
      `每个主题下各位发言人说了多少字（${who.map((w) => `${w.name}：${w.role}`).join('；')}）。`,
    table: '各主题下的发言字数',
    theme: '主题',
  },
  quote: {
    question: '所答的问题',
    readInContext: '在上下文中阅读',
    theme: '主题',
    moved: (id: string, merged: boolean) =>
      `你打开的链接指向的段落（${id}）在原文修订时${merged ? '并入了下面这一段' : '被删除了；下面是离它最近的一段'}。`,
  },
  /** The About page (src/pages/about.astro): what a reader needs to know, in each UI language. */
  about: {
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
          '每位发言人的名字旁写着访谈人或受访人；访谈人的发言左边是双线。',
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
  },
  /** The one section of an interview with nothing to find themes in (scripts/lib/steps/choose-themes.ts). */
  unthemed: {
    title: '全部对话',
    titleEn: 'The whole conversation',
    description: '这篇访谈还没有按主题整理，这里按原顺序收录全部对话。',
  },
  cite: { button: '引用', dialog: '引用这一段', copy: '复制', close: '关闭' },
  print: { line: (parts: string[]) => `${parts.join('，')}。`, source: (where: string) => `出处：${where}` },
  /** Words the page's scripts say (src/scripts/turns/). */
  script: {
    copied: (what: string) => `${what}已复制`,
    what: { link: '链接', quote: '引文', citation: '引用格式', selectionLink: '这句话的链接' },
    clearHighlight: '清除高亮',
    cleared: '已清除高亮',
    selection: '所选文字',
    linkToWords: '链接到这句话',
    fallback: (what: string) => `浏览器不允许直接复制。${what}已选中，请按 Ctrl+C（Mac：⌘C）复制：`,
    close: '关闭',
    movedHere: (id: string) => `你打开的链接（${id}）指向的段落已移到这里。`,
    mergedHere: (id: string) => `你打开的链接（${id}）指向的段落在原文修订时并入了这一段。`,
    removedHere: (id: string) => `你打开的链接（${id}）指向的段落在原文修订时被删除了；这是离它最近的一段。`,
  },
};

/** What every UI language provides. */
export type Dictionary = typeof zh;
