/**
 * An option page's previous and next option: the options of the same group
 * (and version), sorted by key. At either end of a group there is none.
 */
import type { Option } from '../registry/schema.ts';
import { groupsOf } from './view.ts';

export interface Neighbours {
  prev: Option | undefined;
  next: Option | undefined;
}

const byKey = (a: Option, b: Option): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Each group's options sorted by key, made once per list of options (one version's). */
const groupsByList = new WeakMap<readonly Option[], Map<string, Option[]>>();

function groupsIn(options: readonly Option[]): Map<string, Option[]> {
  const known = groupsByList.get(options);
  if (known) return known;
  const groups = new Map(groupsOf(options).map(([group, members]) => [group, [...members].sort(byKey)]));
  groupsByList.set(options, groups);
  return groups;
}

/** The options before and after `option` in its group, among `options` (one version's options). */
export function groupNeighbours(options: readonly Option[], option: Pick<Option, 'key' | 'group'>): Neighbours {
  const members = groupsIn(options).get(option.group) ?? [];
  const at = members.findIndex((member) => member.key === option.key);
  if (at === -1) return { prev: undefined, next: undefined };
  return { prev: members[at - 1], next: members[at + 1] };
}
