/**
 * The I/O edge: reads every Markdown note under a content folder (sorted, with
 * paths relative to the folder) for `buildRegistry`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { buildRegistry, type BuildResult } from './build.ts';
import type { SourceNote } from './note.ts';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export async function readContent(dir: string): Promise<SourceNote[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && /\.md$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(dir, path).split(sep).some((part) => SKIPPED_DIRS.has(part) || part.startsWith('.')))
    .sort();
  return Promise.all(
    paths.map(async (path) => ({ path: relative(dir, path).split(sep).join('/'), contents: new Uint8Array(await readFile(path)) })),
  );
}

export async function loadRegistry(dir: string): Promise<BuildResult> {
  return buildRegistry(await readContent(dir));
}
