// A bare Astro site for `npm run bench`: BARE_PAGES plain pages, to compare confref's build time with.
import { defineConfig } from 'astro/config';

export default defineConfig({ outDir: process.env.BARE_OUT_DIR || './dist', trailingSlash: 'always' });
