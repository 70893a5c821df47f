import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedCode, codeCacheEnabled, rememberCode, resetCodeCache, withoutAssets } from '../../src/lib/caches/code-cache.ts';
import {
  CODE_STORE_FILE,
  CodeStore,
  codeFingerprint,
  codeStoreDir,
  codeStoreSize,
  openCodeStore,
  saveCodeStores,
} from '../../src/lib/caches/code-store.ts';

// The build caches ask the process's configuration; these tests switch it per case.
const settings = vi.hoisted(() => ({ codeCache: true, persistentCache: true }));
vi.mock('../../src/lib/config/env.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/lib/config/env.ts')>();
  return { ...actual, config: () => ({ ...actual.readConfig({}), ...settings }) };
});

const texts = {
  en: { button: '<button title="Copy to clipboard" data-copied="Copied!"', terminal: '<span class="sr-only">Terminal window</span>' },
  zh: { button: '<button title="复制到剪贴板" data-copied="已复制！"', terminal: '<span class="sr-only">终端窗口</span>' },
};
const ASSETS = '<link rel="stylesheet" href="/_astro/ec.abc.css"><script type="module" src="/_astro/ec.def.js"></script>';

/** What Expressive Code would give for a block, as far as the cache reads it: first on a page with the page's assets. */
function highlight(lang: string, code: string, locale: 'en' | 'zh', first: boolean): string {
  const terminal = lang === 'sh' ? texts[locale].terminal : '';
  return `<div class="expressive-code">${first ? ASSETS : ''}<figure>${terminal}<pre data-language="${lang}">${code.replace(/</g, '&lt;')}</pre>${texts[locale].button}></button></figure></div>`;
}

/**
 * One build's pages as CachedCode.astro renders them: each page's blocks, the first with the assets, from the cache
 * when it has them; counts how many blocks were highlighted.
 */
function build(pages: { locale: 'en' | 'zh'; blocks: [string, string][] }[]): { html: string[]; highlighted: number } {
  let highlighted = 0;
  const html = pages.map(({ locale, blocks }) =>
    blocks
      .map(([lang, code], index) => {
        const first = index === 0;
        if (!codeCacheEnabled()) {
          highlighted++;
          return highlight(lang, code, locale, first);
        }
        const cached = cachedCode(lang, code, locale);
        const withAssets =
          cached !== undefined && first
            ? cached.startsWith('<div class="expressive-code">')
              ? cached.replace('<div class="expressive-code">', `<div class="expressive-code">${ASSETS}`)
              : undefined
            : cached;
        if (withAssets !== undefined) return withAssets;
        highlighted++;
        const fresh = highlight(lang, code, locale, first);
        const bare = withoutAssets(fresh);
        rememberCode(lang, code, locale, bare);
        return first ? fresh : bare;
      })
      .join('\n'),
  );
  return { html, highlighted };
}

const site: { locale: 'en' | 'zh'; blocks: [string, string][] }[] = [
  {
    locale: 'en',
    blocks: [
      ['yaml', 'state.backend.type: rocksdb'],
      ['sh', './bin/flink run -Dstate.backend.type=rocksdb'],
      ['java', 'config.set(A, "$1")'],
    ],
  },
  {
    locale: 'zh',
    blocks: [
      ['yaml', 'state.backend.type: rocksdb'],
      ['sh', './bin/flink run -Dstate.backend.type=rocksdb'],
      ['java', 'config.set(A, "$1")'],
    ],
  },
  {
    locale: 'en',
    blocks: [
      ['yaml', 'parallelism.default: 4'],
      ['yaml', 'state.backend.type: rocksdb'],
    ],
  },
  { locale: 'zh', blocks: [['yaml', 'parallelism.default: 4']] },
];

describe('the code cache kept between builds', () => {
  afterEach(() => {
    settings.codeCache = true;
    settings.persistentCache = true;
    resetCodeCache();
    // Every store a case opened is closed (saved into its own temporary folder).
    saveCodeStores();
  });
  const storeIn = (dir: string) => openCodeStore(codeStoreDir(dir), 'fingerprint-1');

  it('gives byte-identical pages cold, warm and off, and a warm build highlights only what teaches it a locale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'confref-code-store-'));
    resetCodeCache();
    settings.codeCache = false;
    const off = build(site);
    expect(off.highlighted).toBe(9);

    settings.codeCache = true;
    resetCodeCache(storeIn(dir));
    const cold = build(site);
    // The end of the build (the integration's astro:build:done).
    expect(saveCodeStores()).toEqual({ kept: 4, removed: 0 });
    resetCodeCache(storeIn(dir));
    const warm = build(site);
    expect(saveCodeStores()).toEqual({ kept: 4, removed: 0 });
    expect(cold.html).toEqual(off.html);
    expect(warm.html).toEqual(off.html);
    // Cold: the four distinct blocks once each, plus the zh blocks that teach zh its texts (its first block, and its
    // shell block for the terminal label); the other zh copies are the en blocks with their texts swapped.
    expect(cold.highlighted).toBe(6);
    // Warm: only the blocks that teach each locale its texts (en's and zh's first and shell blocks); the rest is read.
    expect(warm.highlighted).toBe(4);
    // Four distinct blocks on disk, in one file.
    expect(readdirSync(codeStoreDir(dir))).toEqual([CODE_STORE_FILE]);
    expect(codeStoreSize(codeStoreDir(dir)).blocks).toBe(4);
  });

  it('a different fingerprint (settings or versions changed) reads none of the old entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'confref-code-store-'));
    storeIn(dir).write('yaml', 'a: 1', { html: '<div>a</div>', button: '<button title="x" data-copied="y"' });
    saveCodeStores();
    expect(storeIn(dir).read('yaml', 'a: 1')).toEqual({ html: '<div>a</div>', button: '<button title="x" data-copied="y"' });
    expect(new CodeStore(codeStoreDir(dir), 'fingerprint-2').read('yaml', 'a: 1')).toBeUndefined();
    expect(storeIn(dir).read('yaml', 'a: 2')).toBeUndefined();
  });

  it('a damaged file, a damaged entry or another format is a miss, and saving leaves no temporary files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'confref-code-store-'));
    storeIn(dir).write('yaml', 'a: 1', { html: '<div>a</div>', button: 'b' });
    storeIn(dir).write('yaml', 'a: 2', { html: '<div>a2</div>', button: 'b', terminal: 't' });
    expect(saveCodeStores()).toEqual({ kept: 2, removed: 0 });
    expect(readdirSync(codeStoreDir(dir))).toEqual([CODE_STORE_FILE]);
    const file = join(codeStoreDir(dir), CODE_STORE_FILE);
    const whole = JSON.parse(readFileSync(file, 'utf8')) as { format: number; blocks: Record<string, unknown> };
    expect(whole.format).toBe(2);
    expect(Object.values(whole.blocks)).toEqual([
      { html: '<div>a</div>', button: 'b' },
      { html: '<div>a2</div>', button: 'b', terminal: 't' },
    ]);
    // One entry damaged: that block is a miss, the other is read.
    const [first] = Object.keys(whole.blocks);
    writeFileSync(file, JSON.stringify({ ...whole, blocks: { ...whole.blocks, [first!]: { html: 1 } } }));
    expect([storeIn(dir).read('yaml', 'a: 1'), storeIn(dir).read('yaml', 'a: 2')?.terminal]).toEqual([undefined, 't']);
    saveCodeStores();
    for (const damaged of ['{"format": 2, "blocks": {"x": ', JSON.stringify({ ...whole, format: 1 }), '[]']) {
      writeFileSync(file, damaged);
      expect(storeIn(dir).read('yaml', 'a: 2')).toBeUndefined();
      saveCodeStores();
    }
  });

  it('keeps the blocks a build read or wrote, and drops the rest and the one-file-per-block entries of before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'confref-code-store-'));
    for (const code of ['a', 'b', 'c']) storeIn(dir).write('yaml', code, { html: `<div>${code}</div>`, button: 'b' });
    expect(saveCodeStores()).toEqual({ kept: 3, removed: 0 });
    // An entry as the store kept them before, one file per block.
    mkdirSync(join(codeStoreDir(dir), 'ab'));
    writeFileSync(join(codeStoreDir(dir), 'ab', `${'0'.repeat(62)}.json`), '{}');
    // The next build reads a and writes d.
    expect(storeIn(dir).read('yaml', 'a')?.html).toBe('<div>a</div>');
    storeIn(dir).write('yaml', 'd', { html: '<div>d</div>', button: 'b' });
    expect(saveCodeStores()).toEqual({ kept: 2, removed: 2 });
    expect(existsSync(join(codeStoreDir(dir), 'ab'))).toBe(false);
    expect(['a', 'b', 'c', 'd'].map((code) => storeIn(dir).read('yaml', code)?.html ?? null)).toEqual([
      '<div>a</div>',
      null,
      null,
      '<div>d</div>',
    ]);
    saveCodeStores();
    // Nothing opened, nothing saved; a folder that cannot be written costs the next build time, never this one.
    expect(saveCodeStores()).toEqual({ kept: 0, removed: 0 });
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    new CodeStore(join(blocked, 'code'), 'fingerprint-1').write('yaml', 'a', { html: '<div>a</div>', button: 'b' });
    expect(openCodeStore(join(blocked, 'code'), 'fingerprint-1').save()).toEqual({ kept: 0, removed: 0 });
  });

  it('keeps the blocks it did not use when saved without pruning (the end of `astro dev`)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'confref-code-store-'));
    for (const code of ['a', 'b']) storeIn(dir).write('yaml', code, { html: `<div>${code}</div>`, button: 'b' });
    saveCodeStores();
    expect(storeIn(dir).read('yaml', 'a')?.html).toBe('<div>a</div>');
    storeIn(dir).write('yaml', 'c', { html: '<div>c</div>', button: 'b' });
    expect(saveCodeStores({ prune: false })).toEqual({ kept: 3, removed: 0 });
    expect(['a', 'b', 'c'].map((code) => storeIn(dir).read('yaml', code)?.html ?? null)).toEqual([
      '<div>a</div>',
      '<div>b</div>',
      '<div>c</div>',
    ]);
  });

  it('is one store per folder and fingerprint in a process, whichever copy of the module opens it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'confref-code-store-'));
    expect(storeIn(dir)).toBe(storeIn(dir));
    expect(openCodeStore(codeStoreDir(dir), 'fingerprint-2')).not.toBe(storeIn(dir));
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('confref.code-stores')]).toBeInstanceOf(Map);
    saveCodeStores();
  });

  it('is off with CONFREF_PERSISTENT_CACHE=0 or CONFREF_CODE_CACHE=0: nothing is read from disk', () => {
    settings.persistentCache = false;
    resetCodeCache();
    rememberCode('yaml', 'x: 1', 'en', highlight('yaml', 'x: 1', 'en', false));
    resetCodeCache();
    expect(cachedCode('yaml', 'x: 1', 'en')).toBeUndefined();
  });

  it("fingerprints the project's Expressive Code settings and the shaping packages' versions", () => {
    const dir = mkdtempSync(join(tmpdir(), 'confref-code-project-'));
    expect(codeFingerprint(dir)).toBeUndefined();
    const lock = (shiki: string, other: string) =>
      JSON.stringify({ packages: { '': {}, 'node_modules/shiki': { version: shiki }, 'node_modules/zod': { version: other } } });
    writeFileSync(join(dir, 'package-lock.json'), lock('4.6.0', '4.0.0'));
    const first = codeFingerprint(dir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(join(dir, 'package-lock.json'), lock('4.6.0', '4.1.0'));
    expect(codeFingerprint(dir)).toBe(first);
    writeFileSync(join(dir, 'package-lock.json'), lock('4.6.1', '4.1.0'));
    const upgraded = codeFingerprint(dir);
    expect(upgraded).not.toBe(first);
    writeFileSync(join(dir, 'ec.config.mjs'), 'export default {}');
    expect(codeFingerprint(dir)).not.toBe(upgraded);
    // The installed tree, when npm wrote one, is what is read.
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules/.package-lock.json'), lock('4.6.0', '4.0.0'));
    expect(codeFingerprint(dir)).not.toBe(upgraded);
    expect(readFileSync(join(dir, 'ec.config.mjs'), 'utf8')).toBe('export default {}');
  });
});
