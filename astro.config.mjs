// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { MDX_OPTIONS } from './scripts/lib/mdx/dialect.ts';
import pagefind from './src/integrations/pagefind.ts';

// The public address of the site, for canonical links. Set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'https://tanlu.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Inside the project, not node_modules: a copy of the project (the hostile-transcript test)
  // with linked node_modules then keeps its own content cache.
  cacheDir: './.astro/cache',
  // Stylesheets always as files: the CSP allows no inline <style>.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    mdx(MDX_OPTIONS),
    // Per-quote pages are for sharing; their content's canonical home is the theme page.
    sitemap({ filter: (page) => !/\/q\/t-/.test(page) && !page.endsWith('/search/') }),
    pagefind(),
  ],
  vite: {
    // Lazy chunks (search, turn tools) need no preload helper in every page's script.
    // One stylesheet for the whole site (the components' styles together are a few KB), cached
    // once, instead of a render-blocking file per component on every page.
    build: { modulePreload: false, cssCodeSplit: false },
  },
  markdown: {
    // Code on the About page; two themes so dark mode gets its own colours without JS.
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark-high-contrast' } },
  },
});
