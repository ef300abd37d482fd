/**
 * The search page: runs the query from `?q=` through Pagefind and lists every matching
 * turn as its own result, linking to `page/?hl=query#turn` so the reader lands on the turn
 * with the words highlighted.
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Word positions of the matches within this sub-result. */
  locations: number[];
  anchor?: { id: string; element: string };
}
interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  options(options: Record<string, unknown>): Promise<void>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads the Pagefind bundle the build wrote, once, on first use. */
function loadPagefind(): Promise<Pagefind> {
  const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
  pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 40 });
    return module;
  });
  return pagefind;
}

/** One turn that matched. */
export interface TurnHit {
  url: string;
  speaker: string;
  theme: string;
  excerpt: string;
}

/**
 * Runs a query; every turn (a sub-result anchored on a turn) becomes a hit. Pagefind lists
 * sub-results in page order; turns that match more of the query come first instead.
 */
export async function searchTurns(query: string): Promise<TurnHit[]> {
  const { results } = await (await loadPagefind()).search(query);
  const pages = await Promise.all(results.map((r) => r.data()));
  return pages
    .flatMap((page) =>
      page.sub_results
        .filter((sub) => sub.anchor?.id.startsWith('t-'))
        .map((sub) => ({ sub, page })),
    )
    .sort((a, b) => b.sub.locations.length - a.sub.locations.length)
    .map(({ sub, page }) => ({
      url: withHighlight(sub.url, query),
      speaker: sub.title,
      theme: page.meta.title ?? '',
      excerpt: sub.excerpt,
    }));
}

/** `/a/b/#t-1` + query → `/a/b/?hl=query#t-1`. */
function withHighlight(url: string, query: string): string {
  const [path, hash = ''] = url.split('#');
  return `${path}?hl=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}

export function startSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-q')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  const header = document.querySelector<HTMLInputElement>('#site-search-q');
  if (header) header.value = query;
  if (!query) {
    input.focus();
    return;
  }
  status.textContent = '正在搜索…';
  searchTurns(query).then(
    (hits) => {
      status.textContent = hits.length === 0 ? `没有找到“${query}”。` : `“${query}”：${hits.length} 段原话`;
      list.replaceChildren(...hits.map(renderHit));
    },
    (error: unknown) => {
      status.textContent = '搜索索引没有加载成功；搜索只在构建好的站点上可用（npm start）。';
      console.error(error);
    },
  );
}

function renderHit(hit: TurnHit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'hit-link';
  const who = document.createElement('span');
  who.className = 'hit-who';
  who.textContent = `${hit.speaker} · ${hit.theme}`;
  const excerpt = document.createElement('span');
  excerpt.className = 'hit-excerpt';
  // Pagefind's excerpt is HTML it escaped itself, with <mark> around the matches.
  excerpt.innerHTML = hit.excerpt;
  link.append(who, excerpt);
  item.append(link);
  return item;
}
