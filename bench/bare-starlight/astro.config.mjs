// A bare Starlight site for `npm run bench`: the Markdown pages bench/bare-pages.ts generated (BARE_DOCS), with
// Starlight's own sidebar, search off, no confref code.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BARE_OUT_DIR || './dist',
  trailingSlash: 'always',
  integrations: [
    starlight({ title: 'bare', pagefind: false, sidebar: [{ label: 'Pages', autogenerate: { directory: 'p' }, collapsed: true }] }),
  ],
});
