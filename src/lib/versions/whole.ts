/**
 * Which versions are whole: only a version whose keys are all there tells
 * that a key is absent. When any version has an upstream reference (an
 * import, or notes marked `upstream: true`), only those versions are whole,
 * since a team's note under a version may copy part of a table by hand;
 * with none, every version is. Key histories (history.ts) and diffs
 * (diff.ts) date and report additions and removals only between whole versions.
 */
import type { Registry } from '../registry/schema.ts';

/** The named versions that have an upstream reference. */
export function upstreamVersions(registry: Pick<Registry, 'notes'>): Set<string> {
  return new Set(registry.notes.flatMap((note) => (note.upstream && note.version !== null ? [note.version] : [])));
}

/** The versions whose keys are all there: those with an upstream reference when any has one, else all of them. */
export function wholeVersions(registry: Pick<Registry, 'notes'>, imported: readonly string[]): string[] {
  const upstream = upstreamVersions(registry);
  return upstream.size === 0 ? [...imported] : imported.filter((version) => upstream.has(version));
}

/** What one side of a comparison knows about upstream references: its own version's, and its content's. */
export interface SideUpstream {
  /** The version has an upstream reference. */
  upstream: boolean;
  /** Some version of the content the side comes from has one. */
  contentHasUpstream: boolean;
}

/** A side's upstream facts, for a version of a registry (null: its unversioned notes, which have none). */
export function sideUpstream(registry: Pick<Registry, 'notes'>, version: string | null): SideUpstream {
  const upstream = upstreamVersions(registry);
  return { upstream: version !== null && upstream.has(version), contentHasUpstream: upstream.size > 0 };
}

/**
 * Which of two compared versions are whole, each perhaps from a content
 * folder of its own (`confref diff --from DIR --to DIR`): the rule above
 * over both, so that a hand-copied folder is partial beside an imported one.
 */
export function wholeSides(from: SideUpstream, to: SideUpstream): { from: boolean; to: boolean } {
  const any = from.contentHasUpstream || to.contentHasUpstream;
  return { from: !any || from.upstream, to: !any || to.upstream };
}

/** Whether a target of `check --against` is whole, for the content's team notes (which have no version of their own). */
export function targetIsWhole(content: Pick<Registry, 'notes'>, target: SideUpstream): boolean {
  return wholeSides(sideUpstream(content, null), target).to;
}
