// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { MDX_OPTIONS } from './scripts/lib/mdx/dialect.ts';
import headers from './src/integrations/headers.ts';
import pagefind from './src/integrations/pagefind.ts';

// Where the site is published (README, "Publish"): TANLU_SITE is its public address
// (canonical links, Open Graph, sitemap, citations; without it the site claims no address),
// TANLU_BASE the path it is served under (`/tanlu/` for https://user.github.io/tanlu/).
// Every URL is made from these by src/lib/urls.ts.
const { site, base } = deployment(process.env);

/** @param {NodeJS.ProcessEnv} env */
function deployment(env) {
  const site = env.TANLU_SITE || undefined;
  const base = env.TANLU_BASE || '/';
  if (site && !/^https?:\/\/[^/]+/.test(site)) fail(`TANLU_SITE is "${site}", not an address: set it like TANLU_SITE=https://example.org`);
  if (site && new URL(site).pathname !== '/')
    fail(
      `TANLU_SITE is "${site}", with a path: put the path in TANLU_BASE (TANLU_SITE=${new URL(site).origin} TANLU_BASE=${new URL(site).pathname})`,
    );
  if (!base.startsWith('/') || /[?#\s]/.test(base)) fail(`TANLU_BASE is "${base}", not a path: set it like TANLU_BASE=/tanlu/`);
  return { site, base: base.endsWith('/') ? base : `${base}/` };
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`tanlu: ${message}`);
  process.exit(1);
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Inside the project, not node_modules: a copy of the project (the hostile-transcript test)
  // with linked node_modules then keeps its own content cache.
  cacheDir: './.astro/cache',
  // Never inline styles or scripts into the page: the CSP allows the site's own files only
  // (src/layouts/Base.astro), so a small component's <style> or <script> must be a file too.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    mdx(MDX_OPTIONS),
    // Per-quote pages are for sharing; their content's canonical home is the theme page. A
    // sitemap lists absolute addresses, so there is none without TANLU_SITE.
    ...(site ? [sitemap({ filter: (page) => !/\/q\/t-/.test(page) && !page.endsWith('/search/') })] : []),
    pagefind(),
    headers(),
  ],
  vite: {
    // Lazy chunks (search, turn tools) need no preload helper in every page's script.
    // assetsInlineLimit 0: Astro would inline a small page script, which the CSP blocks.
    // One stylesheet for the whole site (the components' styles together are a few KB), cached
    // once, instead of a render-blocking file per component on every page.
    build: { modulePreload: false, assetsInlineLimit: 0, cssCodeSplit: false },
  },
  markdown: {
    // Code on the About page; two themes so dark mode gets its own colours without JS.
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark-high-contrast' } },
  },
});
