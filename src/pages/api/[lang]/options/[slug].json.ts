/** One option of the current version in a locale, its description a summary (schema: /api/schema/option.schema.json). */
import type { APIRoute } from 'astro';
import { apiOption } from '../../../../lib/export/api.ts';
import { DESCRIPTION_SUMMARY_CHARS } from '../../../../lib/registry/budgets.ts';
import type { Locale, Option } from '../../../../lib/registry/schema.ts';
import { siteData } from '../../../../lib/site/data.ts';
import { paths, siteUrl } from '../../../../lib/site/paths.ts';
import { jsonResponse, optionRoutes } from '../../../../lib/site/routes.ts';

export async function getStaticPaths() {
  return optionRoutes(await siteData());
}

export const GET: APIRoute = ({ params, props, site }) => {
  const lang = params['lang'] as Locale;
  const option = props['option'] as Option;
  return jsonResponse(apiOption(option, lang, siteUrl(site, import.meta.env.BASE_URL, paths.option(lang, option.key)), DESCRIPTION_SUMMARY_CHARS));
};
