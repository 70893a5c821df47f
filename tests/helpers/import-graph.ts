/**
 * The project's import graph, read with TypeScript's parser, for the layering tests: which module imports which,
 * the folder each module belongs to, and the cycles between folders.
 * `.astro` files count twice: their front matter runs on the server, their
 * `<script>` tags (not `is:inline`) are bundled for the browser.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { listFiles } from './dist.ts';

export interface ImportEdge {
  from: string;
  /** A project file (relative path), or a package / `node:` / `astro:` specifier as written. */
  to: string;
  /** The import is in a browser `<script>` of an `.astro` file, or in src/scripts/. */
  browser: boolean;
  /** `import type` and `export type`: erased when compiled, so nothing is bundled. */
  typeOnly: boolean;
}

interface ModuleImport {
  specifier: string;
  typeOnly: boolean;
  /** `import()`: loaded when the code asks for it, not with the module. */
  dynamic: boolean;
}

/** The module specifiers a module imports: static imports and re-exports, and dynamic `import()` (a bundle's too: its specifiers are template literals). */
export function importsIn(code: string): ModuleImport[] {
  const source = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: ModuleImport[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allTypes =
        clause !== undefined &&
        (clause.phaseModifier === ts.SyntaxKind.TypeKeyword ||
          (clause.name === undefined &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.every((e) => e.isTypeOnly)));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: allTypes, dynamic: false });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly, dynamic: false });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push({ specifier: argument.text, typeOnly: false, dynamic: true });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true, dynamic: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const SOURCE = /\.(?:ts|mts|mjs|js|astro)$/;

/** The source files (.ts, .mts, .mjs, .js, .astro) under a folder, relative to the root. */
export function listSources(root: string, folder: string): string[] {
  return listFiles(join(root, folder))
    .filter((path) => SOURCE.test(path))
    .map((path) => relative(root, path));
}

/** The code of a file: for `.astro`, the front matter (server) and the bundled `<script>` tags (browser). */
function codeOf(path: string, text: string): Array<{ code: string; browser: boolean }> {
  if (!path.endsWith('.astro')) return [{ code: text, browser: path.startsWith('src/scripts/') }];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script(?![^>]*\bis:inline\b)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return [{ code: front, browser: false }, ...scripts.map((code) => ({ code, browser: true }))];
}

/** Every import in the given folders, relative imports resolved to project paths. */
export function importEdges(root: string, folders: readonly string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of folders.flatMap((folder) => listSources(root, folder)).sort()) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const { code, browser } of codeOf(file, text)) {
      for (const { specifier, typeOnly } of importsIn(code)) {
        const to = specifier.startsWith('.') ? relative(root, normalize(join(root, dirname(file), specifier))) : specifier;
        edges.push({ from: file, to, browser, typeOnly });
      }
    }
  }
  return edges;
}

/**
 * The folder a module belongs to, as the layers are drawn: each folder of
 * `src/lib/` is one (`src/lib/registry`), each other folder of `src/` is one
 * (`src/components`, pages with their sub-folders), a file directly in `src/`
 * is its own, and `scripts/` (the CLI) is one.
 */
export function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'src' && parts[1] === 'lib' && parts.length > 3) return parts.slice(0, 3).join('/');
  if (parts[0] === 'src' && parts.length > 2) return parts.slice(0, 2).join('/');
  if (parts[0] === 'src') return path;
  return parts[0]!;
}

/** The folder graph's cycles: its strongly connected components of more than one folder (Tarjan), each sorted. */
export function folderCycles(edges: ReadonlyArray<{ from: string; to: string }>): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const a = folderOf(from);
    const b = folderOf(to);
    if (a === b) continue;
    if (!next.has(b)) next.set(b, new Set());
    (next.get(a) ?? next.set(a, new Set()).get(a)!).add(b);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** Every module a set of entry modules loads: through static and dynamic imports that are not type-only. */
export function reachable(edges: readonly ImportEdge[], entries: readonly string[]): Set<string> {
  const seen = new Set<string>(entries);
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    for (const edge of edges) {
      if (edge.from === file && !edge.typeOnly && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return seen;
}
