/**
 * Whether a key (or group) is its own path segment: lower-case letters,
 * digits, `.`, `_` and `-`, no `..`, at most 120 characters. Any other key
 * gets a slug with a hash (slugs.ts). Kept apart from the hashing so the
 * browser (embed.js) can tell which keys need the published slug map.
 */
const SAFE = /^[a-z0-9][a-z0-9._-]*$/;

export function isPlainKey(key: string): boolean {
  return SAFE.test(key) && !key.includes('..') && key.length <= 120;
}
