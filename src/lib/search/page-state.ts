/**
 * The search page's state as its address keeps it: `?q=…&group=…&type=…`
 * (the version is the page's own path). Pure, for the browser and the tests.
 */
import type { QueryOptions } from './query.ts';

export interface SearchPageState {
  /** The query as typed. */
  q: string;
  /** One group, one type, or '' for any. */
  group: string;
  type: string;
}

/** The groups and types a version's index can filter by. */
export interface SearchFacets {
  groups: readonly string[];
  types: readonly string[];
}

/**
 * The state an address asks for. A group or type the version does not have
 * (the address came from another version, or was edited) is dropped: the
 * page can show only the filters it offers.
 */
export function parseSearchState(search: string, facets: SearchFacets): SearchPageState {
  const params = new URLSearchParams(search);
  const known = (value: string | null, among: readonly string[]): string => (value !== null && among.includes(value) ? value : '');
  return {
    q: params.get('q') ?? '',
    group: known(params.get('group'), facets.groups),
    type: known(params.get('type'), facets.types),
  };
}

/** The address's query string for a state (`?q=…&group=…&type=…`), without what is empty; '' when nothing is set. */
export function searchStateQuery(state: SearchPageState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  if (state.group !== '') params.set('group', state.group);
  if (state.type !== '') params.set('type', state.type);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** The state's filters as the query takes them. */
export function stateFilters(state: SearchPageState): Pick<QueryOptions, 'groups' | 'types'> {
  return { ...(state.group ? { groups: [state.group] } : {}), ...(state.type ? { types: [state.type] } : {}) };
}
