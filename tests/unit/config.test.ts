import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, readConfig } from '../../src/lib/config/env.ts';
import { root } from '../helpers/astro.ts';
import { listSources } from '../helpers/import-graph.ts';

describe('the configuration (CONFREF_* variables)', () => {
  it('takes the defaults when nothing is set, or a variable is empty', () => {
    const defaults = {
      content: 'content',
      base: '/',
      site: undefined,
      outDir: './dist',
      buildConcurrency: 6,
      codeCache: true,
      persistentCache: true,
      pageCache: true,
      cacheDir: undefined,
      parseThreads: undefined,
      parseBudgetMs: undefined,
      heapGrowth: 100,
      root: undefined,
    };
    expect(readConfig({})).toEqual(defaults);
    expect(readConfig(Object.fromEntries(Object.keys(CONFIG_VARIABLES).map((name) => [name, ' '])))).toEqual(defaults);
  });

  it('reads every variable into its typed setting', () => {
    expect(
      readConfig({
        CONFREF_CONTENT: 'notes',
        CONFREF_BASE: '/wiki/flink/',
        CONFREF_SITE: 'https://wiki.example.com',
        CONFREF_OUT_DIR: '/tmp/out',
        CONFREF_BUILD_CONCURRENCY: '4',
        CONFREF_CODE_CACHE: '0',
        CONFREF_PERSISTENT_CACHE: '0',
        CONFREF_PAGE_CACHE: '0',
        CONFREF_CACHE_DIR: '/tmp/confref-cache',
        CONFREF_PARSE_THREADS: '0',
        CONFREF_PARSE_BUDGET_MS: '1500',
        CONFREF_HEAP_GROWTH: '0',
        CONFREF_ROOT: '/srv/confref',
        UNRELATED: 'ignored',
      }),
    ).toEqual({
      content: 'notes',
      base: '/wiki/flink/',
      site: 'https://wiki.example.com',
      outDir: '/tmp/out',
      buildConcurrency: 4,
      codeCache: false,
      persistentCache: false,
      pageCache: false,
      cacheDir: '/tmp/confref-cache',
      parseThreads: 0,
      parseBudgetMs: 1500,
      heapGrowth: null,
      root: '/srv/confref',
    });
  });

  it('refuses values that do not fit, naming each variable, its value and what it takes', () => {
    const read = () =>
      readConfig({
        CONFREF_BUILD_CONCURRENCY: 'two',
        CONFREF_SITE: 'wiki.example.com',
        CONFREF_BASE: 'wiki',
        CONFREF_CODE_CACHE: 'off',
        CONFREF_PARSE_THREADS: '-1',
      });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(
      [
        'confref: settings do not fit:',
        '  CONFREF_BASE="wiki": expected a path starting with /, such as /wiki/flink/. The path the site is served under.',
        `  CONFREF_SITE="wiki.example.com": expected an http(s) address, such as https://wiki.example.com. ${CONFIG_VARIABLES.CONFREF_SITE.meaning}`,
        '  CONFREF_BUILD_CONCURRENCY="two": expected a whole number from 1 to 64. Pages rendered at a time during the build.',
        `  CONFREF_CODE_CACHE="off": expected either 0 (off) or 1 (on). ${CONFIG_VARIABLES.CONFREF_CODE_CACHE.meaning}`,
        `  CONFREF_PARSE_THREADS="-1": expected a whole number from 0 to 256. ${CONFIG_VARIABLES.CONFREF_PARSE_THREADS.meaning}`,
      ].join('\n'),
    );
    expect(() => readConfig({ CONFREF_BUILD_CONCURRENCY: '0' })).toThrow(
      'confref: a setting does not fit:\n  CONFREF_BUILD_CONCURRENCY="0": expected a whole number from 1 to 64.',
    );
  });

  it('is documented in docs/configuration.md, every variable with its default', () => {
    const doc = readFileSync(join(root, 'docs/configuration.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `(CONFREF_\w+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2]!.trim().replaceAll('`', '')]);
    expect(rows).toEqual(Object.entries(CONFIG_VARIABLES).map(([name, variable]) => [name, variable.default]));
  });

  it('is read nowhere else: no other module reads a CONFREF_ variable from the environment', () => {
    const files = [...['src', 'scripts', 'bench'].flatMap((folder) => listSources(root, folder)), 'astro.config.mjs', 'ec.config.mjs'];
    const readers = files.filter((file) => /process\.env(?:\.|\[['"])CONFREF_/.test(readFileSync(join(root, file), 'utf8')));
    // astro.config.mjs sets CONFREF_ROOT for the build's own modules; it reads nothing else.
    expect(readers).toEqual(['astro.config.mjs']);
    expect(readFileSync(join(root, 'astro.config.mjs'), 'utf8').match(/process\.env\.CONFREF_\w+/g)).toEqual(['process.env.CONFREF_ROOT']);
  });
});
