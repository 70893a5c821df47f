/**
 * Old keys for search: a key a reader still types (`state.checkpoints.dir`)
 * leads to the option that replaced it (`execution.checkpointing.dir`), with
 * the version that renamed it when the evidence says. From the content's
 * rename maps first, then Flink's deprecated keys shipped with confref
 * (lib/versions/flink-deprecated-keys.ts, which name no version). Only old
 * keys that are not options of the index themselves, leading to options
 * that are. Build time only: the list travels in the bundle's core.
 */
import { FLINK_DEPRECATED_KEYS } from '../versions/flink-deprecated-keys.ts';
import type { OldKey } from './bundle.ts';

export interface RenameLike {
  from: string;
  to: string;
  version: string | null;
}

export function oldKeysFor(keys: ReadonlySet<string>, renames: readonly RenameLike[] = []): OldKey[] {
  const found = new Map<string, OldKey>();
  const add = (from: string, to: string, version: string | null): void => {
    if (keys.has(from) || !keys.has(to) || from === to) return;
    const id = `${from}\n${to}`;
    if (!found.has(id)) found.set(id, [from, to, version]);
  };
  for (const rename of renames) add(rename.from, rename.to, rename.version);
  for (const entry of FLINK_DEPRECATED_KEYS) for (const from of entry.oldKeys) add(from, entry.key, null);
  return [...found.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
}
