import { translationReport } from '../../src/lib/i18n/status.ts';
import { noPositionals, openContent } from './shared.ts';

export async function runI18n(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  noPositionals(positionals);
  const { registry } = await (await openContent(values)).build();
  const report = translationReport(registry);
  if (values['json']) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  for (const { locale, options, notes, todo } of report) {
    process.stdout.write(
      `${locale}: options ${options.translated} translated, ${options.missing} missing, ${options.outdated} outdated, ${options.source} source; ` +
        `notes ${notes.translated} translated, ${notes.missing} missing, ${notes.outdated} outdated, ${notes.source} source\n`,
    );
    for (const item of todo) {
      process.stdout.write(
        `  ${item.state.padEnd(8)} ${item.kind.padEnd(6)} ${item.id}${item.version ? ` (${item.version})` : ''}  source ${item.sourceHash}  ${item.file}\n`,
      );
    }
  }
  return 0;
}
