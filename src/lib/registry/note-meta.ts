/**
 * A note's facts, from front matter first, then its path, then its text:
 * id, kind, locale, version, group and title.
 */
import type { Root } from 'mdast';
import type { FrontMatter } from './front-matter.ts';
import { localeFromPath, noteIdFromPath, versionFromPath } from './note-paths.ts';
import { detectNoteLocale } from './prose-locale.ts';
import { DEFAULT_LOCALE, type Locale, type NoteBlock, type NoteKind } from './schema.ts';

export interface NoteMeta {
  /** Path relative to the content folder, with `/` separators. */
  path: string;
  id: string;
  kind: NoteKind;
  locale: Locale;
  version: string | null;
  group: string | null;
  /** The note is the upstream reference (imported from Flink's own tables, or `upstream: true`). */
  upstream: boolean;
}

/** What earlier imports wrote in front matter, before `upstream: true`. */
const IMPORTED_SOURCE = /^Apache Flink \S+, docs generated table /;

/** File names of glossary notes without `kind: glossary`. */
const GLOSSARY_NAMES = new Set(['glossary', '术语表', '术语']);

/** The note's facts: front matter wins, then the path; the locale falls back to the language of the note's prose. */
export function readNoteMeta(path: string, data: FrontMatter, tree: Root): NoteMeta {
  const id = noteIdFromPath(path);
  return {
    path,
    id,
    kind: data.kind ?? (GLOSSARY_NAMES.has(id) ? 'glossary' : 'note'),
    locale: data.lang ?? localeFromPath(path) ?? detectNoteLocale(tree) ?? DEFAULT_LOCALE,
    version: data.version ?? versionFromPath(path) ?? null,
    group: data.group ?? null,
    upstream: data.upstream ?? (typeof data['source'] === 'string' && IMPORTED_SOURCE.test(data['source'])),
  };
}

function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The first of front matter, top heading and note id that says something: a page title is never blank. */
export function noteTitle(data: FrontMatter, blocks: readonly NoteBlock[], id: string): string {
  const firstTitle = blocks.find((block) => block.kind === 'heading' && block.depth === 1);
  return (
    [data.title, firstTitle?.kind === 'heading' ? firstTitle.text : undefined].find((text) => text !== undefined && text.trim() !== '') ??
    humanize(id)
  );
}
