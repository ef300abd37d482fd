/** What the page's address says about turns. */

/** The turn id in the address, without a text-fragment directive (`#t-1:~:text=…`). */
export function targetId(): string {
  return decodeURIComponent(location.hash.slice(1)).split(':~:')[0] ?? '';
}
