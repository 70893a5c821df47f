/**
 * CLI figures for `npm run bench` (also `npm run bench:cli` alone): the wall
 * time of `confref --help`, `search`, `export` and `check`, each as a user runs
 * it (`node bin/confref.js`, one process per call), with the registry cache
 * cold (`--no-cache`: build, then write the cache) and warm (answered from it),
 * on the bundled content and on Flink 2.1 imported from ../shared/corpus/flink
 * (skipped without it). Node's compile cache is warm in both: one call of each
 * command runs first. Goal: a warm search takes at most twice as long as
 * `--help`. Prints; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importFlinkHtml } from '../src/lib/importers/flink-html.ts';
import { fmt } from './timed-build.ts';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin/confref.js');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Milliseconds of one call, from spawning the process to its exit. */
function call(env: Record<string, string>, args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    env: { ...process.env, CONFREF_CONTENT: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`confref ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  return ms;
}

/** Imports Flink 2.1's HTML tables as notes into a temporary folder; undefined without the corpus. */
function flinkContent(): string | undefined {
  const corpus = join(root, '../shared/corpus/flink/2.1-SNAPSHOT-8e93850');
  if (!existsSync(corpus)) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'confref-bench-flink-'));
  for (const name of readdirSync(corpus).filter((n) => n.endsWith('.html'))) {
    const note = importFlinkHtml(name, readFileSync(join(corpus, name), 'utf8'), { version: '2.1' });
    if (note) writeFileSync(join(dir, note.file), note.markdown);
  }
  return dir;
}

export function benchCli(): void {
  const cache = mkdtempSync(join(tmpdir(), 'confref-bench-cli-cache-'));
  const env = { CONFREF_CACHE_DIR: cache };
  const warmRuns = 7;
  const coldRuns = 3;
  const timeOf = (args: readonly string[], runs: number): number => {
    call(env, args); // warm-up: Node's compile cache, and the registry cache for warm runs
    return median(Array.from({ length: runs }, () => call(env, args)));
  };
  const help = timeOf(['--help'], warmRuns);
  console.log(`CLI wall time (one process per call, median; cold = --no-cache: build and write the cache; warm = from the cache):`);
  console.log(`  confref --help                     ${fmt(help, 0).padStart(6)} ms`);
  const flink = flinkContent();
  const cases: Array<[string, string | undefined, string[], string[], string[]]> = [
    ['bundled content', join(root, 'content'), ['search', 'checkpoint'], ['export', 'state.backend'], ['check']],
    ['Flink 2.1', flink, ['search', 'checkpoint'], ['export', 'execution.checkpointing.interval'], ['check']],
  ];
  for (const [label, content, ...commands] of cases) {
    if (content === undefined) {
      console.log(`  ${label}: skipped (no ../shared/corpus/flink)`);
      continue;
    }
    for (const command of commands) {
      const args = [...command, '--content', content];
      const cold = timeOf([...args, '--no-cache'], coldRuns);
      const warm = timeOf(args, warmRuns);
      const name = `${command[0]} (${label})`;
      const ratio = command[0] === 'search' ? `; warm ${fmt(warm / help, 2)}× --help (goal ≤ 2×)` : '';
      console.log(`  ${name.padEnd(34)} cold ${fmt(cold, 0).padStart(6)} ms, warm ${fmt(warm, 0).padStart(5)} ms${ratio}`);
    }
  }
  rmSync(cache, { recursive: true, force: true });
  if (flink) rmSync(flink, { recursive: true, force: true });
}

if (import.meta.main) benchCli();
