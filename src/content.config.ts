import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { builtOnce } from './lib/caches/frontmatter-schema.ts';
import { glossaryLoader, notesLoader, optionsLoader, pageKeyLoader, renamesLoader } from './loaders/registry.ts';

export const collections = {
  // Built once for every page, not once per page (lib/caches/frontmatter-schema.ts).
  docs: defineCollection({ loader: docsLoader(), schema: builtOnce(docsSchema()) }),
  options: defineCollection({ loader: optionsLoader() }),
  notes: defineCollection({ loader: notesLoader() }),
  glossary: defineCollection({ loader: glossaryLoader() }),
  renames: defineCollection({ loader: renamesLoader() }),
  // The key of every page in Astro's incremental build (lib/caches/page-key.ts).
  pageKey: defineCollection({ loader: pageKeyLoader() }),
};
