/**
 * The facts about an interview that scripts in the page need (citations, the quote line):
 * rendered once per page as a JSON data block (`#interview-context`), never as code.
 */
import type { CiteSource } from './cite';
import { SITE_NAME, SITE_NAME_EN } from '../consts';
import { speakersWithRole, type Interview } from './interviews';

export interface InterviewContext extends CiteSource {
  slug: string;
}

export function interviewContext(interview: Interview): InterviewContext {
  return {
    slug: interview.slug,
    title: interview.title,
    event: interview.event,
    date: interview.date,
    interviewees: speakersWithRole(interview, 'interviewee'),
    interviewers: speakersWithRole(interview, 'interviewer'),
    // The publisher's name in the citation's language (see ./cite.ts).
    site: /^zh(?:-|$)/i.test(interview.language) ? SITE_NAME : SITE_NAME_EN,
    language: interview.language,
  };
}

/** JSON safe inside a <script type="application/json"> element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
