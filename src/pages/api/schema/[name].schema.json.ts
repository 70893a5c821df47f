/** The JSON Schemas of the API's files (the same files as schema/ in the repository). */
import type { APIRoute } from 'astro';
import { publishedSchemas } from '../../../lib/export/json-schema.ts';
import { jsonResponse } from '../../../lib/site/routes.ts';

export function getStaticPaths() {
  return Object.entries(publishedSchemas()).map(([name, schema]) => ({ params: { name }, props: { schema } }));
}

export const GET: APIRoute = ({ props }) => jsonResponse(props['schema']);
