/**
 * Building the search index: from the registry's documents (options and note
 * sections, lib/search/documents.ts) to MiniSearch's index, packed as the
 * bundle the site publishes (lib/search/pack.ts). Build time and the CLI
 * only: the browser loads the bundle and queries it (lib/search/query.ts).
 */
import MiniSearch from 'minisearch';
import type { DisplayRow, SearchBundle } from './bundle.ts';
import { mergeGlossaries } from './glossary-default.ts';
import type { GlossaryPair } from './glossary.ts';
import { LoadedSearch, openSearch } from './loaded.ts';
import { oldKeysFor, type RenameLike } from './old-keys.ts';
import { indexOptions } from './options.ts';
import { packSearch } from './pack.ts';

export interface SearchDocument {
  id: string;
  kind: 'option' | 'section';
  /** The option key, or the heading of a note section. */
  key: string;
  /** A note section's heading trail (empty for options: the key field has the key). */
  title: string;
  section: string;
  description: string;
  /** The descriptions of the option's other definitions, in either language (empty for sections). */
  notes: string;
  /** Searched, never shown: confref's Chinese words for a Flink option with no Chinese description (empty otherwise). */
  about: string;
  /** Searched whole, never shown: the Chinese names among those words, as indexed terms, one per line (names.ts). */
  names: string;
  type: string;
  defaultValue: string;
  group: string;
  /** Where the result links to, without the site's base. */
  url: string;
  /** The language of `description` (a fallback may be in the other one). */
  lang: string;
}

export function displayRow(doc: SearchDocument, excerptLength = 140): DisplayRow {
  return {
    key: doc.key,
    title: doc.kind === 'option' ? '' : doc.title,
    type: doc.type,
    defaultValue: doc.defaultValue,
    url: doc.url,
    lang: doc.lang,
    excerpt: doc.description.length > excerptLength ? `${doc.description.slice(0, excerptLength)}…` : doc.description,
  };
}

/** The bundle the site publishes: core, term shards and display chunks. */
export interface BundleOptions {
  glossary?: readonly GlossaryPair[];
  /** The content's rename maps (a registry's `renames`): old keys lead to their successors. */
  renames?: readonly RenameLike[];
  excerptLength?: number;
}

export function bundleSearch(documents: readonly SearchDocument[], options: BundleOptions = {}): SearchBundle {
  const index = new MiniSearch<SearchDocument>(indexOptions(documents));
  index.addAll(documents);
  const display = new Map(documents.map((doc) => [doc.id, displayRow(doc, options.excerptLength)]));
  const keys = new Set(documents.flatMap((doc) => (doc.kind === 'option' ? [doc.key] : [])));
  return packSearch(index, display, mergeGlossaries(options.glossary ?? []), oldKeysFor(keys, options.renames));
}

/** A search over documents with everything loaded (the CLI, tests, the bench). */
export function createSearchIndex(documents: readonly SearchDocument[], options: BundleOptions = {}): LoadedSearch {
  return openSearch(bundleSearch(documents, options));
}
