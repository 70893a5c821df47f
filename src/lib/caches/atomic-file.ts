/**
 * Writing a cache file so that a reader sees all of it or none: to a
 * temporary file beside it first, then renamed into place (a rename within a
 * folder is atomic). Two processes writing the same file at once are safe:
 * the last rename wins, and each wrote a whole file.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes `data` to `path` atomically; false (and nothing left behind) when it cannot: a full disk or a read-only folder
 * costs a cache its entry, never the caller its work. Parts (an iterable of strings) are written one after the other,
 * so a large file is never one string in memory.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>): boolean {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (typeof data === 'string' || data instanceof Uint8Array) writeFileSync(temporary, data);
    else {
      const fd = openSync(temporary, 'w');
      try {
        for (const part of data) writeSync(fd, part);
      } finally {
        closeSync(fd);
      }
    }
    renameSync(temporary, path);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The folder itself could not be made (a file stands in its way): no temporary file was written.
    }
    return false;
  }
}
