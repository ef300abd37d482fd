/** `/search/<interview>.json`: the exact-match layer's copy of an interview's turns. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpusOf } from '../../lib/search/corpus';
import { allInterviews, type Interview } from '../../lib/interviews';

export const getStaticPaths = (async () =>
  (await allInterviews()).map((interview) => ({ params: { interview: interview.slug }, props: { interview } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(corpusOf((props as { interview: Interview }).interview));
