import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, toDiagnostics } from '../../src/lib/registry/index.ts';
import { loadRegistry } from '../../src/lib/registry/load.ts';
import { checkRegistryAgainst } from '../../src/lib/versions/against.ts';
import { optionsOfVersion } from '../../src/lib/versions/diff.ts';

const fixtures = fileURLToPath(new URL('../fixtures/rules/', import.meta.url));
const folders = readdirSync(fixtures).sort();

describe('rule fixtures (tests/fixtures/rules/<rule>/: notes + expected.json)', () => {
  it('has one fixture per rule in the catalog', () => {
    expect(folders).toEqual(Object.keys(RULES).sort());
  });

  for (const rule of folders) {
    it(`${rule}: exact diagnostics and options`, async () => {
      const expected = JSON.parse(readFileSync(`${fixtures}${rule}/expected.json`, 'utf8'));
      const { registry, files } = await loadRegistry(`${fixtures}${rule}`);
      // `check --against` rules: the fixture names the version in it to check against.
      if (expected.against) checkRegistryAgainst(registry, files, { label: `version ${expected.against}`, version: expected.against, options: optionsOfVersion(registry, expected.against) });
      const diagnostics = toDiagnostics(files);
      expect(diagnostics).toEqual(expected.diagnostics);
      expect(registry.options.map((o) => ({ key: o.key, version: o.version, default: o.default })).map((o) => (o.version === null ? { key: o.key, default: o.default } : o))).toEqual(expected.options);
      // The fixture shows its own rule, with the catalog's severity.
      const own = diagnostics.filter((d) => d.rule === rule);
      expect(own.length).toBeGreaterThan(0);
      for (const d of own) expect(d.severity).toBe(RULES[rule as keyof typeof RULES].severity);
    });
  }
});
