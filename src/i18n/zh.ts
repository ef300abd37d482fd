/** The interface words in Chinese: the default, and the shape every other language follows. */
export const zh = {
  lang: 'zh-CN',
  roles: { interviewer: '访谈人', interviewee: '受访人', audience: '观众', other: '发言人' },
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
    /** What the results' status says; `{q}`, `{n}` (found) and `{shown}` are replaced by the script. */
    status: {
      none: '没有找到“{q}”。换个说法，或去掉一些字再试。',
      found: '“{q}”：{n} 段原话',
      filtered: '“{q}”：{n} 段原话，筛选后显示 {shown} 段',
      top: '“{q}”：{n} 段原话，这里列出前 {shown} 段',
    },
    /** Below results that go on (a word said in many turns); `{n}` is how many it adds at most. */
    more: '再显示 {n} 段',
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
  annotation: '编者注（原文悬停说明）',
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
