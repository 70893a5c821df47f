/**
 * The CLI's registry cache (scripts/cache/): a second call on unchanged notes
 * answers from the cache and prints what the first printed; any change to the
 * notes, `--no-cache` or a damaged entry builds afresh. Hits and misses are
 * seen through `NODE_DEBUG=confref` and the entries' files; no timings.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKeyedFile, writeKeyedFile } from '../../src/lib/caches/keyed-file.ts';
import { registryKey } from '../../src/lib/caches/registry-key.ts';
import { root } from '../helpers/astro.ts';
import { confrefWith, type CliRun } from '../helpers/cli.ts';

const temp = (name: string): string => mkdtempSync(join(tmpdir(), `confref-${name}-`));

/** A content folder of its own (a copy of the bundled content) and a cache folder of its own. */
function fixture(): { content: string; cache: string; run: (...args: string[]) => CliRun; debug: (...args: string[]) => CliRun } {
  const content = temp('content');
  cpSync(join(root, 'content'), content, { recursive: true });
  const cache = temp('cache');
  const run = (...args: string[]) => confrefWith({ CONFREF_CACHE_DIR: cache }, ...args, '--content', content);
  const debug = (...args: string[]) => confrefWith({ CONFREF_CACHE_DIR: cache, NODE_DEBUG: 'confref' }, ...args, '--content', content);
  return { content, cache, run, debug };
}

/** The cache's lines of a `NODE_DEBUG=confref` run's stderr: `hit build.json`, `miss versions.json`, `wrote …`. */
function cacheLog(run: CliRun): string[] {
  return [...run.stderr.matchAll(/^CONFREF \d+: (.*)$/gm)].map((m) => m[1]!);
}

/** Every entry file under a cache folder, with its modification time. */
function entries(cache: string): Map<string, number> {
  const files = readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json'));
  return new Map(files.sort().map((name) => [name.split('/').at(-1)!, statSync(join(cache, name)).mtimeMs]));
}

describe('confref with its registry cache', () => {
  const { content, cache, run, debug } = fixture();
  const calls: string[][] = [
    ['check'],
    ['check', '--format', 'json'],
    ['search', 'checkpoint'],
    ['search', 'checkpoint', '--json'],
    ['search', '检查点', '--locale', 'zh'],
    ['export', 'state.backend'],
    ['export', 'state.backend.async', '--format', 'json', '--locale', 'zh'],
    ['registry'],
    ['i18n', '--json'],
  ];
  const cold = calls.map((args) => run(...args));

  it('prints the same, cold and warm, for every command and format', () => {
    expect(cold.map((r) => r.status)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(cold[0]!.stderr).toContain('0 errors, 13 warnings');
    const warm = calls.map((args) => run(...args));
    expect(warm).toEqual(cold);
  });

  it('answers a second call from the cache: nothing is built or written again', () => {
    const before = entries(cache);
    expect([...before.keys()]).toEqual(['build.json', 'search.en.unversioned.json', 'search.zh.unversioned.json', 'versions.json']);
    expect(cacheLog(debug('check'))).toEqual(['hit build.json']);
    expect(cacheLog(debug('search', 'checkpoint'))).toEqual(['hit versions.json', 'hit search.en.unversioned.json']);
    expect(cacheLog(debug('export', 'state.backend'))).toEqual(['hit build.json']);
    expect(entries(cache)).toEqual(before);
  });

  it('--no-cache builds afresh and replaces the entries, printing the same', () => {
    const fresh = confrefWith({ CONFREF_CACHE_DIR: cache, NODE_DEBUG: 'confref' }, 'check', '--no-cache', '--content', content);
    expect(cacheLog(fresh)).toEqual(['wrote build.json', 'wrote versions.json']);
    expect(fresh.stdout).toBe(cold[0]!.stdout);
    const search = debug('search', 'checkpoint', '--no-cache');
    expect(cacheLog(search)).toEqual(['wrote build.json', 'wrote versions.json', 'wrote search.en.unversioned.json']);
    expect(search.stdout).toBe(cold[2]!.stdout);
  });

  it('rebuilds when a note changes by one byte, and reads the change', () => {
    const note = join(content, 'checkpointing.md');
    const text = readFileSync(note, 'utf8');
    writeFileSync(note, text.replace('| state.checkpoints.num-retained     | 1 ', '| state.checkpoints.num-retained     | 2 '));
    const edited = debug('check', '--format', 'json');
    expect(cacheLog(edited)).toEqual(['miss build.json', 'wrote build.json', 'wrote versions.json']);
    // The English translation still says 1: the notes now disagree.
    expect(JSON.parse(edited.stdout)).toContainEqual(
      expect.objectContaining({ file: 'checkpointing.md', line: 36, rule: 'conflicting-default' }),
    );
    expect(cacheLog(debug('export', 'state.checkpoints.num-retained'))).toEqual(['hit build.json']);
    // Back as it was: the first key again, whose entries were replaced, so built again.
    writeFileSync(note, text);
    expect(cacheLog(debug('check'))).toEqual(['miss build.json', 'wrote build.json', 'wrote versions.json']);
  });

  it('rebuilds when a note is added or removed', () => {
    const added = join(content, 'extra.md');
    writeFileSync(
      added,
      '| Key | Default | Type | Description |\n| --- | --- | --- | --- |\n| extra.cache.option | 3 | Integer | Added later. |\n',
    );
    const search = debug('search', 'extra.cache.option', '--json');
    expect(cacheLog(search)).toEqual([
      'miss versions.json',
      'miss build.json',
      'wrote build.json',
      'wrote versions.json',
      'miss search.en.unversioned.json',
      'wrote search.en.unversioned.json',
    ]);
    expect(JSON.parse(search.stdout)[0]).toMatchObject({ key: 'extra.cache.option' });
    rmSync(added);
    const removed = debug('search', 'extra.cache.option', '--json');
    expect(cacheLog(removed)[0]).toBe('miss versions.json');
    expect(removed.stdout).not.toContain('"extra.cache.option"');
  });

  it('a damaged entry is a miss: rebuilt silently, with the same output', () => {
    const folder = join(cache, readdirSync(cache)[0]!);
    run('check');
    run('search', 'checkpoint');
    writeFileSync(join(folder, 'build.json'), '{"not": "a cache entry"');
    const search = join(folder, 'search.en.unversioned.json');
    const bytes = readFileSync(search);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 1;
    writeFileSync(search, bytes);
    expect(run('check')).toEqual(cold[0]);
    expect(run('search', 'checkpoint')).toEqual(cold[2]);
    expect(cacheLog(debug('check'))).toEqual(['hit build.json']);
    expect(cacheLog(debug('search', 'checkpoint'))).toEqual(['hit versions.json', 'hit search.en.unversioned.json']);
  });
});

describe('confref search --version', () => {
  const content = temp('versions');
  const table = (key: string, text: string) =>
    `| Key | Default | Type | Description |\n| --- | --- | --- | --- |\n| ${key} | 1 | Integer | ${text} |\n`;
  mkdirSync(join(content, '1.0'));
  mkdirSync(join(content, '2.0'));
  writeFileSync(join(content, '1.0/alpha.md'), table('alpha.interval', 'How often alpha runs.'));
  writeFileSync(join(content, '2.0/alpha.md'), table('alpha.timeout', 'How long alpha waits.'));
  const cache = temp('cache');
  const search = (...args: string[]) => {
    const result = confrefWith({ CONFREF_CACHE_DIR: cache }, 'search', 'alpha', '--json', '--content', content, ...args);
    return { status: result.status, hits: result.status === 0 ? JSON.parse(result.stdout) : result.stderr };
  };

  it('searches the current version unless told another', () => {
    expect(search()).toMatchObject({ status: 0, hits: [{ key: 'alpha.timeout', url: '/en/options/alpha.timeout/' }] });
    expect(search('--version', '1.0')).toMatchObject({
      status: 0,
      hits: [{ key: 'alpha.interval', url: '/en/v/1.0/options/alpha.interval/' }],
    });
    expect(search('--version', '2.0')).toEqual(search());
    expect(readdirSync(join(cache, readdirSync(cache)[0]!)).sort()).toEqual([
      'build.json',
      'search.en.v1.0.json',
      'search.en.v2.0.json',
      'versions.json',
    ]);
  });

  it('refuses a version the content does not name (exit 2)', () => {
    expect(search('--version', '3.0')).toEqual({
      status: 2,
      hits: expect.stringContaining('--version must be a version of the content (1.0, 2.0), not "3.0"'),
    });
  });

  it('keeps nothing with CONFREF_PERSISTENT_CACHE=0', () => {
    const off = temp('cache');
    const result = confrefWith({ CONFREF_CACHE_DIR: off, CONFREF_PERSISTENT_CACHE: '0' }, 'search', 'alpha', '--content', content);
    expect(result.status).toBe(0);
    expect(readdirSync(off)).toEqual([]);
  });
});

describe('cache entries (keyed-file.ts) and keys (key.ts)', () => {
  it('reads an entry only for its own key, whole and unchanged', () => {
    const path = join(temp('entry'), 'a/b.json');
    expect(readKeyedFile(path, 'k1')).toBeUndefined();
    expect(writeKeyedFile(path, 'k1', '{"x": 1}')).toBe(true);
    expect(readKeyedFile(path, 'k1')).toBe('{"x": 1}');
    expect(readKeyedFile(path, 'k2')).toBeUndefined();
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, -1));
    expect(readKeyedFile(path, 'k1')).toBeUndefined();
    writeFileSync(path, text.replace('"x": 1', '"x": 2'));
    expect(readKeyedFile(path, 'k1')).toBeUndefined();
    writeFileSync(path, '');
    expect(readKeyedFile(path, 'k1')).toBeUndefined();
    expect(readdirSync(join(path, '..'))).toEqual(['b.json']);
  });

  it('changes with any path, byte, setting or code the build depends on', () => {
    const base = {
      sources: [
        { path: 'a.md', contents: new TextEncoder().encode('| Key |') },
        { path: 'img.png', contents: new Uint8Array() },
      ],
      settings: { currentVersion: undefined, budgetMs: -1 },
      code: 'confref@0.1.0',
    };
    const key = registryKey(base);
    expect(registryKey({ ...base, sources: [...base.sources] })).toBe(key);
    const variants = [
      { ...base, sources: [{ ...base.sources[0]!, contents: new TextEncoder().encode('| Key!') }, base.sources[1]!] },
      { ...base, sources: [{ ...base.sources[0]!, path: 'b.md' }, base.sources[1]!] },
      { ...base, sources: [base.sources[0]!] },
      { ...base, settings: { currentVersion: '2.1', budgetMs: -1 } },
      { ...base, settings: { currentVersion: undefined, budgetMs: null } },
      { ...base, code: 'confref@0.2.0' },
    ];
    const keys = new Set([key, ...variants.map(registryKey)]);
    expect(keys.size).toBe(variants.length + 1);
  });
});
