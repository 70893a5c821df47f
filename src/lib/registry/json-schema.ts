/** The registry's published JSON Schema, generated from the zod schema. */
import { z } from 'zod';
import { RegistrySchema } from './schema.ts';

export function registryJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(RegistrySchema, { target: 'draft-2020-12', io: 'output', reused: 'ref' }),
    title: 'confref option registry',
  };
}

/**
 * The registry as JSON, after checking it against the schema. The checked
 * object itself is written, not zod's copy: zod rebuilds records by
 * assignment, which drops a `__proto__` key (a column or map entry so named).
 */
export function registryJson(registry: unknown, space?: number): string {
  RegistrySchema.parse(registry);
  return JSON.stringify(registry, null, space);
}
