/**
 * The MDX dialect the generated files are compiled with, shared by the site's config
 * (astro.config.mjs) and the tests that compile them. Both extensions are off because they
 * rewrite text: GFM turns bare URLs into links, smart punctuation turns "..." into "…" —
 * a quotation archive must show the source's characters as they are.
 */

/** Options for `@astrojs/mdx`. */
export const MDX_OPTIONS = { gfm: false, smartypants: false } as const;

/** The same, as Sätteri (Astro 7's MDX engine) names its features. */
export const SATTERI_FEATURES = { gfm: MDX_OPTIONS.gfm, smartPunctuation: MDX_OPTIONS.smartypants } as const;
