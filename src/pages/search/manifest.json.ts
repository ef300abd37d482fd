/** `/search/manifest.json`: the glossary and where each interview's corpus is. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { allInterviews } from '../../lib/interviews';
import { bundleDir } from '../../integrations/pagefind';
import { withBase } from '../../lib/urls';
import { corpusUrl, type SearchManifest } from '../../lib/search/corpus';

export const GET: APIRoute = async () => {
  const interviews = await allInterviews();
  const languages = [...new Set(interviews.map((i) => i.language.toLowerCase()))];
  const manifest: SearchManifest = {
    glossary: (await getCollection('glossary')).map((entry) => entry.data),
    interviews: interviews.map((i) => ({ slug: i.slug, title: i.title, corpus: corpusUrl(i.slug) })),
    bundles: languages.map((language) => ({ language, path: withBase(bundleDir(language)) })),
  };
  return Response.json(manifest);
};
