// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  base: process.env.CONFREF_BASE || '/',
  outDir: process.env.CONFREF_OUT_DIR || './dist',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'confref',
      defaultLocale: 'en',
      locales: {
        en: { label: 'English', lang: 'en' },
        zh: { label: '简体中文', lang: 'zh-CN' },
      },
      pagefind: false,
      customCss: ['./src/styles/confref.css'],
      components: { Search: './src/components/Search.astro' },
    }),
  ],
});
