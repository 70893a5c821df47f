import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { glossaryLoader, notesLoader, optionsLoader, renamesLoader } from './loaders/registry.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  options: defineCollection({ loader: optionsLoader() }),
  notes: defineCollection({ loader: notesLoader() }),
  glossary: defineCollection({ loader: glossaryLoader() }),
  renames: defineCollection({ loader: renamesLoader() }),
};
