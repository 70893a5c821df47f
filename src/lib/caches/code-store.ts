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
 * - **One file**, `blocks.json`, read whole when a build first asks for a
 *   block: reading ten thousand small files, one per block, was 3.6 s of a
 *   79 s build of the Flink three-version site (docs/benchmarks.md).
 * - **Written at the end of a build** (`saveCodeStores`, from the confref
 *   integration's `astro:build:done`): the blocks this build read or wrote
 *   and no others, so the file holds what the content uses now. When `astro
 *   dev` stops, which renders only the pages a reader opened, the file's other
 *   blocks are kept too. It is written whole or not at all (atomic-file.ts); a file that
 *   cannot be read is an empty store, never an error. A build that fails
 *   writes nothing, and the next one starts from the file before it.
 * - **Two builds at once** each write what they used; the last to end wins,
 *   and blocks only the other one wrote are highlighted again next time.
 * - **Shared in the process.** Astro renders pages from its own bundle of
 *   this module, apart from the integration's copy: the stores a process
 *   opens are kept on `globalThis` under a registered symbol, where both find
 *   them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.ts';

/** Bumped when the file's format or what code-cache.ts stores in it changes. */
const FORMAT = 2;

/** The store's file in its folder. */
export const CODE_STORE_FILE = 'blocks.json';

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

/** A block read back: the fields code-cache.ts wrote, else nothing (a damaged entry is a miss). */
function storedBlock(value: unknown): StoredBlock | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { html, button, terminal } = value as Partial<StoredBlock>;
  if (typeof html !== 'string' || typeof button !== 'string') return undefined;
  return { html, button, ...(typeof terminal === 'string' ? { terminal } : {}) };
}

/** The blocks in a store's file by key; none when it is missing, unreadable or of another format. */
function readStoreFile(dir: string): Map<string, unknown> {
  try {
    const file = JSON.parse(readFileSync(join(dir, CODE_STORE_FILE), 'utf8')) as { format?: unknown; blocks?: unknown };
    if (file.format !== FORMAT || typeof file.blocks !== 'object' || file.blocks === null) return new Map();
    return new Map(Object.entries(file.blocks));
  } catch {
    return new Map();
  }
}

/** The store's file, `{ "format": …, "blocks": { key: block, … } }`, a block at a time. */
function* storeFileParts(blocks: ReadonlyMap<string, StoredBlock>): Generator<string> {
  yield `{"format":${FORMAT},"blocks":{`;
  let first = true;
  for (const [key, block] of blocks) {
    yield `${first ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(block)}`;
    first = false;
  }
  yield '}}';
}

export class CodeStore {
  readonly dir: string;
  private readonly fingerprint: string;
  /** The file's blocks, read when first asked for. */
  private stored: Map<string, unknown> | undefined;
  /** The blocks this build read or wrote: what the file will hold. */
  private readonly used = new Map<string, StoredBlock>();

  constructor(dir: string, fingerprint: string) {
    this.dir = dir;
    this.fingerprint = fingerprint;
  }

  private keyOf(lang: string, code: string): string {
    return createHash('sha256').update(`${this.fingerprint}\0${lang}\0${code}`).digest('hex');
  }

  private fromFile(): Map<string, unknown> {
    this.stored ??= readStoreFile(this.dir);
    return this.stored;
  }

  /** The stored block, kept for the next build; undefined when absent or damaged. */
  read(lang: string, code: string): StoredBlock | undefined {
    const key = this.keyOf(lang, code);
    let block = this.used.get(key);
    if (!block) {
      const stored = this.fromFile();
      block = storedBlock(stored.get(key));
      // Moved to the blocks this build uses: the file's copy is let go.
      stored.delete(key);
      if (block) this.used.set(key, block);
    }
    return block;
  }

  /** Keeps a block for the next build (written by `save`). */
  write(lang: string, code: string, block: StoredBlock): void {
    this.used.set(this.keyOf(lang, code), block);
  }

  /**
   * Writes the file with the blocks this build read or wrote, and removes the
   * one-file-per-block entries of earlier versions; how many blocks were kept,
   * and how many of the file's were not used and are gone. Without `prune`
   * (`astro dev`, which renders only the pages a reader opens) the file's
   * other blocks are kept too.
   */
  save({ prune = true }: { prune?: boolean } = {}): { kept: number; removed: number } {
    // What is left of the file's blocks is what this build did not use.
    const unused = [...this.fromFile()].filter(([key]) => !this.used.has(key));
    const blocks = new Map(this.used);
    if (!prune)
      for (const [key, value] of unused) {
        const block = storedBlock(value);
        if (block) blocks.set(key, block);
      }
    if (!writeFileAtomic(join(this.dir, CODE_STORE_FILE), storeFileParts(blocks))) return { kept: 0, removed: 0 };
    this.stored = new Map(blocks);
    for (const folder of readdirSync(this.dir))
      if (/^[0-9a-f]{2}$/.test(folder)) rmSync(join(this.dir, folder), { recursive: true, force: true });
    return { kept: blocks.size, removed: unused.length - (blocks.size - this.used.size) };
  }
}

const OPEN = Symbol.for('confref.code-stores');

/** The stores this process has opened, by folder and fingerprint, shared by every copy of this module. */
function openStores(): Map<string, CodeStore> {
  const shared = globalThis as { [OPEN]?: Map<string, CodeStore> };
  shared[OPEN] ??= new Map();
  return shared[OPEN];
}

/** The store in `dir` for blocks of `fingerprint`: the one this process opened before, else a new one. */
export function openCodeStore(dir: string, fingerprint: string): CodeStore {
  const stores = openStores();
  const key = `${dir}\0${fingerprint}`;
  let store = stores.get(key);
  if (!store) {
    store = new CodeStore(dir, fingerprint);
    stores.set(key, store);
  }
  return store;
}

/** Saves and closes every store this process opened (the end of a build, `prune`; of `astro dev`, not); the blocks kept and removed, summed. */
export function saveCodeStores(options: { prune?: boolean } = {}): { kept: number; removed: number } {
  const stores = openStores();
  const total = { kept: 0, removed: 0 };
  for (const store of stores.values()) {
    const { kept, removed } = store.save(options);
    total.kept += kept;
    total.removed += removed;
  }
  stores.clear();
  return total;
}

/** What a store's file holds: its blocks and its size in bytes (for the benchmarks). */
export function codeStoreSize(dir: string): { blocks: number; bytes: number } {
  let bytes = 0;
  try {
    bytes = readFileSync(join(dir, CODE_STORE_FILE)).length;
  } catch {
    // No file: an empty store.
  }
  return { blocks: readStoreFile(dir).size, bytes };
}
