/**
 * The interface words in traditional Chinese, for interviews written in traditional characters.
 * Generated from zh.ts by `npm run i18n` (OpenCC, simplified → traditional): edit zh.ts, not this file.
 */
import type { Dictionary } from './zh.ts';

export const zhHant: Dictionary = {
  lang: 'zh-Hant',
  roles: { interviewer: '訪談人', interviewee: '受訪人', audience: '觀眾', other: '發言人' },
  skipToContent: '跳到正文',
  search: {
    form: '全站搜索',
    label: '搜索訪談原文（快捷鍵 /）',
    placeholder: '原話，如：大模型比光刻機簡單',
    submit: '搜索',
    results: '搜索結果',
    all: '查看全部',
    /** The same link once the count is known; `{n}` is replaced by the script. */
    allCount: '查看全部 {n} 段',
    /** What the results' status says; `{q}`, `{n}` (found) and `{shown}` are replaced by the script. */
    status: {
      none: '沒有找到“{q}”。換個說法，或去掉一些字再試。',
      found: '“{q}”：{n} 段原話',
      filtered: '“{q}”：{n} 段原話，篩選後顯示 {shown} 段',
      top: '“{q}”：{n} 段原話，這裡列出前 {shown} 段',
    },
    /** Below results that go on (a word said in many turns); `{n}` is how many it adds at most. */
    more: '再顯示 {n} 段',
  },
  themeToggle: { auto: '深淺色：跟隨系統', light: '深淺色：淺色', dark: '深淺色：深色' },
  footer: { about: '關於談錄', rights: '訪談內容版權歸原作者與原發布方所有，本站按原文收錄並標註出處。' },
  breadcrumbs: '位置',
  /** The header's menu of an interview's pages. */
  menu: { button: '主題', label: '這篇訪談的主題', overview: '概覽', transcript: '全文' },
  toc: { label: '本頁目錄', summary: '目錄' },
  turn: {
    tools: (speaker: string) => `${speaker}這一段：複製鏈接、引文或引用`,
    copyLink: '複製鏈接',
    copyQuote: '複製引文',
    cite: '引用',
    permalink: (id: string) => `本段鏈接（${id}）`,
    timestamp: '原文時間碼',
  },
  mask: '原文此處有遮蔽',
  stageNote: '現場情況（原文注）',
  annotation: '編者注（原文懸停說明）',
  sectionLink: '本節鏈接',
  exchange: {
    label: (n: number | string, of: number | string) => `第 ${n} 段 / 共 ${of} 段`,
    short: (n: number | string) => `第 ${n} 段`,
    range: (from: number, to: number) => (from === to ? `第 ${from} 段` : `第 ${from}–${to} 段`),
    inTranscript: (label: string) => `${label}，在全文中查看`,
    count: (n: number) => `${n} 段對話`,
  },
  themePage: {
    permalink: (title: string) => `本主題鏈接：${title}`,
    keys: '按 j / k 逐段閱讀',
    pager: '上一個與下一個主題',
    previous: '上一主題',
    next: '下一主題',
    related: (title: string) => `其他主題中也談到“${title}”`,
    listSeparator: '、',
  },
  transcript: {
    title: '全文',
    titleEn: 'Full transcript',
    description: (title: string, n: number) => `${title}：對話全文，共 ${n} 段`,
    meta: (n: number) => `共 ${n} 段對話，小標題為原文編者所加。`,
  },
  overview: {
    date: '日期',
    event: '場合',
    source: '出處',
    sourceLine: '出處：',
    unnamed: '未註明',
    readAll: (n: number) => `閱讀全文（${n} 段對話）`,
    searchWords: '搜索原話',
    themes: '主題',
    /** The interview page's description for search engines and link previews. */
    description: (who: string[], when: string[], n: number) =>
      `${who.join('與')}的對話${when.length ? `（${when.join('，')}）` : ''}，共 ${n} 段，按主題閱讀、搜索原話、逐段引用。`,
    /** After a lead quote cut short, and before who said it. */
    ellipsis: '……',
    attribution: '——',
  },
  themeMap: {
    caption: (n: number) => `主題地圖：全部 ${n} 段對話按原順序排列，顏色和數字表示主題，寬度表示篇幅。`,
    cell: (n: number, theme: string, chars: number) => `第 ${n} 段 · ${theme} · ${chars} 字`,
    label: (index: number, theme: string, n: number, chars: number) => `${index} ${theme}：第 ${n} 段，${chars} 字`,
    legend: '圖例',
    textVersion: '文字版：逐段列表',
    row: (theme: string, chars: number) => `：${theme}，${chars} 字`,
  },
  speakerChart: {
    caption: (who: { name: string; role: string }[]) =>
      `每個主題下各位發言人說了多少字（${who.map((w) => `${w.name}：${w.role}`).join('；')}）。`,
    table: '各主題下的發言字數',
    theme: '主題',
  },
  quote: {
    question: '所答的問題',
    readInContext: '在上下文中閱讀',
    theme: '主題',
    moved: (id: string, merged: boolean) =>
      `你打開的鏈接指向的段落（${id}）在原文修訂時${merged ? '併入了下面這一段' : '被刪除了；下面是離它最近的一段'}。`,
  },
  /** The one section of an interview with nothing to find themes in (scripts/lib/steps/choose-themes.ts). */
  unthemed: {
    title: '全部對話',
    titleEn: 'The whole conversation',
    description: '這篇訪談還沒有按主題整理，這裡按原順序收錄全部對話。',
  },
  cite: { button: '引用', dialog: '引用這一段', copy: '複製', close: '關閉' },
  print: { line: (parts: string[]) => `${parts.join('，')}。`, source: (where: string) => `出處：${where}` },
  /** Words the page's scripts say (src/scripts/turns/). */
  script: {
    copied: (what: string) => `${what}已複製`,
    what: { link: '鏈接', quote: '引文', citation: '引用格式', selectionLink: '這句話的鏈接' },
    clearHighlight: '清除高亮',
    cleared: '已清除高亮',
    selection: '所選文字',
    linkToWords: '鏈接到這句話',
    fallback: (what: string) => `瀏覽器不允許直接複製。${what}已選中，請按 Ctrl+C（Mac：⌘C）複製：`,
    close: '關閉',
    movedHere: (id: string) => `你打開的鏈接（${id}）指向的段落已移到這裡。`,
    mergedHere: (id: string) => `你打開的鏈接（${id}）指向的段落在原文修訂時併入了這一段。`,
    removedHere: (id: string) => `你打開的鏈接（${id}）指向的段落在原文修訂時被刪除了；這是離它最近的一段。`,
  },
};
