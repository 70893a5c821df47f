/**
 * The confref Astro integration (astro.config.mjs adds it beside Starlight).
 *
 * In `astro dev`, Astro saves its content store, and only then reloads the
 * browser, 500 ms after a loader's last change, so a note's edit would take
 * over a second to show. This integration hands the dev server's reload to
 * the registry loader through the dev bridge (lib/dev/bridge.ts): the loader
 * reloads the browser as soon as it has rebuilt the registry. Builds never
 * run this hook.
 *
 * At the end of a build, and when `astro dev` stops, it saves the code cache
 * kept on disk (lib/caches/code-store.ts) with the blocks that build used.
 */
import type { AstroIntegration } from 'astro';
import { saveCodeStores } from './lib/caches/code-store.ts';
import { devBridge } from './lib/dev/bridge.ts';

export function confref(): AstroIntegration {
  return {
    name: 'confref',
    hooks: {
      'astro:build:done': ({ logger }) => {
        // Only stores the build opened are saved: none with CONFREF_CODE_CACHE=0 or CONFREF_PERSISTENT_CACHE=0.
        const { kept, removed } = saveCodeStores();
        if (kept + removed > 0)
          logger.info(`code cache: ${kept} highlighted blocks kept for the next build, ${removed} unused ones removed`);
      },
      'astro:server:done': () => {
        // The dev server renders only the pages opened: the blocks the last build kept stay for the next one.
        saveCodeStores({ prune: false });
      },
      'astro:server:setup': ({ server }) => {
        devBridge().reload = () => (server.environments?.client?.hot ?? server.ws).send({ type: 'full-reload', path: '*' });
      },
    },
  };
}
