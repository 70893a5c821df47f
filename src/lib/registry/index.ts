/** The registry library: what the CLI, the site and the other consumers import. */
export { buildRegistry, type BuildResult, type BuildStats, type ParseCache } from './build.ts';
export { countBySeverity, ROW_RULES, RULES, toDiagnostics, type RuleId } from './diagnostics.ts';
export { buildRegistryFrom, loadRegistry, parseOptionsFrom, readContent, type ParseOptions } from './load.ts';
export { parseNote, type SourceNote } from './note.ts';
export { formatReport, type ReportFormat } from './report.ts';
export * from './schema.ts';
