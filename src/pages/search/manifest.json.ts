/** `/search/manifest.json`: the glossary and where each interview's corpus is. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { allInterviews } from '../../lib/interviews';
import { corpusUrl, type SearchManifest } from '../../lib/search/corpus';

export const GET: APIRoute = async () => {
  const manifest: SearchManifest = {
    glossary: (await getCollection('glossary')).map((entry) => entry.data),
    interviews: (await allInterviews()).map((i) => ({ slug: i.slug, title: i.title, corpus: corpusUrl(i.slug) })),
  };
  return Response.json(manifest);
};
