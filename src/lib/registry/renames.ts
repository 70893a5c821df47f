/**
 * Rename maps (front matter `kind: renames`): a table of old and new keys,
 * optionally with the version that renamed them, e.g.
 * `| Old key | New key | Since |`. Diffs and `check --against` label what
 * they take from it as coming from the rename map.
 */
import type { Table } from 'mdast';
import type { VFile } from 'vfile';
import { normalizeHeader } from './columns.ts';
import { report } from './diagnostics.ts';
import { cellText } from './markdown.ts';
import type { RenameEntry } from './schema.ts';

const OLD = new Set(['oldkey', 'old', 'from', 'before', 'deprecatedkey', '旧键', '原键', '旧配置项']);
const NEW = new Set(['newkey', 'new', 'to', 'after', 'replacement', '新键', '替代键', '新配置项']);
const SINCE = new Set(['since', 'version', 'sinceversion', '版本', '起始版本']);

export interface RenameColumns {
  from: number;
  to: number;
  since: number | undefined;
}

export function classifyRenameHeader(headers: string[]): RenameColumns | undefined {
  const names = headers.map(normalizeHeader);
  const from = names.findIndex((n) => OLD.has(n));
  const to = names.findIndex((n) => NEW.has(n));
  if (from === -1 || to === -1) return undefined;
  const since = names.findIndex((n) => SINCE.has(n));
  return { from, to, since: since === -1 ? undefined : since };
}

export function readRenames(file: VFile, table: Table, columns: RenameColumns, version: string | null): RenameEntry[] {
  const out: RenameEntry[] = [];
  for (const row of table.children.slice(1)) {
    const cell = (index: number | undefined): string => (index === undefined ? '' : cellText(row.children[index]?.children ?? []));
    const start = row.position?.start ?? { line: 1, column: 1 };
    const [from, to, since] = [cell(columns.from), cell(columns.to), cell(columns.since)];
    if (from === '' || to === '') {
      report(file, 'malformed-row', { line: start.line, column: start.column }, 'Rename row needs both an old and a new key');
      continue;
    }
    out.push({ from, to, version: since || version, source: { file: file.path, line: start.line, column: start.column } });
  }
  return out;
}
