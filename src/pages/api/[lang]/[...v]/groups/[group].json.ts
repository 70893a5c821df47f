/** The options of a group of a version in a locale, descriptions as summaries (schema: /api/schema/group.schema.json). */
import type { APIRoute, GetStaticPaths, InferGetStaticParamsType, InferGetStaticPropsType } from 'astro';
import { apiGroup } from '../../../../../lib/export/api.ts';
import { DESCRIPTION_SUMMARY_CHARS } from '../../../../../lib/registry/budgets.ts';
import { allVersions } from '../../../../../lib/site/data.ts';
import { paths, siteUrl } from '../../../../../lib/urls/paths.ts';
import { groupRoutes, jsonResponse } from '../../../../../lib/site/routes.ts';

export const getStaticPaths = (async () => groupRoutes(await allVersions())) satisfies GetStaticPaths;
type Route = typeof getStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<Route>, InferGetStaticParamsType<Route>> = ({ params, props, site }) => {
  const { lang } = params;
  const { at } = props;
  const { group, options } = props;
  const url = (path: string) => siteUrl(site, import.meta.env.BASE_URL, path);
  return jsonResponse(
    apiGroup(
      group,
      lang,
      options,
      url(paths.group(lang, group, at)),
      (option) => url(paths.option(lang, option.key, at)),
      DESCRIPTION_SUMMARY_CHARS,
    ),
  );
};
