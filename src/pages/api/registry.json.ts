/** The whole registry (every version, notes, glossary), as `confref registry` writes it; schema: /api/schema/registry.schema.json. */
import type { APIRoute } from 'astro';
import { RegistrySchema } from '../../lib/registry/schema.ts';
import { siteData } from '../../lib/site/data.ts';
import { jsonResponse } from '../../lib/site/routes.ts';

export const GET: APIRoute = async () => jsonResponse(RegistrySchema.parse((await siteData()).registry));
