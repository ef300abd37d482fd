/**
 * The search page's filters — interview, theme, speaker — keyed on ids (interview slug,
 * `interview/theme` slug, speaker name), never on display titles, and kept in the URL
 * (`?q=…&interview=…&theme=…&speaker=…`) so a filtered search can be linked and survives Back.
 */
import type { Hit } from '../../lib/search/rank';
import { fromSeveral, interviewTitleOf } from './render';

export const FILTERS = [
  {
    name: 'interview',
    legend: '访谈',
    value: (hit: Hit) => hit.turn.interview,
    label: interviewTitleOf,
  },
  {
    name: 'theme',
    legend: '主题',
    value: (hit: Hit) => `${hit.turn.interview}/${hit.turn.theme}`,
    label: (hit: Hit) => hit.turn.themeTitle,
  },
  { name: 'speaker', legend: '发言人', value: (hit: Hit) => hit.turn.speaker, label: (hit: Hit) => hit.turn.speaker },
] as const;

export type FilterName = (typeof FILTERS)[number]['name'];
export type Chosen = Record<FilterName, Set<string>>;

/** The filters a URL asks for. */
export function chosenIn(params: URLSearchParams): Chosen {
  return Object.fromEntries(FILTERS.map((f) => [f.name, new Set(params.getAll(f.name))])) as Chosen;
}

/** The URL's search part for a query and filters. */
export function paramsFor(query: string, chosen: Chosen): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const f of FILTERS) for (const value of [...chosen[f.name]].sort()) params.append(f.name, value);
  return params;
}

/** Whether a result passes the filters (none chosen in a group: all pass). */
export function passes(item: HTMLElement, chosen: Chosen): boolean {
  return FILTERS.every((f) => chosen[f.name].size === 0 || chosen[f.name].has(item.dataset[f.name]!));
}

/** A fieldset of checkboxes per filter with two or more values among the hits (or one chosen), with counts. */
export function renderFilters(container: HTMLElement, hits: readonly Hit[], chosen: Chosen): void {
  // Two interviews may each have a theme of one title: then a theme says whose it is.
  const several = fromSeveral(hits);
  const fieldsets = FILTERS.flatMap((f) => {
    const counts = new Map<string, { label: string; count: number }>();
    for (const hit of hits) {
      const value = f.value(hit);
      const label = several && f.name === 'theme' ? `${f.label(hit)} · ${interviewTitleOf(hit)}` : f.label(hit);
      counts.set(value, { label, count: (counts.get(value)?.count ?? 0) + 1 });
    }
    // A chosen value without hits stays listed, so it can be unchecked.
    for (const value of chosen[f.name]) if (!counts.has(value)) counts.set(value, { label: value, count: 0 });
    if (counts.size < 2 && chosen[f.name].size === 0) return [];
    const fieldset = document.createElement('fieldset');
    fieldset.append(Object.assign(document.createElement('legend'), { textContent: f.legend }));
    for (const [value, { label, count }] of counts) {
      const box = Object.assign(document.createElement('input'), {
        type: 'checkbox',
        name: f.name,
        value,
        checked: chosen[f.name].has(value),
      });
      const text = document.createElement('label');
      text.append(box, ` ${label}（${count}）`);
      fieldset.append(text);
    }
    return [fieldset];
  });
  container.replaceChildren(...fieldsets);
}

/** The filters the checkboxes say. */
export function chosenInForm(container: HTMLElement): Chosen {
  return Object.fromEntries(
    FILTERS.map((f) => [
      f.name,
      new Set([...container.querySelectorAll<HTMLInputElement>(`input[name="${f.name}"]:checked`)].map((i) => i.value)),
    ]),
  ) as Chosen;
}
