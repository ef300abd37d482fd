/**
 * The library filter on the home page: shows the interviews that match the chosen person, year
 * and language, says how many, and keeps the choice in the address so it can be linked and
 * survives Back. Keys are ids (person key, year, language subtag), never titles.
 */
const FIELDS = ['person', 'year', 'language'] as const;
type Field = (typeof FIELDS)[number];

/** Whether a library entry matches the chosen values (empty: any). */
function matches(item: HTMLElement, chosen: Record<Field, string>): boolean {
  return (
    (!chosen.person || (item.dataset.people ?? '').split(' ').includes(chosen.person)) &&
    (!chosen.year || item.dataset.year === chosen.year) &&
    (!chosen.language || item.dataset.language === chosen.language)
  );
}

export function startLibraryFilter(): void {
  const form = document.querySelector<HTMLFormElement>('#library-filter');
  if (!form) return;
  const items = [...document.querySelectorAll<HTMLElement>('#library > li')];
  const status = form.querySelector<HTMLElement>('#library-status')!;
  const empty = document.querySelector<HTMLElement>('#library-empty')!;
  const select = (field: Field) => form.elements.namedItem(field) as HTMLSelectElement;

  const apply = (record: boolean) => {
    const chosen = Object.fromEntries(FIELDS.map((f) => [f, select(f).value])) as Record<Field, string>;
    let shown = 0;
    for (const item of items) {
      item.hidden = !matches(item, chosen);
      if (!item.hidden) shown++;
    }
    empty.hidden = shown > 0;
    const filtered = FIELDS.some((f) => chosen[f]);
    status.textContent = filtered ? `${shown} / ${items.length} 篇访谈` : '';
    if (!record) return;
    const url = new URL(location.href);
    for (const f of FIELDS) {
      if (chosen[f]) url.searchParams.set(f, chosen[f]);
      else url.searchParams.delete(f);
    }
    history.replaceState(null, '', url);
  };

  // The address decides on arrival (a shared link, or Back to a filtered list).
  const params = new URLSearchParams(location.search);
  for (const f of FIELDS) {
    const value = params.get(f);
    if (value && [...select(f).options].some((o) => o.value === value)) select(f).value = value;
  }
  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (event) => event.preventDefault());
  // Back to the page restores the form (bfcache or autofill): filter by what it shows.
  window.addEventListener('pageshow', () => apply(false));
  apply(false);
}
