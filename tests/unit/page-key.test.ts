import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/lib/config/env.ts';
import { manifestHasOtherKey, pageKey } from '../../src/lib/caches/page-key.ts';
import { REGISTRY_SOURCES, SITE_SOURCES, sourceFingerprint } from '../../src/lib/caches/source-fingerprint.ts';

const settings = readConfig({});
const key = (change: Partial<Parameters<typeof pageKey>[0]> = {}) =>
  pageKey({ contentDigest: 'abc', settings, code: 'code', runtime: 'v24.0.0', ...change });

describe("the key of the site's pages (Astro's incremental build)", () => {
  it('is the same for the same content, settings and code', () => {
    expect(key()).toBe(key());
    expect(key()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the content and with the code that turns it into data', () => {
    expect(key({ contentDigest: 'abd' })).not.toBe(key());
    expect(key({ code: 'code, edited' })).not.toBe(key());
    expect(key({ runtime: 'v24.1.0' })).not.toBe(key());
  });

  it('changes with every setting that changes what is built', () => {
    const changed = {
      base: '/wiki/',
      site: 'https://wiki.example.com',
      currentVersion: '2.1',
      codeCache: false,
      persistentCache: false,
      parseThreads: 0,
      parseBudgetMs: 100,
    } as const;
    for (const [name, value] of Object.entries(changed)) {
      expect(key({ settings: { ...settings, [name]: value } }), name).not.toBe(key());
    }
  });

  it('stays with the settings that change only how or where a build runs', () => {
    const same = {
      content: '/elsewhere/content',
      outDir: '/tmp/out',
      buildConcurrency: 8,
      heapGrowth: null,
      cacheDir: '/tmp/cache',
      root: '/srv/confref',
      pageCache: false,
    } as const;
    for (const [name, value] of Object.entries(same)) {
      expect(key({ settings: { ...settings, [name]: value } }), name).toBe(key());
    }
  });
});

describe("Astro's manifest of the last build", () => {
  const manifest = (keys: Array<string | undefined>) =>
    JSON.stringify({
      version: 1,
      routes: {
        'src/pages/x.astro': {
          dependencyHash: 'h',
          paths: Object.fromEntries(keys.map((k, i) => [`/p${i}/`, { cacheKey: k, outputFile: `p${i}/index.html` }])),
        },
      },
    });

  it('is kept when every page it lists has this key, and dropped when one has another, none, or it cannot be read', () => {
    expect(manifestHasOtherKey(manifest(['k', 'k']), 'k')).toBe(false);
    expect(manifestHasOtherKey(JSON.stringify({ version: 1, routes: {} }), 'k')).toBe(false);
    expect(manifestHasOtherKey(manifest(['k', 'other']), 'k')).toBe(true);
    expect(manifestHasOtherKey(manifest(['k', undefined]), 'k')).toBe(true);
    expect(manifestHasOtherKey('{"version": 1, "rou', 'k')).toBe(true);
  });
});

describe("the site's sources, in the page key", () => {
  it("cover the loaders and the configuration files, which the registry's fingerprint leaves out, by their contents", () => {
    const root = mkdtempSync(join(tmpdir(), 'confref-fingerprint-'));
    for (const folder of ['src/lib', 'src/loaders', 'scripts']) mkdirSync(join(root, folder), { recursive: true });
    writeFileSync(join(root, 'package.json'), '{"version":"1.0.0"}');
    writeFileSync(join(root, 'src/lib/a.ts'), 'export {};');
    writeFileSync(join(root, 'src/loaders/registry.ts'), 'export {};');
    writeFileSync(join(root, 'ec.config.mjs'), 'export default {};');
    const registry = sourceFingerprint(root, REGISTRY_SOURCES);
    const site = () => sourceFingerprint(root, SITE_SOURCES);
    const before = site();
    // A fresh checkout of the same code: new modification times, the same bytes.
    const later = new Date(Date.now() + 60_000);
    for (const file of ['src/lib/a.ts', 'src/loaders/registry.ts', 'ec.config.mjs']) utimesSync(join(root, file), later, later);
    expect(site()).toBe(before);
    expect(sourceFingerprint(root, REGISTRY_SOURCES)).not.toBe(registry);
    const touched = sourceFingerprint(root, REGISTRY_SOURCES);
    // The loaders and ec.config.mjs are the site's, not the registry's.
    writeFileSync(join(root, 'src/loaders/registry.ts'), 'export const loaders = 1;');
    expect(site()).not.toBe(before);
    const afterLoader = site();
    writeFileSync(join(root, 'ec.config.mjs'), 'export default { themes: [] };');
    expect(site()).not.toBe(afterLoader);
    utimesSync(join(root, 'src/loaders/registry.ts'), later, later);
    utimesSync(join(root, 'ec.config.mjs'), later, later);
    expect(sourceFingerprint(root, REGISTRY_SOURCES)).toBe(touched);
    const afterConfig = site();
    writeFileSync(join(root, 'src/lib/a.ts'), 'export const a = 1;');
    expect(site()).not.toBe(afterConfig);
    // Components, styles and public files too: a copied page links the build's shared CSS and JS.
    const afterLib = site();
    mkdirSync(join(root, 'src/styles'));
    writeFileSync(join(root, 'src/styles/site.css'), 'a { color: red; }');
    expect(site()).not.toBe(afterLib);
    const afterStyle = site();
    mkdirSync(join(root, 'public'));
    writeFileSync(join(root, 'public/favicon.svg'), '<svg/>');
    expect(site()).not.toBe(afterStyle);
    expect(sourceFingerprint(root, REGISTRY_SOURCES)).toBe(sourceFingerprint(root, REGISTRY_SOURCES));
  });
});
