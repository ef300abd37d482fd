/**
 * The search page: `/search/?q=…` prefilled and kept in sync while typing, every matching
 * turn as a quote, filters by theme and speaker, and the count announced.
 */
import { search, type SearchResult } from './engine';
import { navigateWithKeys, renderHit } from './render';
import { statusText } from './status';

export function startSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const filters = document.querySelector<HTMLElement>('#search-filters')!;
  let generation = 0;
  let last: SearchResult | undefined;

  const applyFilters = () => {
    const chosen = (name: string) => new Set([...filters.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value));
    const themes = chosen('theme');
    const speakers = chosen('speaker');
    let shown = 0;
    for (const item of list.querySelectorAll<HTMLLIElement>('li')) {
      item.hidden = (themes.size > 0 && !themes.has(item.dataset.theme!)) || (speakers.size > 0 && !speakers.has(item.dataset.speaker!));
      if (!item.hidden) shown++;
    }
    if (last) status.textContent = statusText(last.query.raw, shown, last.hits.length);
  };

  const run = async () => {
    const raw = input.value.trim();
    const url = new URL(location.href);
    if (raw) url.searchParams.set('q', raw);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    document.title = raw ? `${raw} · 搜索 · 谈录` : '搜索 · 谈录';
    const mine = ++generation;
    if (!raw) {
      list.replaceChildren();
      filters.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = '正在搜索…';
    const started = performance.now();
    try {
      last = await search(raw);
      // Read by `npm run bench`; costs nothing when nobody looks.
      performance.measure('tanlu:search', { start: started, detail: raw });
    } catch (error) {
      status.textContent = '搜索没有加载成功；搜索只在构建好的站点上可用（npm start）。';
      throw error;
    }
    if (mine !== generation) return;
    list.replaceChildren(...last.hits.map((hit, i) => renderHit(hit, last!.query, `search-hit-${i}`)));
    renderFilters(filters, last);
    applyFilters();
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
  filters.addEventListener('change', applyFilters);
  navigateWithKeys(input, list, () => {
    input.value = '';
    void run();
  });
  if (input.value) void run();
  else input.focus();
}

/** A checkbox per theme and per speaker among the hits, with counts. */
function renderFilters(container: HTMLElement, { hits }: SearchResult): void {
  const group = (name: string, legend: string, values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    if (counts.size < 2) return [];
    const fieldset = document.createElement('fieldset');
    fieldset.append(Object.assign(document.createElement('legend'), { textContent: legend }));
    for (const [value, count] of counts) {
      const label = document.createElement('label');
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', name, value });
      label.append(box, ` ${value}（${count}）`);
      fieldset.append(label);
    }
    return [fieldset];
  };
  container.replaceChildren(
    ...group('theme', '主题', hits.map((h) => h.turn.themeTitle)),
    ...group('speaker', '发言人', hits.map((h) => h.turn.speaker)),
  );
}
