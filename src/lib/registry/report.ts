/**
 * Printing diagnostics: text through vfile-reporter (hints shown as notes),
 * or JSON as one array of {file, line, column, rule, severity, message, hint}.
 */
import type { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { toDiagnostics } from './diagnostics.ts';

export type ReportFormat = 'text' | 'json';

export function formatReport(files: VFile[], format: ReportFormat, options: { color?: boolean } = {}): string {
  if (format === 'json') return `${JSON.stringify(toDiagnostics(files), null, 2)}\n`;
  const text = reporter(files, { quiet: true, verbose: true, color: options.color ?? false });
  return text === '' ? 'no issues found\n' : `${text}\n`;
}
