/**
 * How a version's own page (its search page, the embedded search box, its
 * check page) starts: one route per version in every locale, and what the
 * page being built needs of its route.
 */
import { useTranslations } from '../i18n/ui.ts';
import { allVersions, siteData } from './data.ts';
import { versionRoutes, type VersionParams } from './routes.ts';

/** The page's `getStaticPaths`. */
export const versionPagePaths = async () => versionRoutes(await allVersions());

/** The page's locale, its labels, the site's base path (ending in `/`) and the data of the page's version. */
export async function versionPage({ params, props }: { params: VersionParams; props: { version: string | null } }) {
  return {
    lang: params.lang,
    t: useTranslations(params.lang),
    base: import.meta.env.BASE_URL.replace(/\/?$/, '/'),
    data: await siteData(props.version),
  };
}
