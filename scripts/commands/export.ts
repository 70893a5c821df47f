import { EXPORT_FORMATS, exportOptions, type ExportFormat } from '../../src/lib/export/index.ts';
import { loadRegistry, LocaleSchema } from '../../src/lib/registry/index.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { createSearchIndex, searchIndex } from '../../src/lib/search/index.ts';
import { paths } from '../../src/lib/site/paths.ts';
import { currentVersion } from '../../src/lib/versions/history.ts';
import { contentDir, UsageError } from './shared.ts';

/** `confref export <key|group>`: an option, or every option of a group, as md, confluence, html or json. */
export async function runExport(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('give one option key or group');
  const target = positionals[0]!;
  const format = (values['format'] ?? 'md') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const locale = LocaleSchema.safeParse(values['locale'] ?? 'en');
  if (!locale.success) throw new UsageError('--locale must be en or zh');
  const site = typeof values['site'] === 'string' ? values['site'].replace(/\/+$/, '') : '';
  if (site !== '' && !/^https?:\/\/[^/]/.test(site))
    throw new UsageError('--site must be an http(s) address, e.g. https://wiki.example.com/confref');
  const { registry } = await loadRegistry(await contentDir(values['content']));
  const version = currentVersion(registry.options);
  const options = registry.options.filter((option) => option.version === version);
  const byKey = options.filter((option) => option.key === target);
  const selected = byKey.length > 0 ? byKey : options.filter((option) => option.group === target).sort((a, b) => (a.key < b.key ? -1 : 1));
  if (selected.length === 0) {
    const near = searchIndex(createSearchIndex(searchDocuments(registry, locale.data, version), registry), target, { limit: 3 }).filter(
      (hit) => hit.kind === 'option',
    );
    throw new UsageError(
      `no option or group "${target}"${near.length > 0 ? `; did you mean ${near.map((hit) => hit.key).join(', ')}?` : ''}`,
    );
  }
  process.stdout.write(exportOptions(format, selected, locale.data, (option) => `${site}${paths.option(locale.data, option.key)}`));
  return 0;
}
