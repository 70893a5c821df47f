/**
 * The version picker's choices for a page: each version's page of the same
 * option, group or note when that version has it, else the version's
 * overview (a search page goes to the other version's search page).
 */
import type { SiteData } from './data.ts';
import type { PageLocation } from './page-location.ts';
import { groupsOf } from './view.ts';
import { paths } from '../urls/paths.ts';
import { optionSlug } from '../urls/slugs.ts';
import { compareVersions } from '../registry/current-version.ts';
import type { UiKey } from '../i18n/ui.ts';

export interface VersionChoice {
  version: string | null;
  /** The page's path in that version (without the site's base). */
  path: string;
  selected: boolean;
  /** False when that version has no such option, group or note, and the choice leads to its overview. */
  samePage: boolean;
}

/** A version's options and groups by their path segment, and its note ids. */
interface Slugs {
  options: Map<string, string>;
  groups: Map<string, string>;
  notes: Set<string>;
}

const slugsOf = new WeakMap<SiteData, Slugs>();

function slugs(view: SiteData): Slugs {
  let known = slugsOf.get(view);
  if (!known) {
    known = {
      options: new Map(view.options.map((option) => [optionSlug(option.key), option.key])),
      groups: new Map(groupsOf(view.options).map(([group]) => [optionSlug(group), group])),
      notes: new Set(view.notes.map((variants) => variants[0]!.id)),
    };
    slugsOf.set(view, known);
  }
  return known;
}

/** `views`: every version's site data (lib/site/data.ts `allVersions`), newest first in the result. */
export function versionChoices(location: PageLocation, views: readonly SiteData[]): VersionChoice[] {
  const { lang, slug } = location;
  return [...views]
    .sort((a, b) => (a.version === null ? -1 : b.version === null ? 1 : compareVersions(b.version, a.version)))
    .map((view) => {
      const has = slugs(view);
      const at = view.at;
      const key = location.kind === 'option' && slug !== null ? has.options.get(slug) : undefined;
      const group = location.kind === 'group' && slug !== null ? has.groups.get(slug) : undefined;
      let path: string | undefined;
      if (key !== undefined) path = paths.option(lang, key, at);
      else if (group !== undefined) path = paths.group(lang, group, at);
      else if (location.kind === 'note' && slug !== null && has.notes.has(slug)) path = paths.note(lang, slug, at);
      else if (location.kind === 'search') path = paths.search(lang, at);
      else if (location.kind === 'check') path = paths.check(lang, at);
      const samePage = path !== undefined || location.kind === 'home';
      return { version: view.version, path: path ?? paths.home(lang, at), selected: view.version === location.version, samePage };
    });
}

/** A version as pickers name it: "Team notes" for the unversioned notes, the current version marked. */
export function versionLabel(version: string | null, current: string | null, t: (key: UiKey) => string): string {
  return version === null ? t('version.notes') : version === current ? `${version} (${t('version.current')})` : version;
}
