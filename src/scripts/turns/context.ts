/** What the page's scripts know about the interview and its turns. */
import type { InterviewContext } from '../../lib/interview-context';
import { paths } from '../../consts';
import { shareUrl } from '../../lib/urls';

/** The interview facts rendered into the page (`#interview-context`), if any. */
export function pageContext(): InterviewContext | undefined {
  const data = document.getElementById('interview-context');
  return data ? (JSON.parse(data.textContent ?? '{}') as InterviewContext) : undefined;
}

/** The words of a turn as the reader sees them, without the site's own marks ([sic]). */
export function turnText(turn: Element): string {
  const paragraphs = [...turn.querySelectorAll('.turn-text p')].map((p) => {
    const copy = p.cloneNode(true) as Element;
    for (const added of copy.querySelectorAll('[data-editorial]')) added.remove();
    return copy.textContent ?? '';
  });
  return paragraphs.join('\n');
}

/** Absolute URL of a turn in context (its theme page), or of its own page. */
export function turnUrls(interview: string, turn: Element): { inContext: string; own: string } {
  // Every turn carries its theme (on the page around it, or its own data attribute).
  const theme = turn.closest<HTMLElement>('[data-theme]')?.dataset.theme ?? '';
  return {
    inContext: shareUrl(paths.turn(interview, theme, turn.id), location.origin),
    own: shareUrl(paths.quote(interview, turn.id), location.origin),
  };
}
