// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { limitHeapGrowth } from './src/lib/runtime/heap-growth.ts';

// The build's heap grows at most to twice its live data between full collections (peak memory; see the module).
limitHeapGrowth();

// The project folder, for build steps that read sources outside Vite's graph (src/pages/embed.js.ts).
process.env.CONFREF_ROOT ??= fileURLToPath(new URL('.', import.meta.url));

/**
 * astro dev: lets the registry loader reload the browser as soon as a note is
 * rebuilt, instead of after Astro's content store is saved (see src/loaders/dev-bridge.ts).
 */
const confrefDev = {
  name: 'confref-dev',
  hooks: {
    /** @param {{ server: import('vite').ViteDevServer }} options */
    'astro:server:setup': ({ server }) => {
      const scope = /** @type {Record<symbol, { reload?: () => void }>} */ (/** @type {unknown} */ (globalThis));
      const slot = (scope[Symbol.for('confref.dev')] ??= {});
      slot.reload = () => (server.environments?.client?.hot ?? server.ws).send({ type: 'full-reload', path: '*' });
    },
  },
};

export default defineConfig({
  // The site's address (e.g. https://wiki.example.com): makes oEmbed, the JSON API's `url`s and copied tables absolute.
  ...(process.env.CONFREF_SITE ? { site: process.env.CONFREF_SITE } : {}),
  base: process.env.CONFREF_BASE || '/',
  outDir: process.env.CONFREF_OUT_DIR || './dist',
  trailingSlash: 'always',
  // Two pages rendered at a time: one page's file writes overlap the next one's rendering
  // (Flink 2.1 + seed 39 → 35 s; the output is the same, tests/site/determinism.test.ts).
  build: { concurrency: Number(process.env.CONFREF_BUILD_CONCURRENCY) || 2 },
  integrations: [
    confrefDev,
    starlight({
      title: 'confref',
      defaultLocale: 'en',
      locales: {
        en: { label: 'English', lang: 'en' },
        zh: { label: '简体中文', lang: 'zh-CN' },
      },
      pagefind: false,
      // Shiki's JavaScript RegExp engine: the same highlighting as its WebAssembly Oniguruma
      // (the Flink 2.1 site builds byte-identical), ~8% faster over thousands of snippets.
      expressiveCode: { shiki: { engine: 'javascript' } },
      customCss: ['./src/styles/confref.css'],
      // Page titles come from content: the <title> Starlight writes as HTML is made escaped text (src/lib/site/head-text.ts).
      routeMiddleware: './src/lib/site/route-middleware.ts',
      components: { Search: './src/components/Search.astro', Sidebar: './src/components/Sidebar.astro' },
    }),
  ],
});
