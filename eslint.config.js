// @ts-check
/**
 * ESLint (flat config): the recommended rules of ESLint, typescript-eslint and
 * eslint-plugin-astro. Layout is Prettier's job (.prettierrc.json), not ESLint's.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output, and inputs whose bytes matter (notes, fixtures, generated schemas).
  globalIgnores(['dist/', '**/.astro/', 'coverage/', 'test-results/', 'content/', 'tests/fixtures/', 'schema/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: globals.node } },
  // Browser code outside .astro files (eslint-plugin-astro gives the scripts inside them browser globals).
  { files: ['src/scripts/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['**/*.ts', '**/*.astro'],
    rules: {
      // TypeScript checks names itself, and knows ambient types such as Astro's `App` (typescript-eslint's advice).
      'no-undef': 'off',
      // `_` names a value that is there only to be skipped (a loop over graphemes, a tuple's first part).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  // The embed layout's `is:inline` scripts reach every embed page byte for byte, written for any host's frame.
  { files: ['src/layouts/Embed.astro/*.ts'], rules: { 'no-var': 'off' } },
);
