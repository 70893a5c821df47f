/**
 * The search index of a locale as the browser loads it, built at build time
 * from the registry: `core.json` on first use, then `t-<shard>.json` for the
 * terms of a query and `d-<chunk>.json` for the results shown (bundle.ts).
 */
import type { APIRoute } from 'astro';
import { LOCALES } from '../../../lib/registry/schema.ts';
import { searchDocuments } from '../../../lib/search/documents.ts';
import { bundleSearch } from '../../../lib/search/index.ts';
import { siteData } from '../../../lib/site/data.ts';

export async function getStaticPaths() {
  const data = await siteData();
  return LOCALES.flatMap((lang) => {
    const bundle = bundleSearch(searchDocuments(data.registry, lang, data.current), { glossary: data.registry.glossary });
    return [
      { params: { lang, part: 'core' }, props: { body: bundle.core } },
      ...Object.entries(bundle.shards).map(([name, shard]) => ({ params: { lang, part: `t-${name}` }, props: { body: shard } })),
      ...bundle.display.map((rows, chunk) => ({ params: { lang, part: `d-${chunk}` }, props: { body: rows } })),
    ];
  });
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props['body']), { headers: { 'content-type': 'application/json' } });
