import { buildRegistry, toDiagnostics, type BuildResult } from '../../src/lib/registry/index.ts';

/** Builds a registry from in-memory notes: `{ 'a.md': '…' }`. */
export function build(notes: Record<string, string | Uint8Array>): BuildResult {
  return buildRegistry(Object.entries(notes).map(([path, contents]) => ({ path, contents })));
}

/** `file:line:col rule` for each diagnostic, in output order. */
export function diagnosticsOf(result: BuildResult): string[] {
  return toDiagnostics(result.files).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`);
}

export function optionOf(result: BuildResult, key: string) {
  const option = result.registry.options.find((o) => o.key === key);
  if (!option) throw new Error(`no option ${key}; have ${result.registry.options.map((o) => o.key).join(', ')}`);
  return option;
}

export function table(rows: string[], header = '| Key | Default | Type | Description |'): string {
  const width = header.split('|').length - 2;
  return [header, `|${' --- |'.repeat(width)}`, ...rows].join('\n') + '\n';
}
