/**
 * The code cache on disk: highlighted blocks kept between builds, so a second
 * build of unchanged content highlights nothing it highlighted before.
 *
 * - **Keyed** by a hash of the block's language and code and of a fingerprint
 *   of everything else its HTML depends on: Expressive Code's settings
 *   (ec.config.mjs, astro.config.mjs) and the installed versions of Astro,
 *   Starlight, Expressive Code and Shiki (from the package lock). A change to
 *   any of them is a new fingerprint, so old entries are never read again.
 * - **What an entry holds**: the block's HTML without the page's assets, and
 *   the locale texts in it (copy button, terminal label), which code-cache.ts
 *   swaps for the texts of the locale being built. Those texts are learnt
 *   from blocks highlighted in the same build, so a changed translation never
 *   comes from disk.
 * - **Two builds at once** are safe: an entry is written to a temporary file
 *   and renamed into place, so a reader sees a whole entry or none; an entry
 *   that cannot be read is a miss, never an error.
 * - **Bounded**: each build touches the entries it uses, and when it ends
 *   removes those it neither wrote nor touched (`pruneCodeStore`). An entry
 *   another build is using at the same time may go; that build then
 *   highlights the block again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.ts';

/** Bumped when the entry format or what code-cache.ts stores in it changes. */
const FORMAT = 1;

/** The packages whose versions shape a highlighted block's HTML. */
const SHAPING_PACKAGES =
  /(?:^|\/)(?:astro|@astrojs\/starlight|astro-expressive-code|expressive-code|@expressive-code\/[^/]+|shiki|@shikijs\/[^/]+)$/;

/** One highlighted block as kept on disk. */
export interface StoredBlock {
  html: string;
  /** The copy button's `title="…" data-copied="…"` as in `html`. */
  button: string;
  /** A terminal frame's label as in `html`, if the block has one. */
  terminal?: string;
}

/** Where the store lives under a project: beside other tools' caches, outside the output. */
export function codeStoreDir(root: string): string {
  return join(root, 'node_modules/.cache/confref/code');
}

/**
 * What every block's HTML depends on besides its language and code: the
 * settings files' text and the shaping packages' installed versions. Undefined
 * when the versions cannot be read (no package lock): then nothing is stored.
 */
export function codeFingerprint(root: string): string | undefined {
  const read = (file: string) => {
    try {
      return readFileSync(join(root, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const lock = read('node_modules/.package-lock.json') ?? read('package-lock.json');
  if (lock === undefined) return undefined;
  let packages: Record<string, { version?: string }>;
  try {
    packages = (JSON.parse(lock) as { packages?: Record<string, { version?: string }> }).packages ?? {};
  } catch {
    return undefined;
  }
  const versions = Object.entries(packages)
    .filter(([path]) => SHAPING_PACKAGES.test(path))
    .map(([path, { version }]) => `${path}@${version ?? '?'}`)
    .sort();
  if (versions.length === 0) return undefined;
  const hash = createHash('sha256');
  hash.update(`confref code store ${FORMAT}\n${versions.join('\n')}\n`);
  for (const file of ['ec.config.mjs', 'astro.config.mjs']) hash.update(`${file}\n${read(file) ?? '(none)'}\n`);
  return hash.digest('hex');
}

export class CodeStore {
  readonly dir: string;
  private readonly fingerprint: string;

  constructor(dir: string, fingerprint: string) {
    this.dir = dir;
    this.fingerprint = fingerprint;
  }

  private pathOf(lang: string, code: string): string {
    const key = createHash('sha256').update(`${this.fingerprint}\0${lang}\0${code}`).digest('hex');
    return join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }

  /** The stored block, touched so that this build's prune keeps it; undefined when absent or unreadable. */
  read(lang: string, code: string): StoredBlock | undefined {
    const path = this.pathOf(lang, code);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const block = JSON.parse(text) as Partial<StoredBlock>;
      if (typeof block.html !== 'string' || typeof block.button !== 'string') return undefined;
      const now = new Date();
      utimesSync(path, now, now);
      return { html: block.html, button: block.button, ...(typeof block.terminal === 'string' ? { terminal: block.terminal } : {}) };
    } catch {
      return undefined;
    }
  }

  /** Writes a block: to a file of its own first, then renamed into place, so a reader never sees half of it. */
  write(lang: string, code: string, block: StoredBlock): void {
    // A full disk or a read-only folder costs the next build time, never this one's output.
    writeFileAtomic(this.pathOf(lang, code), JSON.stringify(block));
  }
}

/**
 * Removes the entries no build has written or read since `since` (ms since the
 * epoch): what the build that started then did not use. Returns how many were
 * kept and removed.
 */
export function pruneCodeStore(dir: string, since: number): { kept: number; removed: number } {
  let kept = 0;
  let removed = 0;
  let folders: string[];
  try {
    folders = readdirSync(dir);
  } catch {
    return { kept, removed };
  }
  for (const folder of folders) {
    const path = join(dir, folder);
    let files: string[];
    try {
      files = readdirSync(path);
    } catch {
      continue;
    }
    for (const file of files) {
      const entry = join(path, file);
      try {
        // Within a second of the start counts as used: some file systems keep whole seconds.
        if (statSync(entry).mtimeMs >= since - 1000) kept++;
        else {
          rmSync(entry, { force: true });
          removed++;
        }
      } catch {
        // Gone already: another build pruned it.
      }
    }
  }
  return { kept, removed };
}
