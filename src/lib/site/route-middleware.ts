/**
 * Starlight route middleware (astro.config.mjs `routeMiddleware`): runs for
 * every Starlight page, after Starlight made its route data, and
 * - makes the `<title>` entry text (see head-text.ts);
 * - gives a page made with components/SitePage.astro its version's sidebar,
 *   its link marked, and the previous and next links from it (page-sidebar.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { headWithTextTitle } from './head-text.ts';
import { pageSidebar, sidebarPagination, versionSidebar } from './page-sidebar.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.head = headWithTextTitle(route.head);
  const shared = versionSidebar(context.locals);
  if (shared) {
    const page = pageSidebar(shared, context.url.pathname);
    route.sidebar = page.sidebar;
    route.pagination = sidebarPagination(page, route.pagination, route.entry.data);
  }
});
