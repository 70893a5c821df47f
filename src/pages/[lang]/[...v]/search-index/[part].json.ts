/**
 * The search index of a version in a locale as the browser loads it:
 * `core.json` on first use, then `t-<shard>.json` for the terms of a query
 * and `d-<chunk>.json` for the results shown (lib/search/bundle.ts).
 */
import type { APIRoute } from 'astro';
import { allVersions } from '../../../../lib/site/data.ts';
import { searchIndexPart, searchIndexRoutes } from '../../../../lib/site/search-index.ts';

export async function getStaticPaths() {
  return (await allVersions()).flatMap(searchIndexRoutes);
}

export const GET: APIRoute = searchIndexPart;
