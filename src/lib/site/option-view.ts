/**
 * What an option's page shows, worked out before its templates
 * (components/option/): the translation badge, where the option is defined,
 * its page in every version and its history (its default: default-view.ts). Pure:
 * the site's data comes in as plain values, and option pages' paths as a function.
 */
import type { TranslationState } from '../i18n/status.ts';
import type { UiKey } from '../i18n/ui.ts';
import { META_DESCRIPTION_CHARS } from '../registry/budgets.ts';
import { cutText } from '../registry/cut-text.ts';
import { isReadableNote, type Locale, type Note, type Option, type SourcePosition } from '../registry/schema.ts';
import { compareVersions } from '../registry/current-version.ts';
import type { DatedRename, KeyHistory } from '../versions/history.ts';
import { paths, versionInPath, withBase } from '../urls/paths.ts';
import { evidenceLabel } from './ui-labels.ts';
import { sectionsByNote, shownDescription } from './view.ts';

const TRANSLATION_LABELS: Record<TranslationState, UiKey> = {
  missing: 'i18n.untranslated',
  outdated: 'i18n.outdated',
  source: 'i18n.source',
  translated: 'i18n.translated',
};

/** The label of the badge that says how the description stands in the page's locale. */
export function translationLabel(state: TranslationState): UiKey {
  return TRANSLATION_LABELS[state];
}

/** `href#id`, or `href` alone without an id. */
export function withFragment(href: string, id: string | null | undefined): string {
  return id ? `${href}#${id}` : href;
}

/** The option's definitions the page lists: those in readable notes (not in translation tables). */
export function readableDefinitions(option: Pick<Option, 'sources'>, noteOf: (file: string) => Note | undefined): SourcePosition[] {
  return option.sources.filter((source) => {
    const note = noteOf(source.file);
    return note !== undefined && isReadableNote(note);
  });
}

/** A note, or a heading in it, linked when the note has a page. */
export interface TrailStep {
  text: string;
  href: string | undefined;
}

/** One note that defines the option: the note, then the headings above the option's table. */
export interface SectionTrail {
  note: TrailStep;
  headings: TrailStep[];
}

/**
 * Where an option is defined, one trail per note (sectionsByNote), without
 * a first heading that only repeats the note's title. Readable
 * notes have pages in their version: those are linked, and so are the
 * headings the note has an id for.
 */
export function sectionTrails(
  option: Option,
  noteOf: (file: string) => Note | undefined,
  site: { lang: Locale; base: string; current: string | null },
): SectionTrail[] {
  return sectionsByNote(option, noteOf, site.lang).map(({ note, trail }) => {
    const href = isReadableNote(note)
      ? withBase(site.base, paths.note(site.lang, note.id, versionInPath(note.version, site.current)))
      : undefined;
    // A note's title is often its first heading: the trail does not say it twice.
    const headings = trail[0] === note.title ? trail.slice(1) : trail;
    return {
      note: { text: note.title, href },
      headings: headings.map((text) => {
        const heading = note.blocks.find((block) => block.kind === 'heading' && block.text === text);
        return { text, href: href && heading?.kind === 'heading' ? withFragment(href, heading.id) : undefined };
      }),
    };
  });
}

/** What the site knows of every version: the versions (oldest first), each key's history and the options by version. */
export interface VersionData {
  versions: ReadonlyArray<string | null>;
  history: ReadonlyMap<string, KeyHistory>;
  optionIn: (version: string | null, key: string) => Option | undefined;
}

/** The option in one version: this page's, a link to its page there (or to the key it was renamed to), or none. */
export type VersionLink = { version: string | null; renamed: boolean } & (
  { kind: 'current' } | { kind: 'linked'; href: string } | { kind: 'absent' }
);

/** The option in every version the site has, or what became of it: from the version it was renamed in on, the new key. */
export function versionLinks(
  option: Pick<Option, 'key' | 'version'>,
  site: VersionData,
  hrefOf: (option: Option) => string,
): VersionLink[] {
  const history = site.history.get(option.key);
  return site.versions.map((version): VersionLink => {
    const there = site.optionIn(version, option.key);
    const renamed =
      history?.renamedTo && version !== null && compareVersions(version, history.renamedTo.by) >= 0
        ? site.optionIn(version, history.renamedTo.to)
        : undefined;
    const target = there ?? renamed;
    const link = { version, renamed: !there && renamed !== undefined };
    if (version === option.version) return { ...link, kind: 'current' };
    return target ? { ...link, kind: 'linked', href: hrefOf(target) } : { ...link, kind: 'absent' };
  });
}

/** Which versions have the key: "Since V" only when the data says so, else the imported versions it is in. */
export type HistoryPresence =
  { kind: 'since'; version: string } | { kind: 'every'; from: string; to: string } | { kind: 'span'; from: string; to: string };

/** A rename as an option page states it: by which imported version, to or from which key, and why we know. */
export interface HistoryRename {
  by: string;
  key: string;
  href: string | undefined;
  evidence: UiKey;
  citation: string | null;
}

/** A key's history as the page says it: where it is, since when it is new, how it ended, what it was before. */
export interface HistoryLine {
  presence: HistoryPresence;
  /** The key is not in the oldest imported version: added by `by`, not in `notIn`. */
  added: { by: string; notIn: string } | undefined;
  end: ({ kind: 'renamed' } & HistoryRename) | { kind: 'removed'; by: string } | undefined;
  formerly: HistoryRename | undefined;
}

export function historyLine(history: KeyHistory, site: Pick<VersionData, 'optionIn'>, hrefOf: (option: Option) => string): HistoryLine {
  const { versions, whole, since, absentBefore, removedBy, renamedTo, renamedFrom } = history;
  const [first, last] = [versions[0]!, versions.at(-1)!];
  // In every version whose keys are all there (a hand-copied part of a table says nothing of the keys it leaves out).
  const presence: HistoryPresence =
    since !== null
      ? { kind: 'since', version: since }
      : whole.every((version) => versions.includes(version))
        ? { kind: 'every', from: first, to: last }
        : { kind: 'span', from: first, to: last };
  const rename = (r: DatedRename, key: string, version: string): HistoryRename => {
    const target = site.optionIn(version, key);
    return { by: r.by, key, href: target && hrefOf(target), evidence: evidenceLabel(r.evidence), citation: r.citation };
  };
  let end: HistoryLine['end'];
  if (renamedTo) end = { kind: 'renamed', ...rename(renamedTo, renamedTo.to, renamedTo.by) };
  else if (removedBy !== null) end = { kind: 'removed', by: removedBy };
  return {
    presence,
    added: absentBefore !== null ? { by: first, notIn: absentBefore } : undefined,
    end,
    formerly: renamedFrom ? rename(renamedFrom, renamedFrom.from, renamedFrom.after) : undefined,
  };
}

/** A table-of-contents entry (Starlight's `MarkdownHeading`). */
export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * The page's table of contents, in the page's order: description, how to set it, the notes' examples and what each
 * note says (when there are any), versions and history (when the site has more than one version), where it is documented.
 */
export function optionHeadings(
  t: (key: UiKey) => string,
  has: { examples: boolean; sayings?: boolean; versions?: boolean },
): PageHeading[] {
  return [
    { depth: 2, slug: 'description', text: t('option.description') },
    { depth: 2, slug: 'how-to-set', text: t('option.howToSet') },
    ...(has.examples ? [{ depth: 2, slug: 'from-the-notes', text: t('option.fromNotes') }] : []),
    ...(has.sayings ? [{ depth: 2, slug: 'in-your-notes', text: t('option.inNotes') }] : []),
    ...(has.versions ? [{ depth: 2, slug: 'versions', text: t('option.history') }] : []),
    { depth: 2, slug: 'documented', text: t('option.documented') },
  ];
}

/** The page's meta description: the description it shows (in the locale or the fallback), cut to fit. */
export function metaDescription(option: Option, lang: Locale): string | undefined {
  const shown = shownDescription(option, lang);
  return shown && cutText(shown.description.text, META_DESCRIPTION_CHARS).text;
}

/** A `<link>` for the page's `<head>`. */
export interface HeadLink {
  tag: 'link';
  attrs: Record<string, string>;
}

/**
 * oEmbed discovery, so that wikis that unfurl the page's link show the
 * option's card: a link to its oEmbed document, when it has one (the current
 * version only, like the embed pages).
 */
export function oembedHead(key: string, oembedUrl: string | undefined): HeadLink[] {
  return oembedUrl === undefined
    ? []
    : [{ tag: 'link', attrs: { rel: 'alternate', type: 'application/json+oembed', href: oembedUrl, title: key } }];
}
