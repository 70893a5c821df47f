/**
 * What an option page says about its definitions: each note that defines the
 * key ("In your notes": its description, and its default or type where they
 * differ from what the option shows, with a link to the row), and the values
 * sources disagree on, each with the places that write it.
 */
import type { Definition, Disagreement, Locale, Note, Option, SourcePosition } from '../registry/schema.ts';
import { shownDescription } from '../i18n/fallback.ts';
import { paths } from '../urls/paths.ts';
import type { SiteData } from './data.ts';
import { showDefault, showRequired } from '../registry/resolve.ts';
import { sameDefault } from '../registry/values.ts';
import type { UiKey } from '../i18n/ui.ts';

export interface NoteSaying {
  definition: Definition;
  /** The note's title, and the address of the row on the note's page (without the base). */
  title: string;
  /** Undefined when the note has no page (a note of another version than the site's current one). */
  href: string | undefined;
  /** The note's default where it is not what the option shows (`none` for no default), else null. */
  otherDefault: string | null;
  otherType: string | null;
  /** The note's description is the one the page shows above (so it is not repeated). */
  sameAsShown: boolean;
}

export interface PlaceLink {
  label: string;
  href: string | undefined;
}

/** The id of the row at `source` on its note's page, if the note shows it. */
export function rowId(note: Note, line: number): string | undefined {
  for (const block of note.blocks) {
    // An option table's rows, or those of the tables in a list or a block quote.
    const rows = block.kind === 'options' ? block.rows : block.kind === 'prose' ? (block.rows ?? []) : [];
    const row = rows.find((candidate) => candidate.line === line);
    if (row) return row.id;
  }
  return undefined;
}

const paged = new WeakMap<SiteData, Map<string, Note>>();

/** The notes that have a page among this version's pages (its readable notes), by file. */
function notesWithPages(data: SiteData): Map<string, Note> {
  let byFile = paged.get(data);
  if (!byFile) paged.set(data, (byFile = new Map(data.notes.flat().map((note) => [note.file, note]))));
  return byFile;
}

/** A link to a place in the notes: the row's anchor on its note's page, labelled `file:line` (no link when the note has no page). */
export function placeLink(data: SiteData, lang: Locale, source: SourcePosition): PlaceLink {
  const note = notesWithPages(data).get(source.file);
  const label = `${source.file}:${source.line}`;
  if (!note) return { label, href: undefined };
  const id = rowId(note, source.line);
  return { label, href: `${paths.note(lang, note.id, data.at)}${id ? `#${id}` : ''}` };
}

/** The notes that define the option (team notes only: the upstream reference is what the page shows first). */
export function notesSaying(option: Option, data: SiteData, lang: Locale): NoteSaying[] {
  return option.definitions.flatMap((definition): NoteSaying[] => {
    const note = data.noteByFile.get(definition.source.file);
    if (definition.kind !== 'note' || !note) return [];
    const shownText = shownDescription(option, lang)?.description.text;
    // Written otherwise but the same value (`hashmap` and Flink's `"hashmap"`, `64 mb` and `67108864 bytes`) is no difference.
    const differs =
      definition.statesDefault && (option.resolved.default === 'disagree' || !sameDefault(definition.default, option.default));
    return [
      {
        definition,
        title: note.title,
        href: placeLink(data, lang, definition.source).href,
        otherDefault: differs ? showDefault(definition.default) : null,
        otherType: definition.typeSource === 'declared' && definition.type !== option.type ? definition.type : null,
        sameAsShown: definition.description !== null && definition.description.text === shownText,
      },
    ];
  });
}

/** The disagreement on a field, if the sources disagree on it. */
export function disagreementOn(option: Option, field: Disagreement['field']): Disagreement | undefined {
  return option.disagreements.find((disagreement) => disagreement.field === field);
}

/** A disagreeing value as a page in `t`'s locale shows it: "none" and yes/no in its words, other values as written. */
export function disagreementValue(field: Disagreement['field'], value: string, t: (key: UiKey) => string): string {
  if (field === 'default' && value === showDefault(null)) return t('option.noDefault');
  if (field === 'required' && (value === showRequired(true) || value === showRequired(false)))
    return t(value === showRequired(true) ? 'option.yes' : 'option.no');
  return value;
}
