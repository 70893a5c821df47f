// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { config } from './src/lib/config/env.ts';
import { confref } from './src/integration.ts';
import { sitemap } from './src/lib/site/sitemap.ts';
import { paths } from './src/lib/urls/paths.ts';
import { limitHeapGrowth } from './src/lib/runtime/heap-growth.ts';

// The project folder, for build steps that read sources outside Vite's graph (src/pages/embed.js.ts).
process.env.CONFREF_ROOT ??= fileURLToPath(new URL('.', import.meta.url));

// Every CONFREF_* setting, checked (src/lib/config/env.ts; docs/configuration.md).
const settings = config();

// The build's heap grows at most to twice its live data between full collections (peak memory; see the module).
limitHeapGrowth(settings.heapGrowth);

export default defineConfig({
  // The site's address (e.g. https://wiki.example.com): makes oEmbed, the JSON API's `url`s and copied tables absolute.
  ...(settings.site ? { site: settings.site } : {}),
  base: settings.base,
  outDir: settings.outDir,
  trailingSlash: 'always',
  // Six pages rendered at a time (CONFREF_BUILD_CONCURRENCY): one page's file writes overlap the others' rendering
  // (faster on large sites, docs/benchmarks.md; the output is the same, tests/site/determinism.test.ts).
  build: { concurrency: settings.buildConcurrency },
  // A second build of an unchanged site copies its pages from the last one (node_modules/.astro): every route that
  // lists its pages returns the site's page key (src/lib/caches/page-key.ts). Off with the build caches.
  experimental: { incrementalBuild: settings.pageCache && settings.codeCache && settings.persistentCache },
  integrations: [
    confref(),
    // In place of Starlight's own: without the embed pages, and none without CONFREF_SITE (src/lib/site/sitemap.ts).
    sitemap(settings.site, settings.base),
    starlight({
      title: 'confref',
      favicon: paths.favicon(),
      defaultLocale: 'en',
      locales: {
        en: { label: 'English', lang: 'en' },
        zh: { label: '简体中文', lang: 'zh-CN' },
      },
      pagefind: false,
      // Code highlighting is set in ec.config.mjs.
      customCss: ['./src/styles/confref.css'],
      // Page titles come from content: the <title> Starlight writes as HTML is made escaped text (src/lib/site/head-text.ts).
      routeMiddleware: './src/lib/site/route-middleware.ts',
      components: {
        Search: './src/components/Search.astro',
        Sidebar: './src/components/Sidebar.astro',
        LanguageSelect: './src/components/LanguageSelect.astro',
        PageTitle: './src/components/PageTitle.astro',
      },
    }),
  ],
});
