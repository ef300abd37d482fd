/** `/robots.txt`: everything may be crawled; the sitemap (only built with TANLU_SITE) says where the pages are. */
import type { APIRoute } from 'astro';
import { paths } from '../consts';
import { siteUrl } from '../lib/urls';

// A host serves robots.txt from its root only; under a base path this file is a harmless copy.
export const GET: APIRoute = () => {
  const sitemap = siteUrl(paths.sitemap());
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
