/**
 * `npm run bench`: prints figures, asserts nothing.
 * - parse+validate throughput of the registry build on a generated 10,000-option
 *   note, beside plain remark-gfm parsing of the same text (goal: ≤ 1.5×);
 * - scale: 1k/10k/20k synthetic options, a 100,000-row table, a 5 MB line, an option with a 5 MB description and what
 *   each payload made from it weighs (bench/scale.ts, one process each);
 * - the bundled site's build time, each page type's HTML and JS weight, what the check page's first check of each
 *   format adds, `astro dev` reload latency;
 * - with ../shared/corpus/flink: the Flink 2.1 import and full site (alone and with the seed) beside bare Astro and bare Starlight builds of as many pages (bench/bare, bench/bare-starlight);
 * - with ../shared/corpus/flink: Flink 1.11.3 + 1.20 + 2.1 + the seed, the code cache cold and warm, beside bare Starlight (bench/site.ts);
 * - search: bytes before the first result, latency, relevance (bench/search.ts);
 * - the CLI: wall time of --help, search, export and check, the registry cache cold and warm (bench/cli.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync } from 'node:zlib';
import os from 'node:os';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { INPUT_FORMATS } from '../src/lib/lint/types.ts';
import { buildRegistry } from '../src/lib/registry/index.ts';
import { buildSite, root } from '../tests/helpers/astro.ts';
import { listFiles } from '../tests/helpers/dist.ts';
import { lazyChunks, loadedWith, pageScripts } from '../tests/helpers/page-scripts.ts';
import { writeBarePages } from './bare-pages.ts';
import { benchSiteAtSize } from './site.ts';
import { syntheticNote } from './synthetic.ts';
import { fmt, timedBuild } from './timed-build.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, fn: () => unknown): number {
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

console.log(`confref bench — ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, Node ${process.version}\n`);

const OPTIONS = 10_000;
const note = syntheticNote(OPTIONS);
const bytes = Buffer.byteLength(note);
const runs = 5;
const remark = unified().use(remarkParse).use(remarkGfm);
const plain = time(runs, () => remark.parse(note));
let options = 0;
const ours = time(runs, () => {
  options = buildRegistry([{ path: 'synthetic.md', contents: note }]).registry.options.length;
});
const mb = bytes / 1024 / 1024;
console.log(`Parse + validate, one note of ${OPTIONS.toLocaleString('en')} options (${fmt(mb, 2)} MB), median of ${runs}:`);
console.log(`  plain remark-gfm parse   ${fmt(plain, 0).padStart(7)} ms   ${fmt(mb / (plain / 1000)).padStart(6)} MB/s`);
console.log(
  `  confref registry build   ${fmt(ours, 0).padStart(7)} ms   ${fmt(mb / (ours / 1000)).padStart(6)} MB/s   ${fmt(options / (ours / 1000), 0)} options/s (${options} options)`,
);
console.log(`  ratio                    ${fmt(ours / plain, 2)}× plain remark-gfm (goal ≤ 1.50×)`);

// Scale: each case in its own process (bench/scale.ts), for its wall time and peak memory.
{
  const gnuTime = existsSync('/usr/bin/time');
  const run = (...args: string[]) => {
    const child = spawnSync(
      gnuTime ? '/usr/bin/time' : process.execPath,
      gnuTime ? ['-f', '%e %M', process.execPath, 'bench/scale.ts', ...args] : ['bench/scale.ts', ...args],
      { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    if (child.status !== 0) throw new Error(`bench/scale.ts ${args.join(' ')} failed:\n${child.stderr}`);
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
      bytes: number;
      options: number;
      parseMs: number;
      derivedMs: number;
      payloads?: Record<string, number>;
    };
    const peak = gnuTime ? `${fmt(Number(child.stderr.trim().split('\n').at(-1)!.split(' ')[1]) / 1024, 0)} MiB` : 'n/a';
    return { ...result, peak };
  };
  console.log('\nScale (one process each; peak = maximum resident memory):');
  const perOption: number[] = [];
  for (const count of [1_000, 10_000, 20_000]) {
    const r = run('synthetic', String(count));
    perOption.push((r.parseMs + r.derivedMs) / count);
    console.log(
      `  ${count.toLocaleString('en').padStart(6)} synthetic options: registry ${fmt(r.parseMs / 1000, 1)} s + search bundles and API files (both locales) ${fmt(r.derivedMs / 1000, 1)} s, peak ${r.peak}`,
    );
  }
  console.log(
    `  per option: ${perOption.map((ms) => `${fmt(ms, 2)} ms`).join(' → ')} (linear growth keeps this flat; goal for 20k: ≤ 60 s, ≤ 1.5 GiB)`,
  );
  const rows = run('rows', '100000');
  console.log(`  one table of 100,000 rows (${fmt(rows.bytes / 1024 / 1024, 1)} MB): ${fmt(rows.parseMs / 1000, 1)} s, peak ${rows.peak}`);
  const line = run('line', '5');
  console.log(`  one 5 MB line: ${fmt(line.parseMs / 1000, 1)} s, peak ${line.peak}`);
  // The worst case for one option: a 5 MB description, and what each payload made from it weighs.
  const long = run('description', '5');
  const size = (bytes = 0) => (bytes >= 1024 * 1024 ? `${fmt(bytes / 1024 / 1024, 2)} MB` : `${fmt(bytes / 1024, 1)} KB`);
  const p = long.payloads ?? {};
  console.log(
    `  one option with a 5 MB description: ${fmt(long.parseMs / 1000, 1)} s, peak ${long.peak}; its option page's description parts ${size(p['optionPage'])}, embed card ${size(p['embedCard'])}, API file ${size(p['apiFile'])}, search record ${size(p['searchRecord'])}`,
  );
}

// The worst case per note: notes whose parse cost grows with the square of their length,
// through the worker pool with the default budget (how long one such note holds the build).
{
  const { buildRegistryFrom } = await import('../src/lib/registry/load.ts');
  const { DEFAULT_BUDGET } = await import('../src/lib/registry/parse-pool.ts');
  const table = '| Key | Default | Type | Description |\n| --- | --- | --- | --- |\n';
  const cases: Array<[string, string]> = [
    [
      '16,000 unclosed <!-- in a paragraph',
      `# Export\n\nThe exporter wrote ${'<!-- '.repeat(16_000)}\n\n${table}| lost.key | 1 | Integer | x |\n`,
    ],
    [
      '32,000 unclosed <!-- in a paragraph',
      `# Export\n\nThe exporter wrote ${'<!-- '.repeat(32_000)}\n\n${table}| lost.key | 1 | Integer | x |\n`,
    ],
    ['a run of 20,000 emphasis markers', `# Run\n\n${'*'.repeat(10_000)}a${'*'.repeat(10_000)}\n`],
    ['a row of 20,000 cells', `# Row\n\n${table}| wide.key | 1 | Integer | d ${'| x '.repeat(20_000)}|\n`],
  ];
  console.log(
    `\nWorst cases per note (worker pool, default budget ${DEFAULT_BUDGET.baseMs / 1000} s + ${DEFAULT_BUDGET.msPerMiB / 1000} s/MiB):`,
  );
  for (const [label, text] of cases) {
    const start = performance.now();
    const { files } = await buildRegistryFrom([{ path: 'worst.md', contents: text }], { threads: 1, budget: DEFAULT_BUDGET });
    const stopped = files.some((file) => file.messages.some((m) => m.ruleId === 'too-complex'));
    console.log(
      `  ${label.padEnd(38)} ${fmt((performance.now() - start) / 1000, 1).padStart(5)} s  ${stopped ? 'stopped: too-complex' : 'parsed'}`,
    );
  }
}

// Site: full build of the bundled content, and the live-reload latency of `astro dev`.
const buildStart = performance.now();
const { dist } = buildSite();
const buildMs = performance.now() - buildStart;
const htmlPages = listFiles(dist).filter((file) => file.endsWith('.html')).length;
console.log(`\nSite build (bundled content): ${fmt(buildMs / 1000, 1)} s for ${htmlPages} pages`);

// What each kind of page weighs, the embeds included.
{
  const br = (file: string) => brotliCompressSync(readFileSync(file)).length;
  const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
  const pagesOf = (folder: string) => listFiles(join(dist, folder)).filter((file) => file.endsWith('.html'));
  /** A page, and its scripts: inline ones, and external ones with the modules they import statically. */
  const weight = (file: string) => {
    const html = readFileSync(file, 'utf8');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
    return {
      html: br(file),
      js:
        [...loadedWith(pageScripts(dist, html))].reduce((sum, script) => sum + br(script), 0) +
        (inline ? brotliCompressSync(inline).length : 0),
    };
  };
  console.log(
    `Page weight by type (brotli; JS = the page's scripts and what they import on load; goal ≤ 15 KB on reference pages, the search index aside):`,
  );
  for (const [label, folder] of [
    ['home', 'en/index.html'],
    ['option', 'en/options'],
    ['group', 'en/groups'],
    ['note', 'en/notes'],
    ['search', 'en/search'],
    // Not a reference page: lint's core and its readers load later, as a check needs them (below).
    ['check', 'en/check/index.html'],
    ['glossary', 'en/glossary'],
    ['embed: option', 'embed/en/options'],
    ['embed: group', 'embed/en/groups'],
    ['embed: search', 'embed/en/search'],
  ] as const) {
    const files = folder.endsWith('.html') ? [join(dist, folder)] : pagesOf(folder);
    const weights = files.map(weight);
    console.log(
      `  ${label.padEnd(14)} HTML median ${kb(median(weights.map((w) => w.html))).padStart(7)}, max ${kb(Math.max(...weights.map((w) => w.html))).padStart(7)}; JS median ${kb(median(weights.map((w) => w.js))).padStart(7)}, max ${kb(Math.max(...weights.map((w) => w.js))).padStart(7)} (${weights.length} pages)`,
    );
  }
  console.log(`  /embed.js ${kb(br(join(dist, 'embed.js')))} (goal ≤ 5 KB)`);
  console.log(`  the check page's reference JSON ${kb(br(join(dist, 'en/check/reference.json')))}`);
  // What the check page's first check of each format adds (docs/lint.md, "Weight"): lint's core and the format's
  // reader, each with the chunks it imports that the page has not loaded; the YAML parser with the YAML readers.
  const scripts = pageScripts(dist, readFileSync(join(dist, 'en/check/index.html'), 'utf8'));
  const [onLoad, lazy] = [loadedWith(scripts), lazyChunks(scripts)];
  const firstCheck = INPUT_FORMATS.map((format) => {
    const added = [...loadedWith(['lookup', 'lint-read', format].map((name) => lazy.get(name)!))].filter((file) => !onLoad.has(file));
    return `${format} ${kb(added.reduce((sum, file) => sum + br(file), 0))}`;
  });
  console.log(`  the check page's first check adds (JS, brotli): ${firstCheck.join(', ')}`);
}

const { CHROMIUM, launch } = await import('../tests/helpers/browser.ts');
if (existsSync(CHROMIUM)) {
  const { startDevServer } = await import('../tests/helpers/dev-server.ts');
  const content = mkdtempSync(join(tmpdir(), 'confref-bench-'));
  cpSync(join(root, 'content'), content, { recursive: true });
  const dev = await startDevServer(content);
  const browser = await launch();
  const page = await browser.newPage();
  await page.goto(`${dev.origin}/en/options/state.backend/`);
  const note = join(content, 'checkpointing.md');
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.waitForTimeout(1500);
    const marker = `edit-${i}`;
    writeFileSync(
      note,
      readFileSync(note, 'utf8').replace(
        /The state backend to be used to store and checkpoint state\.( edit-\d+)?/,
        `The state backend to be used to store and checkpoint state. ${marker}`,
      ),
    );
    const start = performance.now();
    await page.waitForFunction((m) => document.querySelector('.confref-description')?.textContent?.includes(m), marker, {
      timeout: 15_000,
    });
    samples.push(performance.now() - start);
  }
  await browser.close();
  await dev.stop();
  console.log(
    `astro dev: note saved → open page shows the change: median ${fmt(median(samples), 0)} ms, max ${fmt(Math.max(...samples), 0)} ms (5 edits)`,
  );
} else {
  console.log(`astro dev reload latency: skipped (no Chromium at ${CHROMIUM})`);
}

// Flink 2.1 from ../shared/corpus/flink: import, registry build, and the full site (page count, time, peak memory).
const corpus = join(root, '../shared/corpus/flink/2.1-SNAPSHOT-8e93850');
if (existsSync(corpus)) {
  const { importFlinkHtml } = await import('../src/lib/importers/flink-html.ts');
  const files = readdirSync(corpus)
    .filter((name) => name.endsWith('.html'))
    .sort();
  const html = files.map((name) => [name, readFileSync(join(corpus, name), 'utf8')] as const);
  let notes: Array<{ path: string; contents: string }> = [];
  const importMs = time(5, () => {
    notes = html.flatMap(([name, text]) => {
      const note = importFlinkHtml(name, text, { version: '2.1' });
      return note ? [{ path: note.file, contents: note.markdown }] : [];
    });
  });
  let corpusOptions = 0;
  const registryMs = time(5, () => {
    corpusOptions = buildRegistry(notes).registry.options.length;
  });
  console.log(
    `\nFlink 2.1 corpus (${files.length} HTML files): import ${fmt(importMs, 0)} ms → ${notes.length} notes; registry build ${fmt(registryMs, 0)} ms → ${corpusOptions} options (median of 5)`,
  );
  const out = mkdtempSync(join(tmpdir(), 'confref-bench-21-'));
  for (const note of notes) writeFileSync(join(out, note.path), note.contents);
  // Every page rendered: the page cache would copy pages from an earlier run of the bench (bench/site.ts measures it).
  const flink = timedBuild({ CONFREF_CONTENT: out, CONFREF_PAGE_CACHE: '0' });
  console.log(
    `Full site, Flink 2.1 as the current version: ${flink.pages} HTML pages + ${flink.json} JSON files in ${fmt(flink.seconds, 1)} s, peak memory ${flink.peak}`,
  );
  // The same with the seed beside it: the seed's notes are the current version, 2.1 lives under /<lang>/v/2.1/.
  const withSeed = mkdtempSync(join(tmpdir(), 'confref-bench-21-seed-'));
  cpSync(out, withSeed, { recursive: true });
  cpSync(join(root, 'content'), withSeed, { recursive: true });
  const seeded = timedBuild({ CONFREF_CONTENT: withSeed, CONFREF_PAGE_CACHE: '0' });
  console.log(
    `Full site, Flink 2.1 plus the seed:            ${seeded.pages} HTML pages + ${seeded.json} JSON files in ${fmt(seeded.seconds, 1)} s, peak memory ${seeded.peak}`,
  );
  // Bare Astro (bench/bare: what Astro itself costs per page) and bare Starlight (bench/bare-starlight: the floor for
  // pages built through StarlightPage) with as many pages as each full site.
  for (const [what, site] of [
    ['Flink 2.1', flink],
    ['Flink 2.1 + seed', seeded],
  ] as const) {
    const bare = timedBuild({ BARE_PAGES: String(site.pages) }, join(root, 'bench/bare'));
    const docs = mkdtempSync(join(tmpdir(), 'confref-bench-bare-docs-'));
    writeBarePages(docs, site.pages - 2);
    const starlight = timedBuild({ BARE_DOCS: docs }, join(root, 'bench/bare-starlight'));
    console.log(
      `${what}: bare Astro, ${bare.pages} plain pages in ${fmt(bare.seconds, 1)} s, peak ${bare.peak}; confref/bare ${fmt(site.seconds / bare.seconds, 1)}× (goal ≤ 2×)`,
    );
    console.log(
      `${what}: bare Starlight, ${starlight.pages} pages in ${fmt(starlight.seconds, 1)} s, peak ${starlight.peak}; Starlight/bare Astro ${fmt(starlight.seconds / bare.seconds, 1)}×, confref/bare Starlight ${fmt(site.seconds / starlight.seconds, 1)}×`,
    );
  }
} else {
  console.log('\nFlink 2.1 corpus figures: skipped (no ../shared/corpus/flink)');
}

// Every imported version beside the seed, the code cache cold and warm, beside bare Starlight (bench/site.ts).
benchSiteAtSize();

// Search: bytes before the first result, index build time, query latency, relevance (bench/search.ts).
{
  const { benchSearch } = await import('./search.ts');
  // The search code the browser loads on first use (from the bundled-content build above): the search box's script and the core it imports.
  const scripts = listFiles(join(dist, '_astro')).filter((file) => /\/(?:search\.|Search\.astro)[^/]*\.js$/.test(file));
  console.log('');
  await benchSearch(scripts.reduce((sum, file) => sum + brotliCompressSync(readFileSync(file)).length, 0));
}

// The CLI: --help, search, export and check, the registry cache cold and warm (bench/cli.ts).
{
  const { benchCli } = await import('./cli.ts');
  console.log('');
  benchCli();
}
