/** The file names of keys and groups that are not their own file name, and the versions' folders (schema: /api/schema/slugs.schema.json). */
import type { APIRoute } from 'astro';
import { apiSlugs } from '../../lib/export/api.ts';
import { siteData } from '../../lib/site/data.ts';
import { jsonResponse } from '../../lib/site/routes.ts';

export const GET: APIRoute = async () => {
  const { registry, current } = await siteData();
  return jsonResponse(apiSlugs(registry.options, current));
};
