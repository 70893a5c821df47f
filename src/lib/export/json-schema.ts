/**
 * The JSON Schemas confref publishes (schema/ in the repository, /api/schema/
 * on the site), generated from the zod schemas the files are made from.
 */
import { z } from 'zod';
import { registryJsonSchema } from '../registry/json-schema.ts';
import { ApiGroupSchema, ApiOptionSchema, ApiSlugsSchema } from './api.ts';

const api = (schema: z.ZodType, title: string): Record<string, unknown> => ({
  ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', reused: 'ref' }),
  title,
});

/** Name → schema: `registry` for /api/registry.json, `option`, `group` and `slugs` for the rest of /api/. */
export function publishedSchemas(): Record<'registry' | 'option' | 'group' | 'slugs', Record<string, unknown>> {
  return {
    registry: registryJsonSchema(),
    option: api(ApiOptionSchema, 'confref option (/api/<lang>/options/<key>.json)'),
    group: api(ApiGroupSchema, 'confref option group (/api/<lang>/groups/<group>.json)'),
    slugs: api(ApiSlugsSchema, 'confref file names of keys and groups (/api/slugs.json)'),
  };
}
