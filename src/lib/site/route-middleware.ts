/**
 * Starlight route middleware (astro.config.mjs `routeMiddleware`): runs for
 * every Starlight page, after Starlight made its route data, and makes the
 * `<title>` entry text (see head-text.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { headWithTextTitle } from './head-text.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.head = headWithTextTitle(route.head);
});
