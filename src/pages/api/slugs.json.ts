/** The file names of keys and groups that are not their own file name (schema: /api/schema/slugs.schema.json). */
import type { APIRoute } from 'astro';
import { apiSlugs } from '../../lib/export/api.ts';
import { siteData } from '../../lib/site/data.ts';
import { jsonResponse } from '../../lib/site/routes.ts';

export const GET: APIRoute = async () => jsonResponse(apiSlugs((await siteData()).options));
