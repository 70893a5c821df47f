/** The static routes of a version's search index in both locales (see lib/search/bundle.ts). */
import { useTranslations } from '../i18n/ui.ts';
import { LOCALES, type Locale } from '../registry/schema.ts';
import { registrySearchBundle } from '../search/registry-bundle.ts';
import type { SiteData } from './data.ts';
import { cacheKeyOf, jsonResponse } from './routes.ts';
import { paths, versionParam, withBase } from '../urls/paths.ts';

export function searchIndexRoutes(data: SiteData) {
  return LOCALES.flatMap((lang) => {
    const bundle = registrySearchBundle(data.registry, lang, data.version, data.current);
    const params = (part: string) => ({ lang, v: versionParam(data.at), part });
    const key = cacheKeyOf(data);
    return [
      { params: params('core'), props: { body: bundle.core }, ...key },
      ...Object.entries(bundle.shards).map(([name, shard]) => ({ params: params(`t-${name}`), props: { body: shard }, ...key })),
      ...bundle.display.map((rows, chunk) => ({ params: params(`d-${chunk}`), props: { body: rows }, ...key })),
    ];
  });
}

/** The body of one search-index route (its props hold the part). */
export function searchIndexPart({ props }: { props: Record<string, unknown> }): Response {
  return jsonResponse(props['body']);
}

/** Where a page's search box loads its index: the version of the page it is on. */
export function searchIndexFolder(base: string, lang: Locale, data: Pick<SiteData, 'at'>): string {
  return withBase(base, paths.searchIndex(lang, data.at));
}

/** What every search box's script reads from its element (scripts/search-ui.ts, search-page.ts): the index, the base, and its messages. */
export function searchBoxData(base: string, lang: Locale, data: Pick<SiteData, 'at'>): Record<`data-${string}`, string> {
  const t = useTranslations(lang);
  return {
    'data-index': searchIndexFolder(base, lang, data),
    'data-base': base.replace(/\/$/, ''),
    'data-empty': t('search.empty'),
    'data-failed': t('search.failed'),
    'data-renamed': t('search.renamed'),
    'data-renamed-in': t('search.renamedIn'),
  };
}
