/**
 * The site at size (issue 17): Flink 1.11.3, 1.20 and 2.1 imported beside the seed, built with the code cache on
 * disk cold, then again warm, beside a bare Starlight site of as many Markdown pages of similar size
 * (bench/bare-starlight, pages from bench/bare-pages.ts). Prints wall time, peak resident memory and the ratios, and
 * whether the cold and warm builds wrote the same bytes. `node bench/site.ts` runs it alone; `npm run bench` runs it
 * too. Needs ../shared/corpus/flink (skipped without it).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFlinkHtml } from '../src/lib/importers/flink-html.ts';
import { codeStoreDir, codeStoreSize } from '../src/lib/caches/code-store.ts';
import { root } from '../tests/helpers/astro.ts';
import { listFiles } from '../tests/helpers/dist.ts';
import { writeBarePages } from './bare-pages.ts';
import { fmt, timedBuild } from './timed-build.ts';

const VERSIONS = [
  ['1.11.3', '1.11.3'],
  ['1.20.0', '1.20'],
  ['2.1-SNAPSHOT-8e93850', '2.1'],
] as const;

/** Whether two output folders hold the same files with the same bytes. */
function sameOutput(a: string, b: string): { same: boolean; differing: string[] } {
  const files = (dir: string) => listFiles(dir).map((file) => file.slice(dir.length));
  const left = files(a);
  const right = files(b);
  const differing = [...new Set([...left, ...right])].filter(
    (file) => !existsSync(join(a, file)) || !existsSync(join(b, file)) || !readFileSync(join(a, file)).equals(readFileSync(join(b, file))),
  );
  return { same: differing.length === 0, differing: differing.slice(0, 5) };
}

export function benchSiteAtSize(): void {
  const corpus = join(root, '../shared/corpus/flink');
  if (!VERSIONS.every(([folder]) => existsSync(join(corpus, folder)))) {
    console.log('\nSite at size (Flink 1.11.3 + 1.20 + 2.1 + seed): skipped (no ../shared/corpus/flink)');
    return;
  }
  const content = mkdtempSync(join(tmpdir(), 'confref-bench-versions-'));
  cpSync(join(root, 'content'), content, { recursive: true });
  for (const [folder, version] of VERSIONS) {
    mkdirSync(join(content, version));
    for (const name of readdirSync(join(corpus, folder)).filter((n) => n.endsWith('.html'))) {
      const note = importFlinkHtml(name, readFileSync(join(corpus, folder, name), 'utf8'), { version });
      if (note) writeFileSync(join(content, version, note.file), note.markdown);
    }
  }
  // Cold: no code kept from before. The store belongs to this project folder, as for `npm run build`.
  rmSync(codeStoreDir(root), { recursive: true, force: true });
  const cold = timedBuild({ CONFREF_CONTENT: content });
  const warm = timedBuild({ CONFREF_CONTENT: content });
  const output = sameOutput(cold.out, warm.out);
  const stored = codeStoreSize(codeStoreDir(root));
  console.log(`\nSite at size: Flink ${VERSIONS.map(([, v]) => v).join(' + ')} + the seed (as main builds them today)`);
  console.log(
    `  confref, code cache cold: ${cold.pages} HTML pages + ${cold.json} JSON files in ${fmt(cold.seconds)} s, peak ${cold.peak} (goal ≤ 1 GiB)`,
  );
  console.log(
    `  confref, code cache warm: ${fmt(warm.seconds)} s, peak ${warm.peak}; output ${output.same ? 'byte-identical to the cold build' : `DIFFERS: ${output.differing.join(', ')}`}`,
  );
  console.log(`  code cache on disk: ${stored.blocks} blocks, ${fmt(stored.bytes / 1024 / 1024)} MiB`);
  const docs = mkdtempSync(join(tmpdir(), 'confref-bench-bare-docs-'));
  // As many pages: the generated ones, the index and Starlight's 404.
  writeBarePages(docs, cold.pages - 2);
  const bare = timedBuild({ BARE_DOCS: docs }, join(root, 'bench/bare-starlight'));
  console.log(`  bare Starlight: ${bare.pages} Markdown pages in ${fmt(bare.seconds)} s, peak ${bare.peak}`);
  console.log(
    `  ratios: cold ${fmt(cold.seconds / bare.seconds, 2)}× bare Starlight (goal ≤ 1.5×), warm ${fmt(warm.seconds / bare.seconds, 2)}× (goal ≤ 1.2×); peak ${fmt(cold.peakMiB / bare.peakMiB, 2)}× bare Starlight's`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) benchSiteAtSize();
