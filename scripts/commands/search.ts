import { loadRegistry, LocaleSchema } from '../../src/lib/registry/index.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { createSearchIndex, searchIndex } from '../../src/lib/search/index.ts';
import { contentDir, UsageError } from './shared.ts';

export async function runSearch(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  const query = positionals.join(' ').trim();
  if (query === '') throw new UsageError('give a query');
  const locale = LocaleSchema.safeParse(values['locale'] ?? 'en');
  if (!locale.success) throw new UsageError('--locale must be en or zh');
  const limit = values['limit'] === undefined ? 10 : Number(values['limit']);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a whole number of at least 1');
  const { registry } = await loadRegistry(await contentDir(values['content']));
  const documents = searchDocuments(registry, locale.data, registry.current);
  const index = createSearchIndex(documents, { glossary: registry.glossary, renames: registry.renames, excerptLength: 110 });
  const hits = searchIndex(index, query, { limit });
  if (values['json']) {
    process.stdout.write(
      `${JSON.stringify(
        hits.map(({ key, score, kind, type, defaultValue, url, renamedFrom, renamedIn }) => ({
          key,
          score,
          kind,
          type,
          default: defaultValue,
          url,
          ...(renamedFrom ? { renamedFrom, renamedIn: renamedIn ?? null } : {}),
        })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  if (hits.length === 0) process.stdout.write('no results\n');
  hits.forEach((hit, i) => {
    const facts = hit.kind === 'option' ? `  ${hit.type}${hit.defaultValue ? ` = ${hit.defaultValue}` : ''}` : '  (note)';
    const renamed = hit.renamedFrom ? `  (renamed from ${hit.renamedFrom}${hit.renamedIn ? ` in ${hit.renamedIn}` : ''})` : '';
    process.stdout.write(
      `${String(i + 1).padStart(2)}. ${hit.kind === 'option' ? hit.key : hit.title}${facts}${renamed}\n    ${hit.description}\n`,
    );
  });
  return 0;
}
