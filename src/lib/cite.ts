/**
 * Citations of an interview, a section or a single turn: the quote line readers paste into
 * chats, GB/T 7714-2015 (the Chinese national standard) and APA 7. Pure functions of the
 * interview's facts, used by the copy buttons and the cite panels. Each follows the
 * interview's language: a Chinese interview is cited in Chinese conventions throughout
 * (dates, brackets, separators), any other in English ones, never a mix of the two.
 */

/** What a citation needs to know. */
export interface CiteSource {
  /** The interview's display title. */
  title: string;
  /** Where it was held (event, programme), if known. */
  event?: string;
  /** YYYY-MM-DD. */
  date?: string;
  interviewees: string[];
  interviewers: string[];
  /** The site's name, as publisher of this edition (in the interview's language). */
  site: string;
  /** BCP 47 language of the interview. */
  language: string;
}

/** The words of one citation language. */
interface Conventions {
  /** Between a quote's attributions. */
  comma: string;
  /** Between names in a list. */
  names: (names: string[]) => string;
  /** Between a title and its section's title. */
  section: string;
  open: string;
  close: string;
  dash: string;
  noDate: string;
  /** An APA date from YYYY-MM-DD parts. */
  apaDate: (year: string, month: number, day: number) => string;
  /** APA's bracketed description of an interview. */
  interviewBy: (interviewers: string[]) => string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const CHINESE: Conventions = {
  comma: '，',
  names: (names) => names.join('、'),
  section: '：',
  open: '“',
  close: '”',
  dash: '——',
  noDate: '日期不详',
  apaDate: (year, month, day) => `${year}年${month ? `${month}月` : ''}${month && day ? `${day}日` : ''}`,
  interviewBy: (interviewers) => `[${interviewers.join('、')}访谈]`,
};

const ENGLISH: Conventions = {
  comma: ', ',
  names: (names) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} & ${names.at(-1)}` : names.join('')),
  section: ': ',
  open: '“',
  close: '”',
  dash: ' — ',
  noDate: 'n.d.',
  apaDate: (year, month, day) => [year, [MONTHS[month - 1], day || undefined].filter(Boolean).join(' ')].filter(Boolean).join(', '),
  interviewBy: (interviewers) => `[Interview by ${ENGLISH.names(interviewers)}]`,
};

/** The conventions of an interview's language. */
function conventionsOf(language: string): Conventions {
  return /^zh(?:-|$)/i.test(language) ? CHINESE : ENGLISH;
}

/** `“…”——周鸿祎，品玩“模型思辨”研讨会，2023-05-31，https://…` (in English: `“…” — Name, Event, 2023-05-31, https://…`) */
export function quoteWithCitation(quote: string, speaker: string, source: CiteSource, url: string): string {
  const c = conventionsOf(source.language);
  const where = [speaker, source.event, source.date, url].filter(Boolean).join(c.comma);
  return `${c.open}${quote.trim()}${c.close}${c.dash}${where}`;
}

/**
 * GB/T 7714-2015, electronic resource ([EB/OL]): 责任者. 题名[EB/OL]. 出版者, 日期[引用日期]. 网址.
 * `accessed` is the day the reader cites it (YYYY-MM-DD), added at copy time.
 */
export function gbt7714(source: CiteSource, url: string, accessed: string, section?: string): string {
  const c = conventionsOf(source.language);
  const authors = [...source.interviewees, ...source.interviewers].join(', ');
  const title = section ? `${source.title}${c.section}${section}` : source.title;
  return `${authors}. ${title}[EB/OL]. ${source.site}, ${source.date ?? c.noDate}[${accessed}]. ${url}.`;
}

/** APA 7, an interview published online: Interviewee. (Date). Title [Interview by …]. Site. URL */
export function apa7(source: CiteSource, url: string, section?: string): string {
  const c = conventionsOf(source.language);
  const [year, month, day] = (source.date ?? '').split('-');
  const date = year ? c.apaDate(year, Number(month) || 0, Number(day) || 0) : c.noDate;
  const by = source.interviewers.length > 0 ? ` ${c.interviewBy(source.interviewers)}` : '';
  const title = section ? `${source.title}${c.section}${section}` : source.title;
  return `${c.names(source.interviewees)}. (${date}). ${title}${by}. ${source.site}. ${url}`;
}
