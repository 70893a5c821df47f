/**
 * Which options an export is about: the option with the key asked for, else
 * every option of the group of that name, in the current version. When
 * neither exists, the nearest option keys for a "did you mean": keys close
 * in spelling first (the `similar-key` rule's measure), then what the search
 * finds.
 */
import { keyCloseness } from '../registry/key-similarity.ts';
import type { Locale, Option, Registry } from '../registry/schema.ts';
import { openSearch, searchIndex } from '../search/index.ts';
import { registrySearchBundle } from '../search/registry-bundle.ts';

export interface ExportSelection {
  /** The option, or the group's options sorted by key; empty when nothing has that key or group name. */
  options: Option[];
  /** When `options` is empty: up to three option keys near the target, best first. */
  near: string[];
}

export function selectForExport(registry: Registry, target: string, locale: Locale): ExportSelection {
  const version = registry.current;
  const options = registry.options.filter((option) => option.version === version);
  const byKey = options.filter((option) => option.key === target);
  if (byKey.length > 0) return { options: byKey, near: [] };
  const byGroup = options.filter((option) => option.group === target).sort((a, b) => (a.key < b.key ? -1 : 1));
  if (byGroup.length > 0) return { options: byGroup, near: [] };
  const close = options
    .flatMap((option) => {
      const closeness = keyCloseness(target, option.key);
      return closeness ? [{ key: option.key, edits: closeness.edits }] : [];
    })
    .sort((a, b) => a.edits - b.edits || (a.key < b.key ? -1 : 1))
    .map((c) => c.key);
  const index = openSearch(registrySearchBundle(registry, locale, version, version));
  const found = searchIndex(index, target, { limit: 3 })
    .filter((hit) => hit.kind === 'option')
    .map((hit) => hit.key);
  return { options: [], near: [...new Set([...close, ...found])].slice(0, 3) };
}
