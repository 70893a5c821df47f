/**
 * Printing lint findings: text through vfile-reporter as `confref check`
 * prints, JSON in `check --format json`'s shape, or SARIF 2.1.0 for code
 * review tools (every rule in `tool.driver.rules`, each result at its file,
 * line and column).
 */
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import type { Diagnostic, Severity } from '../registry/schema.ts';
import { LINT_RULES } from './rules.ts';
import type { LintFinding, LintRuleId } from './types.ts';

export const LINT_FORMATS = ['text', 'json', 'sarif'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export interface FileFindings {
  /** The path as the user gave it. */
  file: string;
  findings: readonly LintFinding[];
}

export function lintDiagnostics(files: readonly FileFindings[]): Diagnostic[] {
  return files.flatMap(({ file, findings }) =>
    findings.map(({ line, column, rule, severity, message, hint }) => ({
      file,
      line,
      column,
      rule,
      severity,
      message,
      ...(hint !== undefined ? { hint } : {}),
    })),
  );
}

export function countLintSeverities(files: readonly FileFindings[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { findings } of files) for (const finding of findings) counts[finding.severity]++;
  return counts;
}

function textReport(files: readonly FileFindings[], color: boolean): string {
  const vfiles = files.map(({ file, findings }) => {
    const vfile = new VFile({ path: file });
    for (const f of findings) {
      const options = { place: { line: f.line, column: f.column }, ruleId: f.rule, source: 'confref' };
      const message = f.severity === 'info' ? vfile.info(f.message, options) : vfile.message(f.message, options);
      if (f.severity === 'error') message.fatal = true;
      if (f.hint) message.note = f.hint;
    }
    return vfile;
  });
  const text = reporter(vfiles, { quiet: true, verbose: true, color });
  return text === '' ? 'no issues found\n' : `${text}\n`;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A file as a SARIF `artifactLocation.uri`: relative to `cwd` when it lies
 * under it, else as given (an absolute path as a `file://` URI), each path
 * segment percent-encoded (a space is `%20`, `#` is `%23`).
 */
export function sarifUri(file: string, cwd?: string): string {
  let path = file.replaceAll('\\', '/');
  const base = cwd?.replaceAll('\\', '/').replace(/\/+$/, '');
  if (base && path.startsWith(`${base}/`)) path = path.slice(base.length + 1);
  const drive = /^[A-Za-z]:(?=\/)/.exec(path)?.[0];
  const encoded = path
    .split('/')
    .map((segment, i) => (i === 0 && drive ? segment : encodeURIComponent(segment)))
    .join('/');
  if (drive) return `file:///${encoded}`;
  return path.startsWith('/') ? `file://${encoded}` : encoded;
}

export function sarifReport(files: readonly FileFindings[], cwd?: string): object {
  const ids = Object.keys(LINT_RULES) as LintRuleId[];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'confref lint',
            rules: ids.map((id) => ({
              id,
              shortDescription: { text: LINT_RULES[id].summary },
              defaultConfiguration: { level: SARIF_LEVEL[LINT_RULES[id].severity] },
            })),
          },
        },
        results: files.flatMap(({ file, findings }) =>
          findings.map((f) => ({
            ruleId: f.rule,
            ruleIndex: ids.indexOf(f.rule),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.hint ? `${f.message}${/[.?!]$/.test(f.message) ? '' : '.'} ${f.hint}` : f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: sarifUri(file, cwd) },
                  region: { startLine: f.line, startColumn: f.column },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}

/** `cwd`: the working directory, which SARIF's file URIs are relative to when a file is under it. */
export function formatLintReport(
  files: readonly FileFindings[],
  format: LintFormat,
  options: { color?: boolean; cwd?: string } = {},
): string {
  if (format === 'json') return `${JSON.stringify(lintDiagnostics(files), null, 2)}\n`;
  if (format === 'sarif') return `${JSON.stringify(sarifReport(files, options.cwd), null, 2)}\n`;
  return textReport(files, options.color ?? false);
}
