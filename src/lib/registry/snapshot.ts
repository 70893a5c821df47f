/**
 * A build's result as plain data, for the CLI's registry cache
 * (scripts/cache/): the registry as it is (JSON-safe: plain objects, arrays,
 * strings, numbers, booleans and null), each note's diagnostics as plain
 * messages (parsed-message.ts) and the counts. `resultOf(snapshotOf(r))`
 * prints the same reports as `r`. Pure.
 */
import type { BuildResult, BuildStats } from './build.ts';
import { fileFromPlain, plainMessages, type PlainMessage } from './parsed-message.ts';
import type { Registry } from './schema.ts';

export interface BuildSnapshot {
  registry: Registry;
  files: Array<{ path: string; messages: PlainMessage[] }>;
  stats: BuildStats;
}

export function snapshotOf(result: BuildResult): BuildSnapshot {
  return {
    registry: result.registry,
    files: result.files.map((file) => ({ path: file.path, messages: plainMessages(file) })),
    stats: result.stats,
  };
}

export function resultOf(snapshot: BuildSnapshot): BuildResult {
  return {
    registry: snapshot.registry,
    files: snapshot.files.map(({ path, messages }) => fileFromPlain(path, messages)),
    stats: snapshot.stats,
  };
}
