import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// The pages bench/bare-pages.ts wrote into BARE_DOCS (Starlight's docsLoader is this glob over src/content/docs).
export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: process.env.BARE_DOCS || './src/content/docs' }),
    schema: docsSchema(),
  }),
};
