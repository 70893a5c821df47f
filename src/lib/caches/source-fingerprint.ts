/**
 * What the registry cache's key takes of confref's own code (registry-key.ts): its version,
 * and the size and modification time of each of its sources and of the
 * installed package list, so that an edited module or an `npm ci` never reads
 * an entry an older build of the code wrote. Stats, not contents: a call
 * reads no source, and a touched file costs one rebuild at most.
 *
 * The key of the site's pages (page-key.ts) takes a hash of the contents
 * instead: it is made once per build, where reading the sources costs little,
 * and a fresh checkout of the same code (a CI job restoring
 * `node_modules/.astro` from its cache) must find the pages it kept.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder: the one holding package.json, src/ and scripts/. */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The files a fingerprint reads: folders (their source files, or `every` file) and single files, each marked `by` its
 * size and modification time or by a hash of its contents.
 */
export interface Sources {
  folders: readonly string[];
  files: readonly string[];
  every: boolean;
  by: 'stamp' | 'content';
}

/** What builds the registry: the library and the CLI's scripts. */
export const REGISTRY_SOURCES: Sources = { folders: ['src/lib', 'scripts'], files: [], every: false, by: 'stamp' };
/**
 * What makes the site, for the key of its pages (page-key.ts): every file of `src/` (components and styles too:
 * a copied page links the build's shared CSS and JS files, whose names any route's code can change), `public/`,
 * the CLI's scripts and the configuration files at the project's root.
 */
export const SITE_SOURCES: Sources = {
  folders: ['src', 'public', 'scripts'],
  files: ['astro.config.mjs', 'ec.config.mjs', 'package.json'],
  every: true,
  by: 'content',
};
const SOURCE = /\.(?:ts|js|mjs|json)$/;

/** A file's contents, hashed: the same for the same bytes whenever and wherever it was written. */
function contentHash(path: string): string {
  try {
    return createHash('sha1').update(readFileSync(path)).digest('hex');
  } catch {
    return '-';
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function stamp(path: string): string {
  try {
    const info = statSync(path);
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return '-';
  }
}

export function sourceFingerprint(root: string = projectRoot, sources: Sources = REGISTRY_SOURCES): string {
  const mark = sources.by === 'stamp' ? stamp : contentHash;
  let version = '?';
  try {
    version = String((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown }).version);
  } catch {
    // No package.json: the sources' stamps still tell builds apart.
  }
  const parts = [`confref@${version}`, `node_modules/.package-lock.json ${mark(join(root, 'node_modules/.package-lock.json'))}`];
  for (const file of sources.files) parts.push(`${file} ${mark(join(root, file))}`);
  for (const folder of sources.folders) {
    let files: string[];
    try {
      files = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const file of files.filter((name) => (sources.every ? isFile(join(root, folder, name)) : SOURCE.test(name))).sort())
      parts.push(`${folder}/${file} ${mark(join(root, folder, file))}`);
  }
  return parts.join('\n');
}
