/** `astro build` in a child process, timed, under GNU time (Debian's `time`) for the peak resident memory when present. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { astroEnv, root } from '../tests/helpers/astro.ts';
import { listFiles } from '../tests/helpers/dist.ts';

export const fmt = (n: number, digits = 1): string =>
  n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export interface TimedBuild {
  seconds: number;
  /** Peak resident memory in MiB, NaN without /usr/bin/time. */
  peakMiB: number;
  peak: string;
  pages: number;
  json: number;
  out: string;
}

export function timedBuild(env: Record<string, string>, cwd = root, extraNodeArgs: string[] = []): TimedBuild {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const out = env['CONFREF_OUT_DIR'] ?? mkdtempSync(join(tmpdir(), 'confref-bench-dist-'));
  const gnuTime = existsSync('/usr/bin/time');
  const command = [process.execPath, ...extraNodeArgs, astro, 'build'];
  const start = performance.now();
  const build = spawnSync(gnuTime ? '/usr/bin/time' : command[0]!, gnuTime ? ['-f', '%e %M', ...command] : command.slice(1), {
    cwd,
    env: astroEnv({ CONFREF_OUT_DIR: out, BARE_OUT_DIR: out, ...env }),
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
  });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stderr.slice(-4000)}`);
  const seconds = (performance.now() - start) / 1000;
  // GNU time writes its figures last on stderr.
  const kb = gnuTime ? Number(build.stderr.trim().split('\n').at(-1)!.split(' ')[1]) : NaN;
  const files = listFiles(out);
  return {
    seconds,
    peakMiB: kb / 1024,
    peak: Number.isNaN(kb) ? 'n/a (no /usr/bin/time)' : `${fmt(kb / 1024, 0)} MiB`,
    pages: files.filter((f) => f.endsWith('.html')).length,
    json: files.filter((f) => f.endsWith('.json')).length,
    out,
  };
}
