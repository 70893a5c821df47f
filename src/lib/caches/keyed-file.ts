/**
 * A cache entry in one file: a first line naming the key it was made for and
 * the SHA-256 of the text after it, then the text. Reading gives the text
 * only when the key matches and the text is whole and unchanged; anything
 * else (no file, another key, a cut or edited file, bytes that are no text)
 * is a miss, never an error, so a broken cache costs a rebuild, never a crash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic-file.ts';

const MAGIC = 'confref-cache';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The entry's text when `path` holds one made for `key`; undefined otherwise. */
export function readKeyedFile(path: string, key: string): string | undefined {
  let data: string;
  try {
    data = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const end = data.indexOf('\n');
  if (end === -1) return undefined;
  const [magic, storedKey, checksum] = data.slice(0, end).split(' ');
  if (magic !== MAGIC || storedKey !== key) return undefined;
  const text = data.slice(end + 1);
  return sha256(text) === checksum ? text : undefined;
}

/** Writes an entry for `key` atomically (atomic-file.ts); false when it could not. */
export function writeKeyedFile(path: string, key: string, text: string): boolean {
  return writeFileAtomic(path, `${MAGIC} ${key} ${sha256(text)}\n${text}`);
}
