// A bare Starlight site for `npm run bench`: BARE_PAGES pages through StarlightPage, a small sidebar, no code blocks.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BARE_OUT_DIR || './dist',
  trailingSlash: 'always',
  integrations: [starlight({ title: 'bare', pagefind: false })],
});
