/** The small registry the lint tests check against (tests/fixtures/lint/notes: Flink 1.18, 1.20 and 2.0 options and a rename map), and the fixture files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './astro.ts';
import { build } from './notes.ts';
import { lintReference, type LintReference } from '../../src/lib/lint/index.ts';
import type { LintFinding } from '../../src/lib/lint/types.ts';

export const lintNotes = join(root, 'tests/fixtures/lint/notes');
export const lintFiles = join(root, 'tests/fixtures/lint/files');

export const lintRegistry = build(
  Object.fromEntries(readdirSync(lintNotes).map((name) => [name, readFileSync(join(lintNotes, name))])),
).registry;

export function referenceFor(version: string | null = '1.20'): LintReference {
  return lintReference(lintRegistry, version);
}

export function lintFixture(name: string): string {
  return readFileSync(join(lintFiles, name), 'utf8');
}

/** `line:column rule key` for each finding, in order. */
export function brief(findings: readonly LintFinding[]): string[] {
  return findings.map((f) => `${f.line}:${f.column} ${f.rule}${f.key ? ` ${f.key}` : ''}`);
}
