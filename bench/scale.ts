/**
 * One measured run for `npm run bench`, in its own process so its peak
 * memory can be read (GNU time): prints one JSON line.
 *   node bench/scale.ts synthetic N  — registry build of N options, then both locales' search bundles and API files
 *   node bench/scale.ts rows N       — one table of N rows
 *   node bench/scale.ts line MB      — one paragraph line of MB megabytes
 */
import { performance } from 'node:perf_hooks';
import { apiOption } from '../src/lib/export/api.ts';
import { buildRegistry } from '../src/lib/registry/index.ts';
import { searchDocuments } from '../src/lib/search/documents.ts';
import { bundleSearch } from '../src/lib/search/index.ts';
import { limitHeapGrowth } from '../src/lib/runtime/heap-growth.ts';
import { syntheticNote } from './synthetic.ts';

// As the `confref` command and the site build run (CONFREF_HEAP_GROWTH=0 for V8's default).
limitHeapGrowth();

const [kind, size] = [process.argv[2], Number(process.argv[3])];
let text: string;
if (kind === 'synthetic') text = syntheticNote(size);
else if (kind === 'rows') text = `# Rows\n\n| Key | Default | Type | Description |\n| --- | --- | --- | --- |\n${Array.from({ length: size }, (_, i) => `| rows.option-${i} | ${i} | Integer | Row ${i} of a very long table. |`).join('\n')}\n`;
else if (kind === 'line') text = `# Line\n\n${'word '.repeat(Math.round((size * 1024 * 1024) / 5))}\n`;
else throw new Error('usage: node bench/scale.ts synthetic|rows|line SIZE');

const start = performance.now();
const { registry } = buildRegistry([{ path: `${kind}.md`, contents: text }]);
const parseMs = performance.now() - start;
let derivedMs = 0;
if (kind === 'synthetic') {
  const derived = performance.now();
  for (const lang of ['en', 'zh'] as const) {
    bundleSearch(searchDocuments(registry, lang, null), { glossary: registry.glossary });
    for (const option of registry.options) apiOption(option, lang, `/${lang}/options/${option.key}/`);
  }
  derivedMs = performance.now() - derived;
}
console.log(JSON.stringify({ kind, size, bytes: Buffer.byteLength(text), options: registry.options.length, parseMs: Math.round(parseMs), derivedMs: Math.round(derivedMs) }));
