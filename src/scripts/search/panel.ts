/**
 * The header's live results: typing shows the best matching quotes under the search box on
 * any page; Enter in the box (or "all results") opens the search page for the query.
 */
import { paths } from '../../consts';
import { search } from './engine';
import { fromSeveral, navigateWithKeys, renderHit } from './render';
import { count, statusText } from './status';

const SHOWN = 6;

export function startPanel(input: HTMLInputElement): void {
  const form = input.form!;
  const panel = form.querySelector<HTMLElement>('.search-panel')!;
  const list = panel.querySelector<HTMLOListElement>('ol')!;
  const status = panel.querySelector<HTMLElement>('[role="status"]')!;
  const more = panel.querySelector<HTMLAnchorElement>('.search-more')!;
  let generation = 0;

  const close = () => {
    panel.hidden = true;
  };
  const run = async () => {
    const raw = input.value.trim();
    const mine = ++generation;
    if (!raw) return close();
    list.setAttribute('aria-busy', 'true');
    const { query, hits, rest } = await search(raw);
    const unloaded = rest.length;
    if (mine !== generation) return; // a newer keystroke won
    list.setAttribute('aria-busy', 'false');
    const shown = hits.slice(0, SHOWN);
    list.replaceChildren(...shown.map((hit, i) => renderHit(hit, query, `site-search-hit-${i}`, fromSeveral(shown))));
    status.textContent = statusText(status, raw, Math.min(hits.length, SHOWN), hits.length, 'top', unloaded);
    more.href = paths.search(raw);
    more.hidden = hits.length <= SHOWN && unloaded === 0;
    more.textContent = more.dataset.countLabel!.replace('{n}', count(hits.length, unloaded));
    panel.hidden = false;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  navigateWithKeys(input, list, () => {
    input.value = '';
    close();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  if (input.value.trim()) void run();
}
