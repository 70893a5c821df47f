/**
 * Glossary notes (`glossary.md`, or front matter `kind: glossary`): tables of
 * English and Chinese terms, e.g. `| English | 中文 | Notes |`. The terms go
 * into the registry for the site and for search; the table stays prose.
 */
import type { Table } from 'mdast';
import type { VFile } from 'vfile';
import { normalizeHeader } from './columns.ts';
import { report } from './diagnostics.ts';
import { cellText } from './markdown.ts';
import type { GlossaryTerm } from './schema.ts';

const EN = new Set(['english', 'en', 'term', 'englishterm', '英文', '英文术语', '英语']);
const ZH = new Set(['chinese', 'zh', '中文', '中文术语', '译名', '中文译名', '翻译']);
const NOTE = new Set(['note', 'notes', 'remark', 'remarks', 'description', '备注', '说明', '注释']);

export interface GlossaryColumns {
  en: number;
  zh: number;
  note: number | undefined;
}

export function classifyGlossaryHeader(headers: string[]): GlossaryColumns | undefined {
  const names = headers.map(normalizeHeader);
  const en = names.findIndex((name) => EN.has(name));
  const zh = names.findIndex((name) => ZH.has(name));
  if (en === -1 || zh === -1) return undefined;
  const note = names.findIndex((name) => NOTE.has(name));
  return { en, zh, note: note === -1 ? undefined : note };
}

export function readGlossaryTerms(file: VFile, table: Table, columns: GlossaryColumns): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  for (const row of table.children.slice(1)) {
    const cell = (index: number | undefined): string => (index === undefined ? '' : cellText(row.children[index]?.children ?? []));
    const start = row.position?.start ?? { line: 1, column: 1 };
    const [en, zh, note] = [cell(columns.en), cell(columns.zh), cell(columns.note)];
    if (en === '' || zh === '') {
      report(
        file,
        'glossary-row',
        { line: start.line, column: start.column },
        `Glossary row needs both an English and a Chinese term (has "${en}" / "${zh}")`,
      );
      continue;
    }
    terms.push({ en, zh, note: note === '' ? null : note, source: { file: file.path, line: start.line, column: start.column } });
  }
  return terms;
}
