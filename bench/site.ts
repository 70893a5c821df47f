/**
 * The site at size (issue 17): Flink 1.11.3, 1.20 and 2.1 imported beside the seed, built cold (no code cache, no
 * page cache), again unchanged (warm: Astro's incremental build copies every page), and once more after one note is
 * edited (every page rendered, its code from the code cache); beside a bare Starlight site of as many Markdown pages
 * of similar size (bench/bare-starlight, pages from bench/bare-pages.ts), built cold and warm. Prints wall time, peak
 * resident memory and the ratios, and whether the cold and warm builds wrote the same bytes. `node bench/site.ts`
 * runs it alone; `npm run bench` runs it too. Needs ../shared/corpus/flink (skipped without it).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFlinkHtml } from '../src/lib/importers/flink-html.ts';
import { codeStoreDir, codeStoreSize } from '../src/lib/caches/code-store.ts';
import { root } from '../tests/helpers/astro.ts';
import { listFiles } from '../tests/helpers/dist.ts';
import { FLINK_CORPUS_VERSIONS } from '../tests/helpers/flink-corpus.ts';
import { writeBarePages } from './bare-pages.ts';
import { fmt, timedBuild, type TimedBuild } from './timed-build.ts';

/** Every file of an output folder and a hash of its bytes. */
function outputDigest(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file.slice(dir.length), createHash('sha1').update(readFileSync(file)).digest('hex')]));
}

/** Whether two outputs hold the same files with the same bytes. */
function sameOutput(a: Map<string, string>, b: Map<string, string>): { same: boolean; differing: string[] } {
  const differing = [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file));
  return { same: differing.length === 0, differing: differing.slice(0, 5) };
}

/** Astro's incremental build cache of a project (its manifest and its copies of the pages), as Astro places it. */
function astroPageCache(project: string): string[] {
  return [join(project, 'node_modules/.astro/incremental-build.json'), join(project, 'node_modules/.astro/dist')];
}

/**
 * Between builds: the last build's output is deleted, and the kernel's page cache dropped where the bench may (root):
 * on the project's machine, a page cache filled by earlier builds' writes slowed a build by up to 60 %.
 */
function settle(...outputs: string[]): void {
  for (const out of outputs) rmSync(out, { recursive: true, force: true });
  try {
    writeFileSync('/proc/sys/vm/drop_caches', '3\n');
  } catch {
    // Not root, or not Linux: the figures are noisier.
  }
}

export function benchSiteAtSize(): void {
  const corpus = join(root, '../shared/corpus/flink');
  if (!FLINK_CORPUS_VERSIONS.every(([folder]) => existsSync(join(corpus, folder)))) {
    console.log('\nSite at size (Flink 1.11.3 + 1.20 + 2.1 + seed): skipped (no ../shared/corpus/flink)');
    return;
  }
  const content = mkdtempSync(join(tmpdir(), 'confref-bench-versions-'));
  cpSync(join(root, 'content'), content, { recursive: true });
  for (const [folder, version] of FLINK_CORPUS_VERSIONS) {
    mkdirSync(join(content, version));
    for (const name of readdirSync(join(corpus, folder)).filter((n) => n.endsWith('.html'))) {
      const note = importFlinkHtml(name, readFileSync(join(corpus, folder, name), 'utf8'), { version });
      if (note) writeFileSync(join(content, version, note.file), note.markdown);
    }
  }
  // Cold: no highlighted code and no pages kept from before. Both caches belong to this project folder, as for `npm run build`.
  for (const path of [codeStoreDir(root), ...astroPageCache(root)]) rmSync(path, { recursive: true, force: true });
  // Every build writes to the same folder, as `npm run build` does: Astro's hash of a page's code names the output
  // folder (its astro:assets module), so pages are copied only from a build into the same folder.
  const out = mkdtempSync(join(tmpdir(), 'confref-bench-dist-'));
  const env = { CONFREF_CONTENT: content, CONFREF_OUT_DIR: out };
  settle();
  const cold = timedBuild(env);
  const coldOutput = outputDigest(out);
  settle(out);
  const warm = timedBuild(env);
  const output = sameOutput(coldOutput, outputDigest(out));
  settle(out);
  // One note edited: every page is rendered again (the page key changed), its code from the code cache.
  const note = join(content, 'en/checkpointing.md');
  writeFileSync(note, `${readFileSync(note, 'utf8')}\nEdited for the benchmark.\n`);
  const edited = timedBuild(env);
  settle(out);
  const stored = codeStoreSize(codeStoreDir(root));
  console.log(`\nSite at size: Flink ${FLINK_CORPUS_VERSIONS.map(([, v]) => v).join(' + ')} + the seed (as main builds them today)`);
  console.log(
    `  confref, cold (no code cache, no page cache): ${cold.pages} HTML pages + ${cold.json} JSON files in ${fmt(cold.seconds)} s, peak ${cold.peak} (goal ≤ 1 GiB)`,
  );
  console.log(
    `  confref, warm (unchanged content: pages copied from the last build): ${fmt(warm.seconds)} s, peak ${warm.peak}; output ${output.same ? 'byte-identical to the cold build' : `DIFFERS: ${output.differing.join(', ')}`}`,
  );
  console.log(`  confref, one note edited (every page rendered, code from the code cache): ${fmt(edited.seconds)} s, peak ${edited.peak}`);
  console.log(`  code cache on disk: ${stored.blocks} blocks, ${fmt(stored.bytes / 1024 / 1024)} MiB`);
  const docs = mkdtempSync(join(tmpdir(), 'confref-bench-bare-docs-'));
  // As many pages: the generated ones, the index and Starlight's 404.
  writeBarePages(docs, cold.pages - 2);
  const bareProject = join(root, 'bench/bare-starlight');
  // Cold: without Astro's caches (its content store of rendered Markdown, Vite's); warm: the same build again.
  for (const cache of ['node_modules/.astro', 'node_modules/.vite', '.astro'])
    rmSync(join(bareProject, cache), { recursive: true, force: true });
  settle();
  const bareCold = timedBuild({ BARE_DOCS: docs }, bareProject);
  settle(bareCold.out);
  const bareWarm = timedBuild({ BARE_DOCS: docs }, bareProject);
  settle(bareWarm.out);
  rmSync(docs, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
  console.log(
    `  bare Starlight, ${bareCold.pages} Markdown pages: cold ${fmt(bareCold.seconds)} s (peak ${bareCold.peak}), warm ${fmt(bareWarm.seconds)} s (peak ${bareWarm.peak})`,
  );
  const ratio = (a: TimedBuild, b: TimedBuild) => fmt(a.seconds / b.seconds, 2);
  console.log(
    `  ratios to bare Starlight: cold ${ratio(cold, bareCold)}× its cold build, ${ratio(cold, bareWarm)}× its warm one (goal ≤ 1.5×); warm ${ratio(warm, bareWarm)}× its warm build (goal ≤ 1.2×); one note edited ${ratio(edited, bareWarm)}× its warm build; peak ${fmt(cold.peakMiB / bareCold.peakMiB, 2)}× bare Starlight's`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) benchSiteAtSize();
