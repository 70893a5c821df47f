/** Resolving `--against` and `--from/--to`: a version in the content, or another content folder. */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Option, Registry } from '../../src/lib/registry/schema.ts';
import { optionsOfVersion } from '../../src/lib/versions/diff.ts';
import { sideUpstream, type SideUpstream } from '../../src/lib/versions/whole.ts';
import { CachedContent, type CacheChoice } from '../cache/content.ts';
import { UsageError } from './shared.ts';

export interface VersionTarget {
  label: string;
  version: string;
  options: Option[];
  /** Whether the version, and its content, have an upstream reference: what tells a partial version (whole.ts). */
  upstream: SideUpstream;
}

/** The latest version of a registry, or null when its notes state none. */
export function latestVersion(registry: Pick<Registry, 'versions'>): string | null {
  return registry.versions.at(-1) ?? null;
}

export async function resolveTarget(spec: string, registry: Registry, choice: CacheChoice = {}): Promise<VersionTarget> {
  if (registry.versions.includes(spec))
    return { label: `version ${spec}`, version: spec, options: optionsOfVersion(registry, spec), upstream: sideUpstream(registry, spec) };
  const info = await stat(spec).catch(() => undefined);
  if (info?.isDirectory()) {
    const other = (await (await CachedContent.open(resolve(spec), choice)).build()).registry;
    const version = latestVersion(other);
    return {
      label: version ? `version ${version} (${basename(resolve(spec))})` : basename(resolve(spec)),
      version: version ?? spec,
      options: optionsOfVersion(other, version),
      upstream: sideUpstream(other, version),
    };
  }
  throw new UsageError(`"${spec}" is neither a version in the content (${registry.versions.join(', ') || 'none'}) nor a folder`);
}
