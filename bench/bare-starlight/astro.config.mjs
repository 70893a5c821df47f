// A bare Starlight site for `npm run bench`: the Markdown pages bench/bare-pages.ts generated (BARE_DOCS), with
// a small sidebar, search off, no confref code.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BARE_OUT_DIR || './dist',
  trailingSlash: 'always',
  integrations: [
    // A small sidebar, as before: a sidebar listing thousands of pages would cost Starlight far more on every page.
    starlight({ title: 'bare', pagefind: false, sidebar: [{ label: 'Home', link: '/' }] }),
  ],
});
