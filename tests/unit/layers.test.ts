/**
 * The code's layers: no two folders import each other, directly or round a
 * ring, and the browser's code reaches no build-time module.
 */
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/astro.ts';
import { folderCycles, folderOf, importEdges, reachable } from '../helpers/import-graph.ts';

const edges = importEdges(root, ['src', 'scripts']);
const local = edges.filter((edge) => edge.to.startsWith('src/') || edge.to.startsWith('scripts/'));

describe('folder layers', () => {
  it('reads the imports of TypeScript modules and of both halves of .astro files', () => {
    const edge = (from: string, to: string, browser: boolean, typeOnly: boolean) => ({ from, to, browser, typeOnly });
    expect(local).toContainEqual(edge('src/lib/registry/note-prepare.ts', 'src/lib/registry/front-matter.ts', false, false));
    expect(local).toContainEqual(edge('src/lib/registry/note.ts', 'src/lib/registry/front-matter.ts', false, true));
    expect(local).toContainEqual({ from: 'src/lib/i18n/ui.ts', to: 'src/lib/locale/locales.ts', browser: false, typeOnly: true });
    expect(local).toContainEqual({
      from: 'src/components/SearchBox.astro',
      to: 'src/scripts/search-ui.ts',
      browser: true,
      typeOnly: false,
    });
    expect(local).toContainEqual({ from: 'src/scripts/search-load.ts', to: 'src/lib/search/query.ts', browser: true, typeOnly: false });
    expect(local).toContainEqual({ from: 'scripts/commands/export.ts', to: 'src/lib/export/select.ts', browser: false, typeOnly: false });
    expect(folderOf('src/lib/registry/rules/unknown-type.ts')).toBe('src/lib/registry');
    expect(folderOf('src/pages/[lang]/notes/[id].astro')).toBe('src/pages');
    expect(folderOf('src/integration.ts')).toBe('src/integration.ts');
    expect(folderOf('scripts/commands/check.ts')).toBe('scripts');
  });

  it('finds a cycle between folders, however long the ring', () => {
    const ring = [
      { from: 'src/lib/a/x.ts', to: 'src/lib/b/y.ts' },
      { from: 'src/lib/b/y.ts', to: 'src/lib/c/z.ts' },
      { from: 'src/lib/c/w.ts', to: 'src/lib/a/v.ts' },
      { from: 'src/lib/c/w.ts', to: 'src/lib/d/u.ts' },
    ];
    expect(folderCycles(ring)).toEqual([['src/lib/a', 'src/lib/b', 'src/lib/c']]);
    expect(folderCycles(ring.slice(0, 2))).toEqual([]);
  });

  it('has no import cycle between folders', () => {
    expect(folderCycles(local)).toEqual([]);
  });

  it('keeps the lowest layers free of what sits above them', () => {
    const importsOf = (folder: string) =>
      new Set(local.filter((edge) => folderOf(edge.from) === folder && folderOf(edge.to) !== folder).map((edge) => folderOf(edge.to)));
    expect([...importsOf('src/lib/locale')]).toEqual([]);
    expect([...importsOf('src/lib/config')]).toEqual([]);
    expect([...importsOf('src/lib/registry')].sort()).toEqual(['src/lib/config', 'src/lib/locale']);
    // Library code never reaches into Astro's folders or the CLI.
    const upward = local.filter(
      (edge) => edge.from.startsWith('src/lib/') && /^(?:src\/(?:pages|components|layouts|loaders)|scripts)\//.test(edge.to),
    );
    expect(upward).toEqual([]);
  });
});

describe("the browser's code", () => {
  const entries = [
    ...new Set(local.filter((edge) => edge.browser).map((edge) => (edge.from.startsWith('src/scripts/') ? edge.from : edge.to))),
  ];
  const modules = reachable(local, entries);
  const packages = new Set(edges.filter((edge) => modules.has(edge.from) && !local.includes(edge)).map((edge) => edge.to));

  it('starts from the scripts the pages bundle', () => {
    expect(entries.sort()).toEqual([
      'src/scripts/check-page.ts',
      'src/scripts/embed-element.ts',
      'src/scripts/key-nodes.ts',
      'src/scripts/option-filter.ts',
      'src/scripts/search-hit.ts',
      'src/scripts/search-load.ts',
      'src/scripts/search-page.ts',
      'src/scripts/search-ui.ts',
      'src/scripts/version-select.ts',
    ]);
    expect(modules).toContain('src/lib/search/page-state.ts');
    expect(modules).toContain('src/lib/search/query.ts');
    // The check page runs lint's own core, its readers loaded one by one (load-reader.ts), not all of them (read.ts).
    expect(modules).toContain('src/lib/lint/lint-read.ts');
    expect(modules).toContain('src/lib/lint/lookup.ts');
    expect(modules).toContain('src/lib/lint/readers/config-yaml.ts');
    expect(modules).not.toContain('src/lib/lint/read.ts');
  });

  it('holds no index building, no registry parsing, no lint reference building and no Node built-in', () => {
    const buildOnly = ['src/lib/search/build.ts', 'src/lib/search/pack.ts', 'src/lib/search/documents.ts', 'src/lib/lint/reference.ts'];
    // Of the registry, only its value parsers and key similarity, which lint checks values and suggests keys with.
    const pureRegistry = ['src/lib/registry/key-similarity.ts', 'src/lib/registry/types.ts', 'src/lib/registry/values.ts'];
    expect([...modules].filter((module) => module.startsWith('src/lib/registry/')).sort()).toEqual(pureRegistry);
    expect([...modules].filter((module) => buildOnly.includes(module) || module.startsWith('src/lib/versions/'))).toEqual([]);
    expect([...packages].filter((name) => name.startsWith('node:'))).toEqual([]);
  });
});
