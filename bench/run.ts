/**
 * `npm run bench`: prints figures, asserts nothing.
 * - parse+validate throughput of the registry build on a generated 10,000-option
 *   note, beside plain remark-gfm parsing of the same text (goal: ≤ 1.5×).
 */
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildRegistry } from '../src/lib/registry/index.ts';
import { syntheticNote } from './synthetic.ts';

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

const fmt = (n: number, digits = 1): string => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

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
console.log(`  confref registry build   ${fmt(ours, 0).padStart(7)} ms   ${fmt(mb / (ours / 1000)).padStart(6)} MB/s   ${fmt(options / (ours / 1000), 0)} options/s (${options} options)`);
console.log(`  ratio                    ${fmt(ours / plain, 2)}× plain remark-gfm (goal ≤ 1.50×)`);

// Site: full build of the bundled content, and the live-reload latency of `astro dev`.
const { buildSite } = await import('../tests/helpers/astro.ts');
const buildStart = performance.now();
const { dist } = buildSite();
const buildMs = performance.now() - buildStart;
const { listFiles } = await import('../tests/helpers/dist.ts');
const htmlPages = listFiles(dist).filter((file) => file.endsWith('.html')).length;
console.log(`\nSite build (bundled content): ${fmt(buildMs / 1000, 1)} s for ${htmlPages} pages`);

// Embeds: the web component and the embed pages as a wiki loads them (brotli).
{
  const { readFileSync: read } = await import('node:fs');
  const { brotliCompressSync } = await import('node:zlib');
  const { join: joinPath } = await import('node:path');
  const br = (file: string) => brotliCompressSync(read(file)).length;
  const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
  const pagesOf = (folder: string) => listFiles(joinPath(dist, folder)).filter((file) => file.endsWith('.html'));
  /** A page and the scripts it loads. */
  const weight = (file: string) => {
    const scripts = [...read(file, 'utf8').matchAll(/<script[^>]*\bsrc="\/([^"]+)"/g)].map((m) => joinPath(dist, m[1]!));
    return { html: br(file), js: scripts.reduce((sum, script) => sum + br(script), 0) };
  };
  console.log(`Embeds: /embed.js ${kb(br(joinPath(dist, 'embed.js')))} brotli (goal ≤ 5 KB)`);
  for (const [label, folder] of [['option card', 'embed/en/options'], ['group', 'embed/en/groups'], ['search', 'embed/en/search']] as const) {
    const weights = pagesOf(folder).map(weight);
    console.log(`  ${label.padEnd(12)} page median ${kb(median(weights.map((w) => w.html)))}, max ${kb(Math.max(...weights.map((w) => w.html)))}; JS on load ${kb(median(weights.map((w) => w.js)))} (${weights.length} pages)`);
  }
}

const { existsSync, cpSync, mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
const { join } = await import('node:path');
const { tmpdir } = await import('node:os');
const { CHROMIUM, launch } = await import('../tests/helpers/browser.ts');
const { root } = await import('../tests/helpers/astro.ts');
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
    writeFileSync(note, readFileSync(note, 'utf8').replace(/The state backend to be used to store and checkpoint state\.( edit-\d+)?/, `The state backend to be used to store and checkpoint state. ${marker}`));
    const start = performance.now();
    await page.waitForFunction((m) => document.querySelector('.confref-description')?.textContent?.includes(m), marker, { timeout: 15_000 });
    samples.push(performance.now() - start);
  }
  await browser.close();
  await dev.stop();
  console.log(`astro dev: note saved → open page shows the change: median ${fmt(median(samples), 0)} ms, max ${fmt(Math.max(...samples), 0)} ms (5 edits)`);
} else {
  console.log(`astro dev reload latency: skipped (no Chromium at ${CHROMIUM})`);
}

// Flink 2.1 from ../shared/corpus/flink: import, registry build, and the full site (page count, time, peak memory).
const corpus = join(root, '../shared/corpus/flink/2.1-SNAPSHOT-8e93850');
if (existsSync(corpus)) {
  const { readdirSync } = await import('node:fs');
  const { importFlinkHtml } = await import('../src/lib/importers/flink-html.ts');
  const files = readdirSync(corpus).filter((name) => name.endsWith('.html')).sort();
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
  console.log(`\nFlink 2.1 corpus (${files.length} HTML files): import ${fmt(importMs, 0)} ms → ${notes.length} notes; registry build ${fmt(registryMs, 0)} ms → ${corpusOptions} options (median of 5)`);
  const out = mkdtempSync(join(tmpdir(), 'confref-bench-21-'));
  for (const note of notes) writeFileSync(join(out, note.path), note.contents);
  const { spawnSync } = await import('node:child_process');
  const { astroEnv } = await import('../tests/helpers/astro.ts');
  const dist = mkdtempSync(join(tmpdir(), 'confref-bench-dist-'));
  // GNU time (Debian package `time`) reports the build's peak memory; without it, only the wall time.
  const gnuTime = existsSync('/usr/bin/time');
  const command = [process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const start = performance.now();
  // GNU time writes its figures last on stderr.
  const build = spawnSync(gnuTime ? '/usr/bin/time' : command[0]!, gnuTime ? ['-f', '%e %M', ...command] : command.slice(1), {
    cwd: root,
    env: astroEnv({ CONFREF_CONTENT: out, CONFREF_OUT_DIR: dist }),
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (build.status !== 0) throw new Error(`site build failed:\n${build.stderr}`);
  const seconds = (performance.now() - start) / 1000;
  const kb = gnuTime ? Number(build.stderr.trim().split('\n').at(-1)!.split(' ')[1]) : NaN;
  const pages = listFiles(dist).filter((file) => file.endsWith('.html')).length;
  console.log(`Full site for Flink 2.1: ${pages} pages in ${fmt(seconds, 1)} s, peak memory ${Number.isNaN(kb) ? 'n/a (no /usr/bin/time)' : `${fmt(kb / 1024, 0)} MiB`}`);
} else {
  console.log('\nFlink 2.1 corpus figures: skipped (no ../shared/corpus/flink)');
}

// Search: bytes before the first result, index build time, query latency, relevance (bench/search.ts).
{
  const { brotliCompressSync } = await import('node:zlib');
  const { benchSearch } = await import('./search.ts');
  // The search code the browser loads on first use (from the bundled-content build above): the search box's script and the core it imports.
  const scripts = listFiles(join(dist, '_astro')).filter((file) => /\/(?:search\.|Search\.astro)[^/]*\.js$/.test(file));
  console.log('');
  benchSearch(scripts.reduce((sum, file) => sum + brotliCompressSync(readFileSync(file)).length, 0));
}
