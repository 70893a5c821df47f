/**
 * Writes schema/registry.schema.json from the zod schema (`npm run schema`).
 * A test checks the committed file is current.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { registryJsonSchema } from '../src/lib/registry/json-schema.ts';

const target = fileURLToPath(new URL('../schema/registry.schema.json', import.meta.url));
await mkdir(fileURLToPath(new URL('../schema/', import.meta.url)), { recursive: true });
await writeFile(target, `${JSON.stringify(registryJsonSchema(), null, 2)}\n`);
process.stderr.write(`wrote ${target}\n`);
