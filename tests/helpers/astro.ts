/** Builds the site into a temporary folder, as `npm run build` does, with another content folder or base. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withAllocatorEnv } from '../../src/lib/runtime/allocator-env.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Where this process's builds keep the registry cache (CONFREF_CACHE_DIR): a folder of their own, never the project's. */
const registryCacheDir = mkdtempSync(join(tmpdir(), 'confref-registry-cache-'));

/**
 * The environment for an Astro child process: without the variables Vitest sets, which change how Astro and Vite run,
 * and with the allocator options `npm run build` sets. The registry cache is in a temporary folder of this process.
 */
export function astroEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(?:VITEST|NODE_ENV$|TEST$|MODE$|PROD$|DEV$|SSR$|BASE_URL$)/.test(name)),
  );
  return withAllocatorEnv({ ...env, ASTRO_TELEMETRY_DISABLED: '1', CONFREF_CACHE_DIR: registryCacheDir, ...extra });
}

/** `dist`: the output folder (emptied by the build); a new temporary one by default. */
export function buildSite({
  content,
  base,
  site,
  env = {},
  dist = mkdtempSync(join(tmpdir(), 'confref-dist-')),
}: { content?: string; base?: string; site?: string; env?: Record<string, string>; dist?: string } = {}): {
  dist: string;
  log: string;
} {
  const log = execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    // Without the page cache unless a test asks for it (tests/site/determinism.test.ts): the test builds are of
    // different content, and would only write copies of their pages for the next to throw away.
    env: astroEnv({
      CONFREF_OUT_DIR: dist,
      CONFREF_BASE: base ?? '/',
      CONFREF_CONTENT: content ?? '',
      CONFREF_SITE: site ?? '',
      CONFREF_PAGE_CACHE: '0',
      ...env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { dist, log };
}
