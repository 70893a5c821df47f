/** Builds the site into a temporary folder, as `npm run build` does, with another content folder or base. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export function buildSite({ content, base }: { content?: string; base?: string } = {}): { dist: string; log: string } {
  const dist = mkdtempSync(join(tmpdir(), 'confref-dist-'));
  const log = execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONFREF_OUT_DIR: dist, CONFREF_BASE: base ?? '/', CONFREF_CONTENT: content ?? '', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { dist, log };
}
