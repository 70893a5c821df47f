/**
 * The search core shared by the site and the CLI: an index of options (and
 * note sections) per locale, built from the registry with MiniSearch and the
 * shared tokenizer (build.ts), and queried (query.ts). The browser imports
 * query.ts alone.
 */
export { bundleSearch, createSearchIndex, displayRow, type SearchDocument } from './build.ts';
export { expandedQuery, loadShardsFor, searchIndex, termsOf, type QueryOptions, type SearchHit } from './query.ts';
export { LoadedSearch, openSearch } from './loaded.ts';
export type { DisplayRow, SearchBundle } from './bundle.ts';
