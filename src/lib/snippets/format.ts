/** What every snippet format provides: an id, a label, the language shiki highlights it as, and a pure renderer. */
import type { SnippetSetting } from './value.ts';

export interface SnippetContext {
  /** The Flink version the options are documented for, if known (`1.20.0`). */
  version: string | null;
}

export interface SnippetFormat {
  id: string;
  label: string;
  /** Language id for shiki. */
  lang: string;
  render(settings: readonly SnippetSetting[], context: SnippetContext): string;
}

export const EXAMPLE_NOTE = 'example value';

/** `1.20.0` → [1, 20]; null when not a version number. */
export function parseVersion(version: string | null): [number, number] | null {
  const match = version ? /^v?(\d+)\.(\d+)/.exec(version) : null;
  return match ? [Number(match[1]), Number(match[2])] : null;
}

export function versionBefore(version: string | null, major: number, minor: number): boolean {
  const parsed = parseVersion(version);
  return parsed !== null && (parsed[0] < major || (parsed[0] === major && parsed[1] < minor));
}
