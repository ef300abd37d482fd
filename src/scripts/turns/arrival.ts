/**
 * Arriving at a turn: by a search result or a quote link (`?hl=words#t-xxxx`) the words are
 * marked in the turn, as one phrase, with a button to clear them; by a link whose turn has
 * moved or retired, the reader is taken to where it lives now, with a note.
 */
import { paths } from '../../consts';
import type { InterviewCorpus } from '../../lib/search/corpus';
import { corpusUrl } from '../../lib/search/links';
import { clearHighlights, highlightPhrase } from '../../lib/search/highlight-dom';
import { targetId } from './address';
import { announce } from './clipboard';
import { words } from './words';

export async function arrival(interview: string | undefined): Promise<void> {
  const id = targetId();
  if (!id.startsWith('t-')) return;
  const turn = document.getElementById(id);
  if (!turn) {
    if (interview) await forward(interview, id);
    return;
  }
  const params = new URLSearchParams(location.search);
  const moved = params.get('moved');
  if (moved) noteMoved(turn, moved, params.get('reason'));
  const phrase = params.get('hl')?.trim();
  // The site marks the words itself even where the browser also follows a text fragment:
  // browsers match fragments on word boundaries, which Chinese text cut mid-word may miss.
  if (phrase && highlightPhrase(turn.querySelector('.turn-text')!, phrase) > 0) offerClear(turn);
  const mark = turn.querySelector('mark.search-mark');
  if (!mark) return;
  // After the browser's own jump to the #fragment (at load), which would put the turn's top,
  // not the marked words, in view.
  const show = () => requestAnimationFrame(() => mark.scrollIntoView({ block: 'center' }));
  if (document.readyState === 'complete') show();
  else window.addEventListener('load', show, { once: true });
}

function offerClear(turn: HTMLElement): void {
  turn.classList.add('is-search-target');
  const clear = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'clear-highlight',
    textContent: words().script.clearHighlight,
  });
  turn.querySelector('.turn-header, .actions')?.append(clear);
  clear.addEventListener('click', () => {
    clearHighlights(turn.querySelector('.turn-text')!);
    turn.classList.remove('is-search-target');
    clear.remove();
    const url = new URL(location.href);
    url.searchParams.delete('hl');
    history.replaceState(null, '', url);
    announce(words().script.cleared);
  });
}

function noteMoved(turn: HTMLElement, moved: string, reason: string | null): void {
  const note = document.createElement('p');
  note.className = 'moved-note';
  note.setAttribute('role', 'note');
  const w = words().script;
  note.textContent = reason === 'merged' ? w.mergedHere(moved) : reason === 'removed' ? w.removedHere(moved) : w.movedHere(moved);
  turn.before(note);
}

/** The id is not on this page: find where it lives now (another theme, or retired) and go there. */
async function forward(interview: string, id: string): Promise<void> {
  const response = await fetch(corpusUrl(interview)).catch(() => undefined);
  if (!response?.ok) return;
  const corpus = (await response.json()) as InterviewCorpus;
  const retired = corpus.retired.find((r) => r.id === id);
  const target = corpus.turns.find((t) => t.id === (retired?.to ?? id));
  if (!target) return;
  const [path, hash] = paths.turn(interview, target.theme, target.id).split('#');
  const query = new URLSearchParams(location.search);
  query.set('moved', id);
  if (retired) query.set('reason', retired.reason);
  location.replace(`${path}?${query}#${hash}`);
}
