/** oEmbed for an option page: a `rich` embed whose HTML is an iframe of the option's embed page. */
import type { APIRoute, GetStaticPaths, InferGetStaticParamsType, InferGetStaticPropsType } from 'astro';
import { oembed } from '../../../../../lib/embed/oembed.ts';
import { shownDescription } from '../../../../../lib/i18n/fallback.ts';
import { DESCRIPTION_SUMMARY_CHARS } from '../../../../../lib/registry/budgets.ts';
import { cutText } from '../../../../../lib/registry/cut-text.ts';
import { allVersions } from '../../../../../lib/site/data.ts';
import { paths, siteUrl } from '../../../../../lib/urls/paths.ts';
import { jsonResponse, optionRoutes } from '../../../../../lib/site/routes.ts';

export const getStaticPaths = (async () => optionRoutes(await allVersions())) satisfies GetStaticPaths;
type Route = typeof getStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<Route>, InferGetStaticParamsType<Route>> = ({ params, props, site }) => {
  const { lang } = params;
  const { at } = props;
  const { option } = props;
  const url = (path: string) => siteUrl(site, import.meta.env.BASE_URL, path);
  // The card shows a summary: its height follows the summary's length.
  const description = cutText(shownDescription(option, lang)?.description.text ?? '', DESCRIPTION_SUMMARY_CHARS).text;
  return jsonResponse(
    oembed({ title: option.key, src: url(paths.embedOption(lang, option.key, at)), providerUrl: url(paths.home(lang, at)), description }),
  );
};
