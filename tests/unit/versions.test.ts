import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/load.ts';
import { checkAgainst } from '../../src/lib/versions/against.ts';
import { diffVersions } from '../../src/lib/versions/diff.ts';
import { descriptionSimilarity } from '../../src/lib/versions/similarity.ts';
import { confref } from '../helpers/cli.ts';
import { describeWith, flinkCorpus as corpus } from '../helpers/shared.ts';
import { build, table } from '../helpers/notes.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('diff between versions', () => {
  const v1 = `---\nversion: "1.0"\n---\n${table([
    '| a.same | 1 | Integer | Same. |',
    '| a.default | 1 | Integer | Default changes. |',
    '| a.type | 1 | Integer | Type changes. |',
    '| a.text | 1 | Integer | Old text. |',
    '| a.gone | 1 | Integer | Removed. |',
    '| a.old-name | 1 | Integer | Renamed with a deprecated key. |',
    '| a.mapped | 1 | Integer | Renamed by the rename map. |',
    '| a.falls | 1 | Integer | Renamed, fallback. |',
  ])}`;
  const v2 = `---\nversion: "2.0"\n---\n${table(
    [
      '| a.same | 1 | Integer | Same. | |',
      '| a.default | 2 | Integer | Default changes. | |',
      '| a.type | 1 | Long | Type changes. | |',
      '| a.text | 1 | Integer | New text. | |',
      '| a.new-name | 1 | Integer | Renamed with a deprecated key. | a.old-name |',
      '| a.map-target | 1 | Integer | Renamed by the rename map. | |',
      "| a.falling | 1 | Integer | If not configured, fallback to 'a.falls'. | |",
      '| a.brand-new | 1 | Integer | Added. | |',
    ],
    '| Key | Default | Type | Description | Deprecated Keys |',
  )}`;
  const renames = '---\nkind: renames\n---\n| Old key | New key | Since |\n| --- | --- | --- |\n| a.mapped | a.map-target | 2.0 |\n';
  const { registry } = build({ 'v1.md': v1, 'v2.md': v2, 'renames.md': renames });

  it('lists added, removed, renamed (with their evidence) and changed options', () => {
    expect(diffVersions(registry, '1.0', '2.0')).toEqual({
      from: '1.0',
      to: '2.0',
      summary: { common: 4, added: 1, removed: 1, renamed: 3, changed: 4, addedBeforeRenames: 4, removedBeforeRenames: 4 },
      added: ['a.brand-new'],
      removed: ['a.gone'],
      renamed: [
        { from: 'a.falls', to: 'a.falling', evidence: 'fallback-key' },
        { from: 'a.mapped', to: 'a.map-target', evidence: 'rename-map' },
        { from: 'a.old-name', to: 'a.new-name', evidence: 'deprecated-key' },
      ],
      changed: [
        { key: 'a.default', changes: [{ field: 'default', from: '1', to: '2' }] },
        {
          key: 'a.falling',
          changes: [{ field: 'description', from: 'Renamed, fallback.', to: "If not configured, fallback to 'a.falls'." }],
        },
        { key: 'a.text', changes: [{ field: 'description', from: 'Old text.', to: 'New text.' }] },
        { key: 'a.type', changes: [{ field: 'type', from: 'Integer', to: 'Long' }] },
      ],
    });
  });

  it('check against a version: missing keys with the replacement the data shows, and changed defaults', () => {
    const findings = checkAgainst(
      registry.options.filter((o) => o.version === '1.0'),
      registry.options.filter((o) => o.version === '2.0'),
      '2.0',
      registry.renames,
    );
    expect(
      findings.map((f) =>
        f.kind === 'missing'
          ? `missing ${f.option.key} → ${f.replacement ? `${f.replacement.key} (${f.replacement.evidence})` : '?'}`
          : `default ${f.option.key}`,
      ),
    ).toEqual([
      'default a.default',
      'missing a.falls → a.falling (fallback-key)',
      'missing a.gone → ?',
      'missing a.mapped → a.map-target (rename-map)',
      'missing a.old-name → a.new-name (deprecated-key)',
    ]);
  });

  it('description similarity', () => {
    expect(
      descriptionSimilarity(
        'The maximum number of completed checkpoints to retain.',
        'The maximum number of completed checkpoints to retain.',
      ),
    ).toBe(1);
    expect(descriptionSimilarity('The state backend to use.', 'A port number.')).toBe(0);
  });

  it('confref diff --json prints arrays added, removed, renamed and changed; exit 2 without --from/--to', () => {
    const fixture = join(root, 'tests/fixtures/rules/not-in-target');
    const { status, stdout } = confref('diff', '--content', fixture, '--from', '2.0', '--to', '2.0', '--json');
    expect(status).toBe(0);
    expect(Object.keys(JSON.parse(stdout))).toEqual(['from', 'to', 'summary', 'added', 'removed', 'renamed', 'changed']);
    expect(confref('diff', '--content', fixture, '--to', '2.0').status).toBe(2);
    expect(confref('diff', '--content', fixture, '--from', '9.9', '--to', '2.0').status).toBe(2);
  });

  it('confref check --against a folder of another version', () => {
    const { status, stdout } = confref(
      'check',
      '--against',
      join(root, 'tests/fixtures/rules/not-in-target/2.0'),
      '--content',
      join(root, 'tests/fixtures/rules/default-differs-in-target'),
      '--format',
      'json',
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout).map((d: { rule: string; message: string }) => `${d.rule}: ${d.message}`)).toEqual([
      'not-in-target: "web.timeout" does not exist in 2.0',
      'not-in-target: "web.port" does not exist in 2.0',
    ]);
  });
});

describeWith(corpus, "versions of Flink's own tables (needs ../shared/corpus/flink)", () => {
  const imported = (folder: string, version: string) => {
    const out = join(root, 'node_modules/.cache/confref-corpus', folder);
    const result = confref('import', 'flink-html', join(corpus, folder), '--out', out, '--version', version);
    expect(result.status).toBe(0);
    return out;
  };
  let v120 = '';
  let v21 = '';
  beforeAll(() => {
    v120 = imported('1.20.0', '1.20.0');
    v21 = imported('2.1-SNAPSHOT-8e93850', '2.1');
  });

  it('1.20.0 → 2.1: 772 keys in common, 131 added, 6 removed before renames', () => {
    const { stdout } = confref('diff', '--from', v120, '--to', v21, '--json');
    const diff = JSON.parse(stdout);
    expect([diff.summary.common, diff.summary.addedBeforeRenames, diff.summary.removedBeforeRenames]).toEqual([772, 131, 6]);
  });

  it('the seed checked against 2.1 flags its renamed and removed keys, naming the replacements the data shows', async () => {
    const { stdout } = confref('check', '--against', v21, '--format', 'json');
    const flagged = JSON.parse(stdout)
      .filter((d: { rule: string }) => d.rule === 'not-in-target')
      .map((d: { message: string }) =>
        /^"([^"]+)" does not exist in version 2\.1(?:.*?; replaced by "([^"]+)")?/
          .exec(d.message)!
          .slice(1)
          .map((x) => x ?? null),
      );
    expect(flagged).toEqual([
      ['state.backend', 'state.backend.type'],
      ['state.backend.async', null],
      ['state.backend.fs.memory-threshold', 'execution.checkpointing.data-inline-threshold'],
      ['state.backend.fs.write-buffer-size', 'execution.checkpointing.write-buffer-size'],
      ['state.backend.incremental', 'execution.checkpointing.incremental'],
      ['state.backend.local-recovery', 'execution.state-recovery.from-local'],
      ['state.checkpoints.dir', 'execution.checkpointing.dir'],
      ['state.checkpoints.num-retained', 'execution.checkpointing.num-retained'],
      ['state.savepoints.dir', 'execution.checkpointing.savepoint-dir'],
      ['taskmanager.state.local.root-dirs', 'execution.checkpointing.local-backup.dirs'],
    ]);
    expect((await loadRegistry(v21)).registry.options.length).toBe(903);
  });
});
