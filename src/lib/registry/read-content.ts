/**
 * Reading a content folder: every Markdown note with its bytes, every other
 * file (an asset a note may link to) with empty contents, sorted, with paths
 * relative to the folder. Only Node built-ins, so that a command answering
 * from its cache (scripts/cache/) reads the content without loading the parser.
 * Read synchronously: a warm `confref search` reads every note to find its
 * cache entry, and for a hundred small files `readFileSync` takes 1–2 ms where
 * `fs/promises` took 7–10 (docs/benchmarks.md, The CLI).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceNote } from './note.ts';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export function isNotePath(path: string): boolean {
  return /\.md$/i.test(path);
}

export async function readContent(dir: string): Promise<SourceNote[]> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(
      (path) =>
        !relative(dir, path)
          .split(sep)
          .some((part) => SKIPPED_DIRS.has(part) || part.startsWith('.')),
    )
    .sort();
  return paths.map((path) => ({
    path: relative(dir, path).split(sep).join('/'),
    contents: isNotePath(path) ? new Uint8Array(readFileSync(path)) : new Uint8Array(),
  }));
}
