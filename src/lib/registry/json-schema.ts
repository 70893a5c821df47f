/** The registry's published JSON Schema, generated from the zod schema. */
import { z } from 'zod';
import { RegistrySchema } from './schema.ts';

export function registryJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(RegistrySchema, { target: 'draft-2020-12', io: 'output', reused: 'ref' }),
    title: 'confref option registry',
  };
}
