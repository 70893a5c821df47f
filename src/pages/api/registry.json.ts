/** The whole registry (every version, notes, glossary), as `confref registry` writes it; schema: /api/schema/registry.schema.json. */
import type { APIRoute } from 'astro';
import { registryJson } from '../../lib/registry/json-schema.ts';
import { siteData } from '../../lib/site/data.ts';
import { jsonResponse } from '../../lib/site/routes.ts';

export const GET: APIRoute = async () => {
  const { registry } = await siteData();
  return jsonResponse(registry, registryJson(registry));
};
