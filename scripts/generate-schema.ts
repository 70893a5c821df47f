/**
 * Writes schema/<name>.schema.json from the zod schemas (`npm run schema`):
 * the registry and the JSON API's files. A test checks the committed files are current.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { publishedSchemas } from '../src/lib/export/json-schema.ts';

const folder = fileURLToPath(new URL('../schema/', import.meta.url));
await mkdir(folder, { recursive: true });
for (const [name, schema] of Object.entries(publishedSchemas())) {
  const target = `${folder}${name}.schema.json`;
  await writeFile(target, `${JSON.stringify(schema, null, 2)}\n`);
  process.stderr.write(`wrote ${target}\n`);
}
