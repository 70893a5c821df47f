/** The search index of a locale in an older version, for the search box on that version's pages. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../../../lib/site/data.ts';
import { searchIndexPart, searchIndexRoutes } from '../../../../../lib/site/search-index.ts';

export async function getStaticPaths() {
  const data = await siteData();
  return data.versions
    .filter((version) => version !== null && version !== data.current)
    .flatMap((version) => searchIndexRoutes(data, version));
}

export const GET: APIRoute = searchIndexPart;
