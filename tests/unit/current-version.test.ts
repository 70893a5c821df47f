import { describe, expect, it } from 'vitest';
import { chooseCurrentVersion, sortVersions } from '../../src/lib/registry/current-version.ts';
import { buildRegistry, toDiagnostics } from '../../src/lib/registry/index.ts';
import { checkRegistryAgainst, teamOptions } from '../../src/lib/versions/against.ts';

const table = (rows: string[]) => ['| Key | Default | Type | Description |', '| --- | --- | --- | --- |', ...rows].join('\n');
const upstream = (version: string, rows: string[]) => `---\nversion: "${version}"\nupstream: true\n---\n${table(rows)}\n`;
const build = (notes: Record<string, string>, currentVersion?: string) =>
  buildRegistry(
    Object.entries(notes).map(([path, contents]) => ({ path, contents: new TextEncoder().encode(contents) })),
    undefined,
    { currentVersion },
  );

describe('chooseCurrentVersion', () => {
  const note = (version: string | null) => ({ version, upstream: false });
  const reference = (version: string) => ({ version, upstream: true });

  it('is the newest version with an upstream reference, numbers compared as numbers', () => {
    expect(chooseCurrentVersion([note(null), reference('1.9'), reference('1.20.0'), note('3.0')])).toBe('1.20.0');
  });

  it('is the unversioned notes without an upstream reference', () => {
    expect(chooseCurrentVersion([note(null), note('2.1')])).toBeNull();
  });

  it('is the newest version when every note has one and none is upstream', () => {
    expect(chooseCurrentVersion([note('1.20'), note('1.9')])).toBe('1.20');
  });

  it('is null for no content at all', () => {
    expect(chooseCurrentVersion([])).toBeNull();
  });

  it('is the configured version whatever the content says', () => {
    expect(chooseCurrentVersion([reference('2.1'), note(null)], '1.20')).toBe('1.20');
  });

  it('sorts versions oldest first with numeric parts as numbers', () => {
    expect(sortVersions(['2.1', '1.20.0', '1.9', '1.11.3', '2.1'])).toEqual(['1.9', '1.11.3', '1.20.0', '2.1']);
  });
});

describe('unversioned notes annotate the current version', () => {
  const notes = {
    '2.1/flink.md': upstream('2.1', ['| execution.checkpointing.interval | (none) | Duration | Checkpoint every so often. |']),
    '1.20/flink.md': upstream('1.20', ['| execution.checkpointing.interval | (none) | Duration | Older words. |']),
    'ops.md': table([
      '| execution.checkpointing.interval | 3 min | Duration | We checkpoint every three minutes. |',
      '| our.own.key | 1 | Integer | A key only this team sets. |',
    ]),
  };

  it("joins the current version's options; each definition keeps its note's own version", () => {
    const { registry } = build(notes);
    expect(registry.current).toBe('2.1');
    expect(registry.versions).toEqual(['1.20', '2.1']);
    expect(registry.options.map((o) => `${o.version} ${o.key}`)).toEqual([
      '1.20 execution.checkpointing.interval',
      '2.1 execution.checkpointing.interval',
      '2.1 our.own.key',
    ]);
    const interval = registry.options.find((o) => o.version === '2.1' && o.key === 'execution.checkpointing.interval')!;
    expect(interval.definitions.map((d) => [d.source.file, d.kind, d.version, d.default?.raw ?? null])).toEqual([
      ['2.1/flink.md', 'upstream', '2.1', null],
      ['ops.md', 'note', null, '3 min'],
    ]);
    expect(interval.default).toBeNull();
    expect(interval.resolved.default).toBe('upstream');
  });

  it("is compared with the current version's upstream reference", () => {
    const diagnostics = toDiagnostics(build(notes).files).map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`);
    expect(diagnostics).toEqual([
      'ops.md:3 differs-from-upstream Default of "execution.checkpointing.interval" is "3 min" here, but the upstream reference of 2.1 says "none" (2.1/flink.md:7:3)',
    ]);
  });

  it('annotates the configured version instead', () => {
    const { registry } = build(notes, '1.20');
    expect(registry.current).toBe('1.20');
    expect(registry.options.map((o) => `${o.version} ${o.key}`)).toEqual([
      '1.20 execution.checkpointing.interval',
      '2.1 execution.checkpointing.interval',
      '1.20 our.own.key',
    ]);
  });

  it('stays unversioned when no version has an upstream reference', () => {
    const { registry } = build({
      'ops.md': notes['ops.md'],
      '1.20/team.md': `---\nversion: "1.20"\n---\n${table(['| a.b | 1 | Integer | A. |'])}\n`,
    });
    expect(registry.current).toBeNull();
    expect(registry.options.map((o) => `${o.version} ${o.key}`)).toEqual([
      '1.20 a.b',
      'null execution.checkpointing.interval',
      'null our.own.key',
    ]);
  });

  it('gives a second note of the same id in the current version its own id', () => {
    const { registry, files } = build({
      '2.1/ops.md': upstream('2.1', ['| a.b | 1 | Integer | A. |']),
      'ops.md': table(['| a.b | 1 | Integer | A. |']),
    });
    expect(registry.notes.map((n) => `${n.file} ${n.id}`)).toEqual(['2.1/ops.md ops', 'ops.md ops-2']);
    expect(toDiagnostics(files).map((d) => `${d.file} ${d.rule}`)).toEqual(['ops.md duplicate-note-id']);
  });
});

describe('check --against reads the team notes only', () => {
  it("leaves out other versions' upstream references, and reports at the team note's row with its own default", () => {
    const { registry, files } = build({
      '2.1/flink.md': upstream('2.1', ['| execution.checkpointing.interval | (none) | Duration | Checkpoint every so often. |']),
      '1.11/flink.md': upstream('1.11', ['| akka.ask.timeout | 10 s | Duration | Timeout of asks. |']),
      '1.20/flink.md': upstream('1.20', ['| execution.checkpointing.interval | 1 min | Duration | Checkpoint every so often. |']),
      'ops.md': table(['| execution.checkpointing.interval | 3 min | Duration | We checkpoint every three minutes. |']),
    });
    const before = toDiagnostics(files).length;
    checkRegistryAgainst(registry, files, {
      label: 'version 1.20',
      version: '1.20',
      options: registry.options.filter((o) => o.version === '1.20'),
    });
    expect(teamOptions(registry.options, '1.20').map((o) => [o.key, o.version, o.default?.raw, o.sources[0]?.file])).toEqual([
      ['execution.checkpointing.interval', '2.1', '3 min', 'ops.md'],
    ]);
    expect(before).toBeGreaterThan(0);
    expect(
      toDiagnostics(files)
        .filter((d) => d.rule.endsWith('-in-target'))
        .map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`),
    ).toEqual([
      'ops.md:3 default-differs-in-target Default of "execution.checkpointing.interval" is "3 min" here but "1 min" in version 1.20',
    ]);
  });
});
