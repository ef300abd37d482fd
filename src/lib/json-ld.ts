/** schema.org descriptions of an interview, for search engines and link previews. */
import { paths } from '../consts';
import { ui } from '../i18n';
import type { Interview } from './interviews';
import { siteUrl } from './urls';

/** The interview as a schema.org Conversation with its participants, date and source. */
export function interviewJsonLd(interview: Interview): object {
  const url = siteUrl(paths.interview(interview.slug));
  const source = interview.source.url;
  return {
    '@context': 'https://schema.org',
    '@type': 'Conversation',
    name: interview.title,
    ...(interview.titleEn && { alternateName: interview.titleEn }),
    ...(interview.date && { dateCreated: interview.date }),
    inLanguage: interview.language,
    ...(url && { url }),
    // The event it was recorded at (locationCreated would want a Place).
    ...(interview.event && {
      recordedAt: { '@type': 'Event', name: interview.event, ...(interview.date && { startDate: interview.date }) },
    }),
    ...(source && { isBasedOn: source }),
    contributor: interview.speakers.map((s) => ({ '@type': 'Person', name: s.name, description: ui(interview.language).roles[s.role] })),
  };
}
