/**
 * The search page: `/search/?q=…` prefilled and kept in sync while typing, every matching
 * turn as a quote, filters by interview, theme and speaker kept in the URL (a filter change
 * is a history entry, so Back undoes it), the count announced, and the results marked
 * `aria-busy` while a search runs, so "searching" and "no results" are told apart.
 */
import { MORE_PAGE, more, search, type SearchResult } from './engine';
import { chosenIn, chosenInForm, paramsFor, passes, renderFilters, type Chosen } from './filters';
import { fromSeveral, navigateWithKeys, renderHit } from './render';
import { statusText } from './status';

export function startSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const filters = document.querySelector<HTMLElement>('#search-filters')!;
  const hints = document.querySelector<HTMLElement>('#search-hints');
  const moreButton = document.querySelector<HTMLButtonElement>('#search-more')!;
  let generation = 0;
  let last: SearchResult | undefined;
  let chosen: Chosen = chosenIn(new URLSearchParams(location.search));

  const writeUrl = (mode: 'push' | 'replace') => {
    const url = new URL(location.href);
    url.search = paramsFor(input.value.trim(), chosen).toString();
    if (url.href === location.href) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  /** Shows a result: its hits, their filters, the count, and "more" while it has turns not loaded. */
  const show = (result: SearchResult) => {
    last = result;
    const several = fromSeveral(result.hits);
    list.replaceChildren(...result.hits.map((hit, i) => renderHit(hit, result.query, `search-hit-${i}`, several)));
    renderFilters(filters, result.hits, chosen);
    applyFilters();
    moreButton.hidden = result.rest.length === 0;
    moreButton.textContent = moreButton.dataset.label!.replace('{n}', String(Math.min(MORE_PAGE, result.rest.length)));
  };

  const applyFilters = () => {
    let shown = 0;
    for (const item of list.querySelectorAll<HTMLLIElement>('li')) {
      item.hidden = !passes(item, chosen);
      if (!item.hidden) shown++;
    }
    if (last) status.textContent = statusText(status, last.query.raw, shown, last.hits.length, 'filtered', last.rest.length);
  };

  const run = async () => {
    const raw = input.value.trim();
    writeUrl('replace');
    document.title = raw ? `${raw} · 搜索 · 谈录` : '搜索 · 谈录';
    const mine = ++generation;
    if (hints) hints.hidden = Boolean(raw);
    if (!raw) {
      list.replaceChildren();
      filters.replaceChildren();
      moreButton.hidden = true;
      status.textContent = '';
      list.removeAttribute('aria-busy');
      return;
    }
    status.textContent = '正在搜索…';
    list.setAttribute('aria-busy', 'true');
    const started = performance.now();
    let result: SearchResult;
    try {
      result = await search(raw);
    } catch (error) {
      if (mine === generation) {
        status.textContent = '搜索没有加载成功；搜索只在构建好的站点上可用（npm start）。';
        list.removeAttribute('aria-busy');
      }
      throw error;
    }
    if (mine !== generation) return;
    show(result);
    list.setAttribute('aria-busy', 'false');
    // Read by `npm run bench` and the query-set tests, once the results are shown; costs nothing when nobody looks.
    performance.measure('tanlu:search', { start: started, detail: raw });
  };

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    chosen = chosenIn(params);
    const q = params.get('q') ?? '';
    if (q !== input.value.trim() || !last) {
      input.value = q;
      void run();
    } else {
      for (const box of filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
        box.checked = chosen[box.name as keyof Chosen]?.has(box.value) ?? false;
      applyFilters();
    }
  };

  input.value = new URLSearchParams(location.search).get('q') ?? '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  input.form!.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  moreButton.addEventListener('click', async () => {
    if (!last) return;
    const mine = generation;
    const before = new Set(last.hits.map((h) => h.turn.key));
    list.setAttribute('aria-busy', 'true');
    const result = await more(last);
    if (mine !== generation) return; // a new search replaced this one
    show(result);
    list.setAttribute('aria-busy', 'false');
    // Keyboard and screen-reader users go on where the new quotes begin (or stay on the button).
    const added = [...list.querySelectorAll<HTMLLIElement>('li:not([hidden])')].find((li) => !before.has(li.dataset.key!));
    (added?.querySelector<HTMLAnchorElement>('a.hit-link') ?? moreButton).focus();
  });
  filters.addEventListener('change', () => {
    chosen = chosenInForm(filters);
    writeUrl('push');
    applyFilters();
  });
  window.addEventListener('popstate', fromUrl);
  navigateWithKeys(input, list, () => {
    input.value = '';
    void run();
  });
  if (input.value) void run();
  else input.focus();
}
