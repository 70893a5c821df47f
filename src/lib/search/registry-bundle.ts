/**
 * The search bundle of one version's options and note sections in a locale,
 * with the content's glossary and renames: what the site publishes
 * (lib/site/search-index.ts) and what `confref search` queries, made by this
 * one function so the two rank alike.
 */
import type { Locale, Registry } from '../registry/schema.ts';
import type { SearchBundle } from './bundle.ts';
import { bundleSearch } from './build.ts';
import { searchDocuments } from './documents.ts';

export function registrySearchBundle(
  registry: Pick<Registry, 'options' | 'notes' | 'glossary' | 'renames'>,
  locale: Locale,
  version: string | null,
  current: string | null,
  excerptLength?: number,
): SearchBundle {
  return bundleSearch(searchDocuments(registry, locale, version, current), {
    glossary: registry.glossary,
    renames: registry.renames,
    ...(excerptLength === undefined ? {} : { excerptLength }),
  });
}
