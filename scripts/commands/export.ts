import { EXPORT_FORMATS, exportOptions, type ExportFormat } from '../../src/lib/export/index.ts';
import { selectForExport } from '../../src/lib/export/select.ts';
import { isLocale } from '../../src/lib/locale/locales.ts';
import { paths } from '../../src/lib/urls/paths.ts';
import { openContent, UsageError } from './shared.ts';

/** `confref export <key|group>`: an option, or every option of a group, as md, confluence, html or json. */
export async function runExport(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('give one option key or group');
  const target = positionals[0]!;
  const format = (values['format'] ?? 'md') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const locale = values['locale'] ?? 'en';
  if (typeof locale !== 'string' || !isLocale(locale)) throw new UsageError('--locale must be en or zh');
  const site = typeof values['site'] === 'string' ? values['site'].replace(/\/+$/, '') : '';
  if (site !== '' && !/^https?:\/\/[^/]/.test(site))
    throw new UsageError('--site must be an http(s) address, e.g. https://wiki.example.com/confref');
  const { registry } = await (await openContent(values)).build();
  const selected = selectForExport(registry, target, locale);
  if (selected.options.length === 0) {
    const near = selected.near.length > 0 ? `; did you mean ${selected.near.join(', ')}?` : '';
    throw new UsageError(`no option or group "${target}"${near}`);
  }
  process.stdout.write(exportOptions(format, selected.options, locale, (option) => `${site}${paths.option(locale, option.key)}`));
  return 0;
}
