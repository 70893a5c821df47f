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
 * At the end of a build it prunes the code cache kept on disk
 * (lib/caches/code-store.ts) to the blocks this build used.
 */
import type { AstroIntegration } from 'astro';
import { pruneCodeStore, codeStoreDir } from './lib/caches/code-store.ts';
import { config } from './lib/config/env.ts';
import { devBridge } from './lib/dev/bridge.ts';

export function confref(): AstroIntegration {
  let buildStart = 0;
  return {
    name: 'confref',
    hooks: {
      'astro:build:start': () => {
        buildStart = Date.now();
      },
      'astro:build:done': ({ logger }) => {
        const { codeCache, persistentCache, root } = config();
        if (!codeCache || !persistentCache) return;
        const { kept, removed } = pruneCodeStore(codeStoreDir(root ?? process.cwd()), buildStart);
        logger.info(`code cache: ${kept} highlighted blocks kept for the next build, ${removed} unused ones removed`);
      },
      'astro:server:setup': ({ server }) => {
        devBridge().reload = () => (server.environments?.client?.hot ?? server.ws).send({ type: 'full-reload', path: '*' });
      },
    },
  };
}
