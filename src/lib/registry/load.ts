/**
 * The I/O edge: reads every Markdown note under a content folder (sorted, with
 * paths relative to the folder) for `buildRegistry`, and lists its other files
 * (with empty contents) as targets of the notes' links and images.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { buildRegistry, isNotePath, type BuildResult } from './build.ts';
import type { SourceNote } from './note.ts';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export async function readContent(dir: string): Promise<SourceNote[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(dir, path).split(sep).some((part) => SKIPPED_DIRS.has(part) || part.startsWith('.')))
    .sort();
  return Promise.all(
    paths.map(async (path) => ({ path: relative(dir, path).split(sep).join('/'), contents: isNotePath(path) ? new Uint8Array(await readFile(path)) : new Uint8Array() })),
  );
}

export async function loadRegistry(dir: string): Promise<BuildResult> {
  return buildRegistry(await readContent(dir));
}
