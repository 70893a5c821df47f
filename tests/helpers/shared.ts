/**
 * Tests over files beside the project (../shared: the seed as given, the Flink corpora). They are there in
 * development and CI, not in a user's checkout; without them those tests are skipped with a note naming the
 * missing path, which the summary reporter prints.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'vitest';
import { root } from './astro.ts';

export const sharedFolder = join(root, '../shared');
export const flinkCorpus = join(sharedFolder, 'corpus/flink');

/** Why a test that reads `path` cannot run here, or undefined when `path` is there. */
export function missingNote(path: string): string | undefined {
  return existsSync(path) ? undefined : `needs ${relative(root, path)}, which is missing (${path})`;
}

/** A test that reads `path`: skipped with a note naming it when it is missing. */
export function itWith(path: string, name: string, test: () => void | Promise<void>): void {
  const note = missingNote(path);
  it(name, note === undefined ? test : (context) => context.skip(note));
}

/**
 * A suite that reads `path`: when it is missing, the suite's body (and so its hooks, which would read
 * `path`) is left out, and the suite holds one skipped test whose name and note say why.
 */
export function describeWith(path: string, name: string, body: () => void): void {
  const note = missingNote(path);
  if (note === undefined) describe(name, body);
  else describe(name, () => it(note, (context) => context.skip(note)));
}
