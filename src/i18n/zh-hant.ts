/**
 * The interface words in traditional Chinese, for interviews written in traditional characters.
 * Generated from zh.ts by `npm run i18n` (OpenCC, simplified → traditional): edit zh.ts, not this file.
 */
import type { Dictionary } from './zh.ts';

export const zhHant: Dictionary = {
  lang: 'zh-Hant',
  roles: { interviewer: '訪談人', interviewee: '受訪人', other: '發言人' },
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
  /** The About page (src/pages/about.astro): what a reader needs to know, in each UI language. */
  about: {
    title: '關於談錄',
    heading: '關於談錄',
    description: '談錄是什麼：怎樣按主題閱讀訪談、搜索記得的原話、鏈接和引用某一段，頁面上的標記是什麼意思，以及訪談的出處與版權。',
    examples: '例如：',
    sections: [
      {
        id: 'what',
        heading: '談錄是什麼',
        paragraphs: [
          '談錄把訪談實錄做成一個可以按主題閱讀、搜索原話、逐段鏈接和引用的網站。每篇訪談按原文收錄，一字不改：每一段發言在它所屬的主題頁上出現且只出現一次，保持原來的先後順序。本站加上的只有導航（主題、目錄、主題地圖）和標記，原文的話不增、不刪、不改。',
        ],
        items: [],
      },
      {
        id: 'browse',
        heading: '按主題閱讀',
        paragraphs: [],
        items: [
          '首頁列出全部訪談，最新的在前，可以按人物、年份和語言篩選。',
          '每篇訪談的概覽頁有一張主題地圖：全部對話按原來的順序排成一行，顏色和數字表示主題，寬度表示篇幅，點一格就到那一段。下面是各個主題，每個附一句原話。',
          '主題頁收錄歸入這個主題的全部問答。頁首的“主題”菜單通向同一篇訪談的其他主題和全文；寬屏上左邊是本頁目錄；用鍵盤時按 j / k 逐段閱讀。',
          '“全文”是整篇對話，按原順序，小標題是原文編者加的。',
          '人物頁彙集一個人在各篇訪談裡說過的話；幾篇訪談共有的主題另有一頁，把它們並在一起。',
        ],
      },
      {
        id: 'search',
        heading: '搜索記得的原話',
        paragraphs: ['在任何頁面按 / 鍵，或點頁首的搜索框，輸入你記得的話。每個結果是一段發言；打開它就落到那一段，你搜的話會高亮。'],
        items: [
          '記得大意就行：換了個詞、漏了半句、順序顛倒也能找到，這樣的結果標為“相近的說法”。加引號（"…" 或 “…”）只找一字不差的原話。',
          '寫上發言人的名字，只找這個人說的話，名字放在前面或後面都行；也可以寫“主持人”“嘉賓”“問”“答”。',
          '繁體和簡體、全角和半角、大小寫和標點都不影響：「開源」和「開源」找到的是同一段。',
          '英文詞能找到中文訪談裡的原話（training data → 訓練、數據），中文詞也能找英文訪談（保險公司 → insurance companies）；常見的外文名和別名會換算（Nvidia → 英偉達）。',
        ],
      },
      {
        id: 'link',
        heading: '鏈接到一個主題或一段話',
        paragraphs: [],
        items: [
          '主題標題旁的 # 是這個主題的鏈接。',
          '每段發言旁的 ⋯ 打開這一段的工具：複製鏈接、複製引文、引用。',
          '每一段都有自己的頁面（地址裡有 /q/），分享時預覽顯示這段話本身；回答的頁面上還附有它所回答的問題。',
          '在一段裡選中幾個字，可以複製一個只高亮這幾個字的鏈接。',
          '鏈接不會失效：原文修訂後，舊鏈接會帶你到修訂後的那一段，並說明發生了什麼。',
        ],
      },
      {
        id: 'cite',
        heading: '引用',
        paragraphs: [
          '“引用”給出 GB/T 7714 和 APA 兩種格式，按訪談的語言書寫，網址是這一段的永久鏈接，訪問日期是你打開它的那天。複製引文會連同說話人和出處一起復制。打印時，頁首印出訪談的標題、日期和出處，每段的鏈接印成短網址。',
        ],
        items: [],
      },
      {
        id: 'marks',
        heading: '頁面上的標記',
        paragraphs: [],
        items: [
          '每位發言人的名字旁寫著訪談人或受訪人；訪談人的發言左邊是雙線。',
          '遮蔽：原文用 ** 遮去的字照樣保留，畫成一塊深色的遮蔽標記，讀屏軟件讀作“原文此處有遮蔽”。本站不猜被遮去的是什麼。',
          '錯字：原文的錯字照原樣保留，後面標 [sic]；把鼠標停在上面可以看到編者的說明。',
          '強調：有的來源用 ** 表示強調（例如英文播客的文字稿），這裡照原文顯示為粗體。',
          '現場情況：（笑）、[掌聲]、[laughter] 這類原文注顯示為灰色斜體，和說的話分開。',
          '小標題是原文編者加的；主題是本站編輯擬的，還沒有編輯整理的訪談由程序按內容自動分主題。主題是導航，不是原文。',
        ],
      },
    ],
    sources: {
      heading: '訪談的出處與版權',
      intro: '訪談的版權歸原作者與原發布方所有。本站逐字收錄，每篇註明出處；轉載時請遵守原出處的要求。',
      source: '出處',
      licence: '許可',
      noLicence: '未註明：版權歸原作者與原發布方所有',
    },
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
