/**
 * Every URL the site prints or requests is made here, so where it is published is two settings
 * read by astro.config.mjs: the base path (`TANLU_BASE`, e.g. `/tanlu/`) and the public address
 * (`TANLU_SITE`, e.g. `https://example.org`). Pages and browser scripts share this module: Vite
 * writes Astro's `base` and `site` into both as `import.meta.env.BASE_URL` and `.SITE`, so a
 * script never has to guess the base from the address bar (the model: Starlight's
 * `utils/base.ts`).
 */

/** The base path, always with a trailing slash: `/` or `/tanlu/`. */
export const BASE = ensureTrailingSlash(import.meta.env.BASE_URL ?? '/');

/** The configured public address (`https://example.org/tanlu/`), or undefined when none was set. */
export const SITE: string | undefined = import.meta.env.SITE ? new URL(BASE, import.meta.env.SITE).href : undefined;

function ensureTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** A path inside the site (`zhou/q/t-1/`, with or without a leading slash) as served: `/tanlu/zhou/q/t-1/`. */
export function withBase(path: string): string {
  return BASE + path.replace(/^\/+/, '');
}

/**
 * A served path moved onto another base. For code that Vite loads with the configuration, before
 * Astro knows the base (the integrations): there `BASE` is `/`, and the real base comes from
 * the `astro:config:done` hook.
 */
export function rebase(servedPath: string, base: string): string {
  return ensureTrailingSlash(base) + withoutBase(servedPath);
}

/**
 * The site path of a served path, without the base (`/tanlu/zhou/` → `zhou/`). Only for what the
 * address is the sole source of, such as the 404 page, which knows nothing but the address it
 * was asked for.
 */
export function withoutBase(pathname: string): string {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return path.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\/+/, '');
}

/**
 * The absolute address of a served path (from `withBase`) on the configured site, for canonical
 * links, Open Graph, the sitemap and JSON-LD. Undefined without `TANLU_SITE`: better no
 * canonical URL than one on a made-up host.
 */
export function siteUrl(servedPath: string): string | undefined {
  return SITE ? new URL(servedPath, SITE).href : undefined;
}

/**
 * The absolute address readers copy or cite: on the configured site, or, when none is configured,
 * where the page is being read (`origin`, the browser's `location.origin`).
 */
export function shareUrl(servedPath: string, origin: string): string {
  return siteUrl(servedPath) ?? new URL(servedPath, origin).href;
}

/** An absolute URL as printed under a turn: without the scheme (`example.org/tanlu/zhou/q/t-1/`). */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
