import { countBySeverity } from '../../src/lib/registry/diagnostics.ts';
import { formatReport, type ReportFormat } from '../../src/lib/registry/report.ts';
import { noPositionals, openContent, UsageError } from './shared.ts';

export async function runCheck(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  noPositionals(positionals);
  const format = (values['format'] ?? 'text') as string;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
  const { files, stats, registry } = await (await openContent(values)).build();
  if (typeof values['against'] === 'string') {
    const [{ checkRegistryAgainst }, { resolveTarget }, { targetIsWhole }] = await Promise.all([
      import('../../src/lib/versions/against.ts'),
      import('./versions.ts'),
      import('../../src/lib/versions/whole.ts'),
    ]);
    const target = await resolveTarget(values['against'], registry, { noCache: values['no-cache'] === true });
    // A hand-copied target beside an import is partial: the keys it lacks are not checked, not missing.
    checkRegistryAgainst(registry, files, { ...target, whole: targetIsWhole(registry, target.upstream) });
  }
  process.stdout.write(formatReport(files, format as ReportFormat, { color: format === 'text' && process.stdout.isTTY }));
  const counts = countBySeverity(files);
  if (format === 'text') {
    process.stderr.write(
      `${stats.notes} notes, ${stats.options} options from ${stats.tableRows} table rows; ${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos\n`,
    );
  }
  return counts.error > 0 ? 1 : 0;
}
