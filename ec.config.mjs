// @ts-check
/**
 * Expressive Code's settings (Starlight reads this file; the `<Code>` component
 * needs options that hold functions to live here, not in astro.config.mjs).
 */
import { defineEcConfig } from '@astrojs/starlight/expressive-code';

/**
 * Shiki stops tokenizing a line after `tokenizeTimeLimit` ms (500 by default) and
 * shows the rest of it in one colour. The first line of each language also pays
 * for compiling that grammar's regexes, so on a busy machine the same snippet
 * could come out highlighted differently from one build to the next. The limit
 * is raised far above any compile time: builds stay reproducible, and a line
 * that makes a grammar's regexes backtrack without end still cannot hang the build.
 */
export const TOKENIZE_TIME_LIMIT_MS = 10_000;

/** @type {import('shiki').ShikiTransformer} */
export const stableTokenizing = {
  name: 'confref:stable-tokenizing',
  preprocess(_code, options) {
    options.tokenizeTimeLimit = TOKENIZE_TIME_LIMIT_MS;
  },
};

export default defineEcConfig({
  // Shiki's JavaScript RegExp engine: the same highlighting as its WebAssembly Oniguruma
  // (the Flink 2.1 site builds byte-identical), and faster over thousands of snippets.
  shiki: { engine: 'javascript', transformers: [stableTokenizing] },
});
