/**
 * One note never breaks the registry: a failure while parsing it becomes a
 * diagnostic on its file and a fallback note that shows its source as text.
 */
import { VFile } from 'vfile';
import { decodeNote } from './decode.ts';
import { report, type RuleId } from './diagnostics.ts';
import { localeFromPath, noteIdFromPath, parseNote, versionFromPath, type ParsedNote, type SourceNote } from './note.ts';
import { hashSource } from './rows.ts';
import { DEFAULT_LOCALE, type Note } from './schema.ts';

export type FailureRule = Extract<RuleId, 'note-failed' | 'too-complex'>;

/** The note's text as well as it can be had, for the fallback page. */
function sourceText(input: SourceNote): string {
  try {
    return decodeNote(input.contents, new VFile({ path: input.path }));
  } catch {
    return typeof input.contents === 'string' ? input.contents : new TextDecoder('utf-8', { fatal: false }).decode(input.contents);
  }
}

/** A parsed note standing for one that could not be read: its source as text, and the diagnostic. */
export function failedNote(input: SourceNote, rule: FailureRule, message: string, hint: string): ParsedNote {
  const file = new VFile({ path: input.path });
  report(file, rule, { line: 1, column: 1 }, message, hint);
  const text = sourceText(input);
  const id = noteIdFromPath(input.path);
  const note: Note = {
    id,
    file: input.path,
    kind: 'note',
    locale: localeFromPath(input.path) ?? DEFAULT_LOCALE,
    version: versionFromPath(input.path) ?? null,
    upstream: false,
    title: input.path.split('/').at(-1)!,
    sourceHash: hashSource(text),
    translationOf: null,
    frontmatter: {},
    toc: false,
    blocks: [{ kind: 'source', value: text, position: { file: input.path, line: 1, column: 1 } }],
    assets: [],
    failure: { rule, message },
  };
  return { note, rows: [], glossary: [], renames: [], links: [], file, tableRows: 0 };
}

/** `parseNote`, with any exception turned into a `note-failed` fallback. */
export function parseNoteSafely(input: SourceNote): ParsedNote {
  try {
    return parseNote(input);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return failedNote(
      input,
      'note-failed',
      `The note could not be read (${reason.slice(0, 300)}); its page shows its source as text and its tables are not in the registry.`,
      'This is a bug in confref or an input it cannot handle: please report it with the note. The rest of the site is built.',
    );
  }
}
