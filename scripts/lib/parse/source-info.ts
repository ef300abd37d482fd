/**
 * What the source says about itself, as typed fields: front matter first, then the header's
 * and footer's `key: value` lines, then a top `# Title`. Pages read these fields, never the
 * source's own keys (`文章链接` …).
 */
import type { MetaEntry, Role, SourceInfo } from '../model.ts';
import { frontMatterList, frontMatterText } from './markdown.ts';
import { NAME_SEPARATORS, SOURCE_FIELDS } from './vocabulary.ts';

export function sourceInfo(
  front: Record<string, unknown> | undefined,
  header: readonly MetaEntry[],
  footer: readonly MetaEntry[],
  documentTitle: string | undefined,
): SourceInfo {
  const data = front ?? {};
  const meta = [...footer, ...header];
  const key = (keys: readonly string[]) => meta.find((m) => keys.includes(m.key) && m.value !== '')?.value;
  const dated = documentTitle === undefined ? undefined : datedTitle(documentTitle);
  const info: SourceInfo = {
    title: frontMatterText(data, 'title') ?? dated?.title ?? documentTitle ?? key(SOURCE_FIELDS.title),
    url: frontMatterText(data, 'url', 'source_url', 'link', 'canonical_url', 'youtube_url') ?? key(SOURCE_FIELDS.url),
    published: frontMatterText(data, 'date', 'publish_date', 'published', 'pubDate') ?? key(SOURCE_FIELDS.published) ?? dated?.date,
    updated: frontMatterText(data, 'updated', 'lastmod', 'modified') ?? key(SOURCE_FIELDS.updated),
    publisher: frontMatterText(data, 'channel', 'publisher', 'venue', 'show', 'podcast') ?? key(SOURCE_FIELDS.publisher),
    author: frontMatterText(data, 'author') ?? key(SOURCE_FIELDS.author),
    description: frontMatterText(data, 'description', 'summary', 'excerpt'),
    keywords: frontMatterList(data, 'keywords', 'tags'),
  };
  return Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined)) as SourceInfo;
}

/**
 * `# 2016-11-16 徐發言人及唐政委與記者茶敘`: an archive's heading that puts the date before the title. The date is the
 * date the source gives, the rest its title. Only an ISO date and words after it: `# 2024 in review` stays whole.
 */
export function datedTitle(heading: string): { date: string; title: string } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})\s+(\S.*)$/u.exec(heading.trim());
  return m ? { date: m[1]!, title: m[2]! } : undefined;
}

/**
 * Front matter that names who speaks: `host:`/`guest:` keys, or `authors: "A (host); B (guest)"`, at the top or in a
 * block a template nests them in (`data:` ⏎ `  speaker: "雨白"` ⏎ `  guest: "李志忠 (波罗)"`). A name is the name
 * without what brackets add after it (a pen name, an affiliation), as in a header's declaration.
 */
export function frontMatterSpeakers(front: Record<string, unknown> | undefined): { name: string; role: Role; key: string }[] {
  if (!front) return [];
  const nested = Object.entries(front).filter(
    (entry): entry is [string, Record<string, unknown>] => typeof entry[1] === 'object' && entry[1] !== null && !Array.isArray(entry[1]),
  );
  const found = [...blockSpeakers(front, ''), ...nested.flatMap(([block, data]) => blockSpeakers(data, `${block}.`))].map((s) => ({
    ...s,
    name: s.name.replace(/\s*[（(][^（()）]*[）)]\s*$/u, '').trim(),
  }));
  return found.filter((s, i) => s.name !== '' && found.findIndex((t) => t.name === s.name) === i);
}

/** The speakers one block of front matter names; `prefix` is the block's key path, for the reason `--explain` gives. */
function blockSpeakers(front: Record<string, unknown>, prefix: string): { name: string; role: Role; key: string }[] {
  const found: { name: string; role: Role; key: string }[] = [];
  // `speaker:` beside `guest:` is the show's own voice, who talks with the guest; alone it says nothing of a role.
  const guested = frontMatterList(front, 'guest', 'guests') !== undefined;
  const roleKeys: [string, Role][] = [
    ['host', 'interviewer'],
    ['hosts', 'interviewer'],
    ['interviewer', 'interviewer'],
    ['moderator', 'interviewer'],
    ['guest', 'interviewee'],
    ['guests', 'interviewee'],
    ['interviewee', 'interviewee'],
    ...(guested ? ([['speaker', 'interviewer']] as [string, Role][]) : []),
  ];
  for (const [key, role] of roleKeys) {
    for (const value of frontMatterList(front, key) ?? []) {
      for (const name of value
        .split(NAME_SEPARATORS)
        .map((n) => n.trim())
        .filter(Boolean))
        found.push({ name, role, key: `${prefix}${key}` });
    }
  }
  const credits = frontMatterText(front, 'authors', 'speakers', 'people');
  for (const m of credits?.matchAll(/([^;,()]+?)\s*\((host|guest|interviewer|interviewee|moderator|panelist)\)/giu) ?? []) {
    const word = m[2]!.toLowerCase();
    found.push({
      name: m[1]!.trim(),
      role: word === 'host' || word === 'interviewer' || word === 'moderator' ? 'interviewer' : 'interviewee',
      key: `${prefix}authors`,
    });
  }
  return found;
}
