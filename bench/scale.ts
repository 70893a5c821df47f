/**
 * One measured run for `npm run bench`, in its own process so its peak
 * memory can be read (GNU time): prints one JSON line.
 *   node bench/scale.ts synthetic N  — registry build of N options, then both locales' search bundles and API files
 *   node bench/scale.ts rows N       — one table of N rows
 *   node bench/scale.ts line MB      — one paragraph line of MB megabytes
 *   node bench/scale.ts description MB — one option whose description is a line of MB megabytes, and what
 *                                        each payload made from that option weighs (see registry/budgets.ts)
 */
import { performance } from 'node:perf_hooks';
import { apiOption } from '../src/lib/export/api.ts';
import { exportOptions } from '../src/lib/export/index.ts';
import { optionSummary } from '../src/lib/export/summary.ts';
import { DESCRIPTION_SUMMARY_CHARS, META_DESCRIPTION_CHARS } from '../src/lib/registry/budgets.ts';
import { cutText } from '../src/lib/registry/cut-text.ts';
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
else if (kind === 'rows')
  text = `# Rows\n\n| Key | Default | Type | Description |\n| --- | --- | --- | --- |\n${Array.from({ length: size }, (_, i) => `| rows.option-${i} | ${i} | Integer | Row ${i} of a very long table. |`).join('\n')}\n`;
else if (kind === 'line') text = `# Line\n\n${'word '.repeat(Math.round((size * 1024 * 1024) / 5))}\n`;
else if (kind === 'description') {
  // Words and Chinese only: runs of emphasis or entities in one cell make micromark's parse grow faster than the text.
  const unit = 'Some words in 中文, ';
  text = `# Description\n\n| Key | Default | Type | Description |\n| --- | --- | --- | --- |\n| long.option | 1 | Integer | ${unit.repeat(Math.round((size * 1024 * 1024) / Buffer.byteLength(unit)))}|\n`;
} else throw new Error('usage: node bench/scale.ts synthetic|rows|line|description SIZE');

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
/** Bytes of what one option's description puts in each payload, as the site makes them (the page's markup around them not counted). */
let payloads: Record<string, number> | undefined;
if (kind === 'description') {
  const option = registry.options[0]!;
  const url = `/en/options/${option.key}/`;
  const bytes = (value: string) => Buffer.byteLength(value);
  const description = option.descriptions.en!;
  const copyAs = (['md', 'confluence', 'html'] as const).map((format) =>
    bytes(exportOptions(format, [option], 'en', () => url, DESCRIPTION_SUMMARY_CHARS)),
  );
  payloads = {
    // The option page: the description once, its meta description and the three "copy as" strings.
    optionPage:
      bytes(description.html) + bytes(cutText(description.text, META_DESCRIPTION_CHARS).text) + copyAs.reduce((sum, n) => sum + n, 0),
    embedCard: bytes(optionSummary(option, 'en', DESCRIPTION_SUMMARY_CHARS, url)!.html),
    apiFile: bytes(JSON.stringify(apiOption(option, 'en', url, DESCRIPTION_SUMMARY_CHARS))),
    searchRecord: bytes(JSON.stringify(searchDocuments(registry, 'en', null)[0])),
  };
}
console.log(
  JSON.stringify({
    kind,
    size,
    bytes: Buffer.byteLength(text),
    options: registry.options.length,
    parseMs: Math.round(parseMs),
    derivedMs: Math.round(derivedMs),
    payloads,
  }),
);
