/** `/robots.txt`: everything open to crawlers, naming the sitemap when the site's address is set (lib/site/sitemap.ts). */
import type { APIRoute } from 'astro';
import { robotsTxt, sitemapUrl } from '../lib/site/sitemap.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(sitemapUrl(site, import.meta.env.BASE_URL)), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
