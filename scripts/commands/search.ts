import { isLocale } from '../../src/lib/locale/locales.ts';
import type { SearchBundle } from '../../src/lib/search/bundle.ts';
import { LoadedSearch, searchIndex, termsOf } from '../../src/lib/search/query.ts';
import { openContent, UsageError } from './shared.ts';

/**
 * A bundle loaded as the browser loads it: the core, the term shards the query
 * needs and (no fetch to save here) every display chunk. Results do not depend on
 * which other shards are loaded (search/bundle.ts), and building MiniSearch's
 * index from a few shards, not all, is most of what a warm search saves.
 */
function loadFor(bundle: SearchBundle, query: string): LoadedSearch {
  const search = new LoadedSearch(bundle.core);
  for (const name of search.missingShards(termsOf(search, query))) search.addShard(name, bundle.shards[name]!);
  bundle.display.forEach((rows, chunk) => search.addChunk(chunk, rows));
  return search;
}

/** `confref search "<query>"`: the options and note sections of one locale and version (the current one unless `--version`). */
export async function runSearch(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  const query = positionals.join(' ').trim();
  if (query === '') throw new UsageError('give a query');
  const locale = values['locale'] ?? 'en';
  if (typeof locale !== 'string' || !isLocale(locale)) throw new UsageError('--locale must be en or zh');
  const limit = values['limit'] === undefined ? 10 : Number(values['limit']);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a whole number of at least 1');
  const content = await openContent(values);
  const { versions, current } = await content.versions();
  const requested = values['version'];
  if (typeof requested === 'string' && !versions.includes(requested))
    throw new UsageError(`--version must be a version of the content (${versions.join(', ') || 'it names none'}), not "${requested}"`);
  const bundle = await content.searchBundle(locale, typeof requested === 'string' ? requested : current);
  const hits = searchIndex(loadFor(bundle, query), query, { limit });
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
