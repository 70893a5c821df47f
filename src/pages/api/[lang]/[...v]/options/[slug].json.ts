/** One option of a version in a locale, its description a summary (schema: /api/schema/option.schema.json). */
import type { APIRoute, GetStaticPaths, InferGetStaticParamsType, InferGetStaticPropsType } from 'astro';
import { apiOption } from '../../../../../lib/export/api.ts';
import { DESCRIPTION_SUMMARY_CHARS } from '../../../../../lib/registry/budgets.ts';
import { allVersions } from '../../../../../lib/site/data.ts';
import { paths, siteUrl } from '../../../../../lib/urls/paths.ts';
import { jsonResponse, optionRoutes } from '../../../../../lib/site/routes.ts';

export const getStaticPaths = (async () => optionRoutes(await allVersions())) satisfies GetStaticPaths;
type Route = typeof getStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<Route>, InferGetStaticParamsType<Route>> = ({ params, props, site }) => {
  const { lang } = params;
  const { option } = props;
  return jsonResponse(
    apiOption(option, lang, siteUrl(site, import.meta.env.BASE_URL, paths.option(lang, option.key, props.at)), DESCRIPTION_SUMMARY_CHARS),
  );
};
