/**
 * Path segments for option keys. Most keys are already safe (`state.backend`);
 * a key with other characters (`metrics.reporter.<name>.class`, spaces,
 * `../`) gets a readable slug plus a short hash of the key, so two keys never
 * share a slug and no path leaves its folder.
 */
import { createHash } from 'node:crypto';
import type { Option } from '../registry/schema.ts';
import { isPlainKey } from './plain-key.ts';

export function optionSlug(key: string): string {
  if (isPlainKey(key)) return key;
  const readable = key
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, 80);
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8);
  return `${readable || 'option'}--${hash}`;
}

export function optionEntryId(option: Pick<Option, 'key' | 'version'>): string {
  return `${option.version ?? 'current'}/${optionSlug(option.key)}`;
}
