/**
 * The confref Astro integration (astro.config.mjs adds it beside Starlight).
 *
 * In `astro dev`, Astro saves its content store, and only then reloads the
 * browser, 500 ms after a loader's last change, so a note's edit would take
 * over a second to show. This integration hands the dev server's reload to
 * the registry loader through the dev bridge (lib/dev/bridge.ts): the loader
 * reloads the browser as soon as it has rebuilt the registry. Builds never
 * run this hook.
 */
import type { AstroIntegration } from 'astro';
import { devBridge } from './lib/dev/bridge.ts';

export function confref(): AstroIntegration {
  return {
    name: 'confref',
    hooks: {
      'astro:server:setup': ({ server }) => {
        devBridge().reload = () => (server.environments?.client?.hot ?? server.ws).send({ type: 'full-reload', path: '*' });
      },
    },
  };
}
