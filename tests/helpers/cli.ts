/** Runs the `confref` CLI as a user does (bin/confref.js on this Node, from the project folder), for the tests of its output and exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './astro.ts';

export interface CliRun {
  /** The exit code (null when a signal ended it). */
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI's registry cache for this test file's runs: a folder of its own, never the project's node_modules. */
const cacheDir = mkdtempSync(join(tmpdir(), 'confref-cli-cache-'));

/**
 * `confref ...args`. CONFREF_CONTENT is cleared so the content folder is `./content` or `--content`,
 * never one set in the developer's shell; the registry cache is in a temporary folder (CONFREF_CACHE_DIR).
 */
export function confref(...args: string[]): CliRun {
  return confrefWith({}, ...args);
}

/** `confref ...args` with more environment variables set. */
export function confrefWith(env: Record<string, string>, ...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [join(root, 'bin/confref.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    // Large enough for a whole registry or a diff of two Flink versions as JSON.
    maxBuffer: 1 << 28,
    env: { ...process.env, CONFREF_CONTENT: '', CONFREF_CACHE_DIR: cacheDir, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
