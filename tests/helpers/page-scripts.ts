/**
 * A built page's JS as the browser loads it: its module scripts and the
 * chunks they import statically load with the page; the chunks any of them
 * import with `import()` load only when the page's code asks for them. For the
 * page-weight figures (bench/run.ts) and the tests that keep a module off a
 * page's load.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { listFiles } from './dist.ts';
import { importsIn } from './import-graph.ts';

/** The files of a page's external module scripts, in `dist`. */
export function pageScripts(dist: string, html: string, base = '/'): string[] {
  const prefix = base.replace(/\/?$/, '/');
  return [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)]
    .map((match) => match[1]!)
    .filter((src) => src.startsWith(prefix))
    .map((src) => join(dist, src.slice(prefix.length)));
}

/** The chunks a chunk imports, as files: with it (`static`) and by `import()` (`dynamic`). */
function chunkImports(file: string): { static: string[]; dynamic: string[] } {
  const found = { static: [] as string[], dynamic: [] as string[] };
  for (const { specifier, dynamic } of importsIn(readFileSync(file, 'utf8')))
    if (specifier.startsWith('.')) found[dynamic ? 'dynamic' : 'static'].push(join(dirname(file), specifier));
  return found;
}

/** `files` and every chunk they import statically, at any depth: what loads with them. */
export function loadedWith(files: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...chunkImports(file).static);
  }
  return seen;
}

/**
 * The chunks `files` (with what loads with them) import by `import()`, by the
 * name they were emitted under (`sql` for `_astro/sql.BWUdFeZU.js`: the name of
 * the module the chunk starts from).
 */
export function lazyChunks(files: readonly string[]): Map<string, string> {
  const lazy = new Map<string, string>();
  for (const file of loadedWith(files))
    for (const chunk of chunkImports(file).dynamic) lazy.set(basename(chunk).replace(/\..*$/, ''), chunk);
  return lazy;
}

/** The built chunks holding eemeli/yaml: known by the symbol its documents carry (`Symbol.for('yaml.document')`). */
export function yamlChunks(dist: string): string[] {
  return listFiles(join(dist, '_astro')).filter((file) => file.endsWith('.js') && readFileSync(file, 'utf8').includes('yaml.document'));
}
