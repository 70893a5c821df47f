/** Flink's generated HTML tables (../shared/corpus/flink) imported as notes, as `confref import flink-html` does. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFlinkHtml } from '../../src/lib/importers/flink-html.ts';
import { buildRegistry, type BuildResult } from '../../src/lib/registry/index.ts';

/** Imports a folder of Flink HTML tables and builds the registry from the notes. */
export function importFolder(dir: string, version: string): { result: BuildResult; rowsRead: number; files: string[] } {
  let rowsRead = 0;
  const notes = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.html'))
    .sort()) {
    const note = importFlinkHtml(name, readFileSync(join(dir, name), 'utf8'), { version });
    if (!note) continue;
    rowsRead += note.rows;
    notes.push({ path: note.file, contents: note.markdown });
  }
  return { result: buildRegistry(notes), rowsRead, files: notes.map((n) => n.path) };
}

/** The corpus's folders, each with the version it is imported as. */
export const FLINK_CORPUS_VERSIONS = [
  ['1.11.3', '1.11.3'],
  ['1.20.0', '1.20'],
  ['2.1-SNAPSHOT-8e93850', '2.1'],
] as const;
