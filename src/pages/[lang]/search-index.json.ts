/**
 * The search index of a locale, built at build time from the registry and
 * loaded by the browser on first use of the search box.
 */
import type { APIRoute } from 'astro';
import { LOCALES, type Locale } from '../../lib/registry/schema.ts';
import { searchDocuments } from '../../lib/search/documents.ts';
import { mergeGlossaries } from '../../lib/search/glossary.ts';
import { createSearchIndex, searchDisplay } from '../../lib/search/index.ts';
import { siteData } from '../../lib/site/data.ts';

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const data = await siteData();
  const lang = params['lang'] as Locale;
  const documents = searchDocuments(data.registry, lang, data.current);
  const index = createSearchIndex(documents);
  return new Response(JSON.stringify({ index, display: searchDisplay(documents), glossary: mergeGlossaries(data.registry.glossary) }), { headers: { 'content-type': 'application/json' } });
};
