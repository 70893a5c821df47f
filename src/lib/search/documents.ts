/**
 * Registry → search documents for one locale and version: each option, and each section of the notes' prose. An
 * option's description is cut to the summary budget (its record links to its page, which shows it whole). In Chinese,
 * a Flink option that no note describes in Chinese is also found by confref's own Chinese words for it
 * (flink-options-zh.ts). Pages of the `current` version (the site's plain paths) are `/<lang>/options/…`, others
 * `/<lang>/v/<version>/options/…`; unversioned notes belong to the current version.
 */
import { shownDescription } from '../i18n/fallback.ts';
import { DESCRIPTION_SUMMARY_CHARS } from '../registry/budgets.ts';
import { cutText } from '../registry/cut-text.ts';
import { isReadableNote, type Locale, type Registry } from '../registry/schema.ts';
import { paths } from '../urls/paths.ts';
import type { SearchDocument } from './build.ts';
import { flinkOptionNamesZh, flinkOptionZh } from './flink-options-zh.ts';

export function searchDocuments(
  registry: Pick<Registry, 'options' | 'notes'>,
  locale: Locale,
  version: string | null,
  current: string | null = version,
): SearchDocument[] {
  const docs: SearchDocument[] = [];
  // The version as paths name it: none for the site's current version.
  const at = version === current || version === null ? undefined : version;
  for (const option of registry.options) {
    if (option.version !== version) continue;
    const shown = shownDescription(option, locale);
    // Every other note's description is searchable too: an option is found by what any note says of it.
    // (Translations are the other locale's index's own descriptions.)
    const others = new Set(
      option.definitions.flatMap((d) =>
        d.kind !== 'translation' && d.description && d.description.text !== shown?.description.text ? [d.description.text] : [],
      ),
    );
    docs.push({
      id: `o:${option.key}`,
      kind: 'option',
      key: option.key,
      title: '',
      section: option.sections.map((s) => s.trail.join(' ')).join(' '),
      description: shown ? cutText(shown.description.text, DESCRIPTION_SUMMARY_CHARS).text : '',
      notes: cutText([...others].join(' '), DESCRIPTION_SUMMARY_CHARS).text,
      // Chinese words for a Flink option that no note describes in Chinese (flink-options-zh.ts).
      about: locale === 'zh' && shown?.lang !== 'zh' ? flinkOptionZh(option.key) : '',
      names: locale === 'zh' && shown?.lang !== 'zh' ? flinkOptionNamesZh(option.key) : '',
      type: option.type,
      defaultValue: option.default?.raw ?? '',
      group: option.group,
      url: paths.option(locale, option.key, at),
      lang: shown?.lang ?? locale,
    });
  }
  // Note sections: the text under each heading, in the note's variant for this locale when there is one.
  // Unversioned notes annotate the current version.
  const notes = registry.notes.filter((n) => isReadableNote(n) && (n.version ?? current) === version);
  const ids = new Set(notes.map((n) => n.id));
  for (const id of ids) {
    const note =
      notes.find((n) => n.id === id && n.locale === locale) ??
      notes.find((n) => n.id === id && n.translationOf === null) ??
      notes.find((n) => n.id === id)!;
    let heading: { id: string; text: string } | null = null;
    let body: string[] = [];
    const flush = (): void => {
      if (heading && body.join(' ').trim() !== '') {
        docs.push({
          id: `s:${note.id}#${heading.id}`,
          kind: 'section',
          key: `${note.id}#${heading.id}`,
          title: `${note.title} › ${heading.text}`,
          section: note.title,
          description: body.join(' ').trim(),
          notes: '',
          about: '',
          names: '',
          type: '',
          defaultValue: '',
          group: '',
          url: `${paths.note(locale, note.id, at)}#${heading.id}`,
          lang: note.locale,
        });
      }
    };
    for (const block of note.blocks) {
      if (block.kind === 'heading') {
        flush();
        heading = { id: block.id, text: block.text };
        body = [];
      } else if (block.kind === 'prose') body.push(block.text);
      else if (block.kind === 'code') body.push(block.value);
    }
    flush();
  }
  return docs;
}
