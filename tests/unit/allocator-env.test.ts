import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ALLOCATOR_ENV, withAllocatorEnv } from '../../src/lib/runtime/allocator-env.ts';
import { root } from '../helpers/astro.ts';

describe("the bundler's allocator options", () => {
  it('are added to the environment, and a value the user set is kept', () => {
    expect(withAllocatorEnv({ PATH: '/bin' })).toEqual({ PATH: '/bin', MIMALLOC_ALLOW_THP: '0', MIMALLOC_PURGE_DELAY: '0' });
    expect(withAllocatorEnv({ MIMALLOC_PURGE_DELAY: '10' })).toEqual({ MIMALLOC_ALLOW_THP: '0', MIMALLOC_PURGE_DELAY: '10' });
  });

  it('are set for `npm run build` and `npm run dev`, which run Astro through scripts/astro.ts', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect([scripts['build'], scripts['dev']]).toEqual(['node scripts/astro.ts build', 'node scripts/astro.ts dev']);
    const shown = execFileSync(process.execPath, [join(root, 'scripts/astro.ts'), '--version'], { cwd: root, encoding: 'utf8' });
    // Astro colours its output where the terminal (or CI) asks for colour.
    expect(stripVTControlCharacters(shown)).toMatch(/astro\s+v\d+\.\d+\.\d+/);
  });

  it("name options the installed rolldown's mimalloc reads (checked on upgrades of Vite)", () => {
    const bindings = readdirSync(join(root, 'node_modules/@rolldown')).filter((name) => name.startsWith('binding-'));
    expect(bindings.length).toBe(1);
    const dir = join(root, 'node_modules/@rolldown', bindings[0]!);
    const binary = readFileSync(
      join(
        dir,
        readdirSync(dir).find((name) => name.endsWith('.node'))!,
      ),
    ).toString('latin1');
    // mimalloc reads MIMALLOC_<option>, the option's name upper-cased.
    for (const name of Object.keys(ALLOCATOR_ENV)) expect(binary).toContain(name.slice('MIMALLOC_'.length).toLowerCase());
  });
});
