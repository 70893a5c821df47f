import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, toDiagnostics } from '../../src/lib/registry/index.ts';
import { loadRegistry } from '../../src/lib/registry/load.ts';
import { DEFAULT_BUDGET } from '../../src/lib/registry/parse-pool.ts';
import { checkRegistryAgainst } from '../../src/lib/versions/against.ts';
import { sideUpstream, targetIsWhole } from '../../src/lib/versions/whole.ts';
import { optionsOfVersion } from '../../src/lib/versions/diff.ts';

const fixtures = fileURLToPath(new URL('../fixtures/rules/', import.meta.url));
const folders = readdirSync(fixtures).sort();

describe('rule fixtures (tests/fixtures/rules/<rule>/: notes + expected.json)', () => {
  it('has one fixture per rule in the catalog', () => {
    // note-failed stands for a parser exception: no known input causes one, so it is tested with a throwing parser (fallback.test.ts).
    expect(folders).toEqual(
      Object.keys(RULES)
        .filter((rule) => rule !== 'note-failed')
        .sort(),
    );
  });

  it("lists every rule in the content format's diagnostics table (docs/content-format.md), with the catalog's severity", () => {
    const reference = readFileSync(new URL('../../docs/content-format.md', import.meta.url), 'utf8');
    const documented = new Map([...reference.matchAll(/^\|\s*`([a-z-]+)`\s*\|\s*(error|warning|info)\s*\|/gm)].map((m) => [m[1]!, m[2]!]));
    expect(Object.fromEntries(Object.keys(RULES).map((rule) => [rule, documented.get(rule)]))).toEqual(
      Object.fromEntries(Object.entries(RULES).map(([rule, { severity }]) => [rule, severity])),
    );
  });

  for (const rule of folders) {
    it(`${rule}: exact diagnostics and options`, async () => {
      const expected = JSON.parse(readFileSync(`${fixtures}${rule}/expected.json`, 'utf8'));
      // A fixture may set the parse budget (too-complex): { "parse": { "baseMs": 200 } }.
      const parse = expected.parse ? { threads: 2, budget: { ...DEFAULT_BUDGET, msPerMiB: 0, ...expected.parse } } : undefined;
      const { registry, files } = await loadRegistry(`${fixtures}${rule}`, parse);
      // `check --against` rules: the fixture names the version in it to check against.
      if (expected.against)
        checkRegistryAgainst(registry, files, {
          label: `version ${expected.against}`,
          version: expected.against,
          options: optionsOfVersion(registry, expected.against),
          whole: targetIsWhole(registry, sideUpstream(registry, expected.against)),
        });
      const diagnostics = toDiagnostics(files);
      expect(diagnostics).toEqual(expected.diagnostics);
      expect(
        registry.options
          .map((o) => ({ key: o.key, version: o.version, default: o.default }))
          .map((o) => (o.version === null ? { key: o.key, default: o.default } : o)),
      ).toEqual(expected.options);
      // The fixture shows its own rule, with the catalog's severity.
      const own = diagnostics.filter((d) => d.rule === rule);
      expect(own.length).toBeGreaterThan(0);
      for (const d of own) expect(d.severity).toBe(RULES[rule as keyof typeof RULES].severity);
    });
  }
});
