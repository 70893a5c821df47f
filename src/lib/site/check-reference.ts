/**
 * What the check page loads for a version (`check/reference.json`): the
 * version's lint reference as `confref lint` makes it (lib/lint/reference.ts
 * `lintReferenceData`, the same data the CLI revives), and the page slug of
 * every option whose key is not its own path segment, so a finding can link
 * the option's page (the browser has no hash to make slugs with).
 */
import { lintReferenceData, type LintReferenceData } from '../lint/reference.ts';
import type { Registry } from '../registry/schema.ts';
import { isPlainKey } from '../urls/plain-key.ts';
import { optionSlug } from '../urls/slugs.ts';

export interface CheckReference {
  reference: LintReferenceData;
  /** Slugs of the keys that are not their own slug (lib/urls/slugs.ts). */
  slugs: Record<string, string>;
}

export function checkReference(registry: Pick<Registry, 'options' | 'renames' | 'notes'>, version: string | null): CheckReference {
  const reference = lintReferenceData(registry, version);
  const slugs = Object.fromEntries(reference.options.filter(({ key }) => !isPlainKey(key)).map(({ key }) => [key, optionSlug(key)]));
  return { reference, slugs };
}
