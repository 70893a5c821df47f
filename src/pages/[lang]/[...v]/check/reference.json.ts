/** The lint reference the check page of a version loads (lib/site/check-reference.ts); the same file in both locales. */
import type { APIRoute, GetStaticPaths, InferGetStaticParamsType, InferGetStaticPropsType } from 'astro';
import { checkReference } from '../../../../lib/site/check-reference.ts';
import { allVersions, siteData, type SiteData } from '../../../../lib/site/data.ts';
import { jsonResponse, versionRoutes } from '../../../../lib/site/routes.ts';

export const getStaticPaths = (async () => versionRoutes(await allVersions())) satisfies GetStaticPaths;
type Route = typeof getStaticPaths;

// Made once per version, for both locales.
const made = new WeakMap<SiteData, string>();

export const GET: APIRoute<InferGetStaticPropsType<Route>, InferGetStaticParamsType<Route>> = async ({ props }) => {
  const data = await siteData(props.version);
  const text = made.get(data) ?? JSON.stringify(checkReference(data.registry, data.version));
  made.set(data, text);
  return jsonResponse(undefined, text);
};
