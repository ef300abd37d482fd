/**
 * Citations of an interview, a section or a single turn: the quote line readers paste into
 * chats, GB/T 7714-2015 (the Chinese national standard) and APA 7. Pure functions of the
 * interview's facts, used by the copy buttons and the cite panels.
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
  /** The site's name, as publisher of this edition. */
  site: string;
}

/** `“…”——周鸿祎，品玩“模型思辨”研讨会，2023-05-31，https://…` */
export function quoteWithCitation(quote: string, speaker: string, source: CiteSource, url: string): string {
  const where = [speaker, source.event, source.date, url].filter(Boolean).join('，');
  return `“${quote.trim()}”——${where}`;
}

/**
 * GB/T 7714-2015, electronic resource ([EB/OL]): 责任者. 题名[EB/OL]. 出版者, 日期[引用日期]. 网址.
 * `accessed` is the day the reader cites it (YYYY-MM-DD), added at copy time.
 */
export function gbt7714(source: CiteSource, url: string, accessed: string, section?: string): string {
  const authors = [...source.interviewees, ...source.interviewers].join(', ');
  const title = section ? `${source.title}：${section}` : source.title;
  return `${authors}. ${title}[EB/OL]. ${source.site}, ${source.date ?? 'n.d.'}[${accessed}]. ${url}.`;
}

/** APA 7, an interview published online: Interviewee. (Year, Month Day). Title [Interview by …]. Site. URL */
export function apa7(source: CiteSource, url: string, section?: string): string {
  const [year, month, day] = (source.date ?? '').split('-');
  const date = year ? `${year}, ${MONTHS[Number(month) - 1] ?? ''} ${Number(day) || ''}`.trim().replace(/,$/, '') : 'n.d.';
  const by = source.interviewers.length > 0 ? ` [Interview by ${source.interviewers.join(' & ')}]` : '';
  const title = section ? `${source.title}：${section}` : source.title;
  return `${source.interviewees.join(', ')}. (${date}). ${title}${by}. ${source.site}. ${url}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
