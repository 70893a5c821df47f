import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { config } from '../../src/lib/config/env.ts';
import { CachedContent } from '../cache/content.ts';

export class UsageError extends Error {}

/** The content folder: --content, else $CONFREF_CONTENT, else ./content. */
export async function contentDir(option: string | boolean | undefined): Promise<string> {
  const dir = resolve(typeof option === 'string' ? option : config().content);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`content folder not found: ${dir}`);
  return dir;
}

export function noPositionals(positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
}

/** The content folder of `--content`, read through the cache unless `--no-cache` (scripts/cache/). */
export async function openContent(values: Record<string, string | boolean | undefined>): Promise<CachedContent> {
  return CachedContent.open(await contentDir(values['content']), { noCache: values['no-cache'] === true });
}
