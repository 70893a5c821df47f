import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/load.ts';
import { checkAgainst } from '../../src/lib/versions/against.ts';
import { diffVersions, type VersionDiff } from '../../src/lib/versions/diff.ts';
import { FLINK_DEPRECATED_KEYS } from '../../src/lib/versions/flink-deprecated-keys.ts';
import { descriptionSimilarity } from '../../src/lib/versions/similarity.ts';
import { wholeSides } from '../../src/lib/versions/whole.ts';
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

  it('groups added, removed, renamed (with their evidence) and changed options by option group', () => {
    const brief = (key: string, description: string) => ({ key, type: 'Integer', default: '1', description });
    expect(diffVersions(registry, '1.0', '2.0')).toEqual({
      from: '1.0',
      to: '2.0',
      summary: { common: 4, added: 1, removed: 1, renamed: 3, changed: 3, addedBeforeRenames: 4, removedBeforeRenames: 4 },
      partial: [],
      groups: [
        {
          group: 'a.brand-new',
          added: [brief('a.brand-new', 'Added.')],
          removed: [],
          renamed: [],
          changed: [],
        },
        {
          group: 'a.default',
          added: [],
          removed: [],
          renamed: [],
          changed: [{ key: 'a.default', changes: [{ field: 'default', from: '1', to: '2' }] }],
        },
        {
          group: 'a.falling',
          added: [],
          removed: [],
          renamed: [
            {
              from: 'a.falls',
              to: 'a.falling',
              evidence: 'fallback-key',
              citation: 'v2.md:12',
              changes: [
                {
                  field: 'description',
                  from: 'Renamed, fallback.',
                  to: "If not configured, fallback to 'a.falls'.",
                  words: [
                    { op: 'del', text: 'Renamed' },
                    { op: 'ins', text: 'If not configured' },
                    { op: 'same', text: ', fallback ' },
                    { op: 'ins', text: "to 'a" },
                    { op: 'same', text: '.' },
                    { op: 'ins', text: "falls'." },
                  ],
                },
              ],
            },
          ],
          changed: [],
        },
        { group: 'a.gone', added: [], removed: [brief('a.gone', 'Removed.')], renamed: [], changed: [] },
        {
          group: 'a.map-target',
          added: [],
          removed: [],
          renamed: [{ from: 'a.mapped', to: 'a.map-target', evidence: 'rename-map', citation: 'renames.md:6', changes: [] }],
          changed: [],
        },
        {
          group: 'a.new-name',
          added: [],
          removed: [],
          renamed: [{ from: 'a.old-name', to: 'a.new-name', evidence: 'deprecated-key', citation: 'v2.md:10', changes: [] }],
          changed: [],
        },
        {
          group: 'a.text',
          added: [],
          removed: [],
          renamed: [],
          changed: [
            {
              key: 'a.text',
              changes: [
                {
                  field: 'description',
                  from: 'Old text.',
                  to: 'New text.',
                  words: [
                    { op: 'del', text: 'Old' },
                    { op: 'ins', text: 'New' },
                    { op: 'same', text: ' text.' },
                  ],
                },
              ],
            },
          ],
        },
        {
          group: 'a.type',
          added: [],
          removed: [],
          renamed: [],
          changed: [{ key: 'a.type', changes: [{ field: 'type', from: 'Integer', to: 'Long' }] }],
        },
      ],
    });
  });

  it('check against a version: renamed keys with their evidence, missing keys with a did-you-mean, and changed defaults', () => {
    const findings = checkAgainst(
      registry.options.filter((o) => o.version === '1.0'),
      registry.options.filter((o) => o.version === '2.0'),
      '2.0',
      registry.renames,
    );
    expect(
      findings.map((f) =>
        f.kind === 'renamed'
          ? `renamed ${f.option.key} → ${f.rename.to} (${f.rename.evidence})`
          : f.kind === 'missing'
            ? `missing ${f.option.key} → ${f.suggestion ? `${f.suggestion.key} (${f.suggestion.evidence})` : '?'}`
            : `default ${f.option.key}`,
      ),
    ).toEqual([
      'default a.default',
      'renamed a.falls → a.falling (fallback-key)',
      'missing a.gone → ?',
      'renamed a.mapped → a.map-target (rename-map)',
      'renamed a.old-name → a.new-name (deprecated-key)',
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

  it('confref diff --json prints the summary and the changes by group; exit 2 without --from/--to', () => {
    const fixture = join(root, 'tests/fixtures/rules/not-in-target');
    const { status, stdout } = confref('diff', '--content', fixture, '--from', '2.0', '--to', '2.0', '--json');
    expect(status).toBe(0);
    expect(Object.keys(JSON.parse(stdout))).toEqual(['from', 'to', 'summary', 'partial', 'groups']);
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
      'not-in-target: "web.timeout" is not in 2.0',
      'not-in-target: "web.port" is not in 2.0',
    ]);
  });
});

describe('a partial version in a diff: keys it does not write are unknown there, not absent', () => {
  // 2.1 is an upstream reference (whole); 1.20 a team's hand copy of a few of its keys (partial).
  const whole = `---\nversion: "2.1"\nupstream: true\n---\n${table(
    [
      '| a.same | 1 | Integer | Same. | |',
      '| a.changed | 2 | Integer | Default changes. | |',
      '| a.new-name | 1 | Integer | Renamed, with its deprecated key. | a.old-name |',
      '| a.unwritten | 1 | Integer | Not in the hand copy. | |',
      '| b.unwritten | true | Boolean | Not in the hand copy either. | |',
      '| c.described | 1 | Integer | Bytes the reader buffers before it flushes. | |',
    ],
    '| Key | Default | Type | Description | Deprecated Keys |',
  )}`;
  const partial = `---\nversion: "1.20"\n---\n${table([
    '| a.same | 1 | Integer | Same. |',
    '| a.changed | 1 | Integer | Default changes. |',
    '| a.old-name | 1 | Integer | Renamed, with its deprecated key. |',
    '| a.gone | 1 | Integer | Written in the copy, not in 2.1. |',
    '| d.described | 1 | Integer | Bytes the reader buffers before it flushes. |',
  ])}`;
  const brief = (key: string, description: string) => ({ key, type: 'Integer', default: '1', description });
  const changedDefault = { key: 'a.changed', changes: [{ field: 'default', from: '1', to: '2' }] };
  const oldName = { from: 'a.old-name', to: 'a.new-name', evidence: 'deprecated-key', citation: '2.1.md:9', changes: [] };

  it('from a partial version to a whole one: changes, renames with evidence and removals; the keys it leaves out only counted', () => {
    const { registry } = build({ '1.20.md': partial, '2.1.md': whole });
    expect(diffVersions(registry, '1.20', '2.1')).toEqual({
      from: '1.20',
      to: '2.1',
      summary: { common: 2, added: 0, removed: 2, renamed: 1, changed: 1, addedBeforeRenames: 0, removedBeforeRenames: 3 },
      partial: [{ side: 'from', version: '1.20', uncovered: 3 }],
      groups: [
        { group: 'a.changed', added: [], removed: [], renamed: [], changed: [changedDefault] },
        { group: 'a.gone', added: [], removed: [brief('a.gone', 'Written in the copy, not in 2.1.')], renamed: [], changed: [] },
        { group: 'a.new-name', added: [], removed: [], renamed: [oldName], changed: [] },
        // Whether c.described is new in 2.1 the copy cannot tell, so no rename rests on the description alone.
        {
          group: 'd.described',
          added: [],
          removed: [brief('d.described', 'Bytes the reader buffers before it flushes.')],
          renamed: [],
          changed: [],
        },
      ],
    });
  });

  it('from a whole version to a partial one: nothing removed, the keys the copy leaves out counted', () => {
    const { registry } = build({ '1.20.md': partial, '2.1.md': whole });
    const diff = diffVersions(registry, '2.1', '1.20');
    expect([diff.summary, diff.partial]).toEqual([
      { common: 2, added: 3, removed: 0, renamed: 0, changed: 1, addedBeforeRenames: 3, removedBeforeRenames: 0 },
      [{ side: 'to', version: '1.20', uncovered: 4 }],
    ]);
    expect(diff.groups.flatMap((g) => g.added.map((o) => o.key))).toEqual(['a.gone', 'a.old-name', 'd.described']);
  });

  it('with no upstream reference anywhere, both versions are whole: every key is added or removed', () => {
    const { registry } = build({ '1.20.md': partial, '2.1.md': whole.replace('upstream: true\n', '') });
    const diff = diffVersions(registry, '1.20', '2.1');
    expect([diff.summary, diff.partial]).toEqual([
      { common: 2, added: 2, removed: 1, renamed: 2, changed: 1, addedBeforeRenames: 4, removedBeforeRenames: 3 },
      [],
    ]);
    expect(diff.groups.flatMap((g) => g.renamed.map((r) => `${r.from} → ${r.to} (${r.evidence})`))).toEqual([
      'a.old-name → a.new-name (deprecated-key)',
      'd.described → c.described (same-description)',
    ]);
  });

  it('two sides from two contents: a hand copy is partial beside an import, and both are whole when neither has a reference', () => {
    const copy = { upstream: false, contentHasUpstream: false };
    const imported = { upstream: true, contentHasUpstream: true };
    const beside = { upstream: false, contentHasUpstream: true };
    expect(wholeSides(copy, imported)).toEqual({ from: false, to: true });
    expect(wholeSides(imported, copy)).toEqual({ from: true, to: false });
    expect(wholeSides(copy, copy)).toEqual({ from: true, to: true });
    expect(wholeSides(beside, imported)).toEqual({ from: false, to: true });
    expect(wholeSides(imported, imported)).toEqual({ from: true, to: true });
  });

  it('confref diff names the partial version and how many keys it does not write, in text and as `partial` in --json', () => {
    const fixture = join(root, 'tests/fixtures/partial-versions');
    const json = confref('diff', '--content', fixture, '--from', '1.20', '--to', '2.1', '--json');
    expect(json.status).toBe(0);
    const diff = JSON.parse(json.stdout) as VersionDiff;
    expect(Object.keys(diff)).toEqual(['from', 'to', 'summary', 'partial', 'groups']);
    expect(diff.partial).toEqual([{ side: 'from', version: '1.20', uncovered: 3 }]);
    expect(diff.groups.map((g) => [g.group, g.added.length, g.removed.length, g.changed.length])).toEqual([
      ['web.legacy', 0, 1, 0],
      ['web.port', 0, 0, 1],
    ]);
    // Each side a folder of its own, as in docs/content-format.md: the hand copy has no reference, the import has one.
    const text = confref('diff', '--content', fixture, '--from', join(fixture, '1.20'), '--to', join(fixture, '2.1'));
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      'version 1.20 (1.20) → version 2.1 (2.1): 2 keys in common, 0 added and 1 removed before renames; 0 added, 1 removed, 0 renamed, 1 changed',
      'version 1.20 (1.20) is partial (notes that copy part of it): it does not write 3 of the keys version 2.1 (2.1) has, which are therefore not listed as added',
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
  let v111 = '';
  let v120 = '';
  let v21 = '';
  beforeAll(() => {
    v111 = imported('1.11.3', '1.11.3');
    v120 = imported('1.20.0', '1.20.0');
    v21 = imported('2.1-SNAPSHOT-8e93850', '2.1');
  });

  it('1.11.3 → 1.20.0: renames with their evidence, old → new defaults, added options with their descriptions', () => {
    const diff = JSON.parse(confref('diff', '--from', v111, '--to', v120, '--json').stdout) as VersionDiff;
    const renames = diff.groups.flatMap((g) => g.renamed);
    const dir = renames.find((r) => r.from === 'state.checkpoints.dir')!;
    expect([dir.to, dir.evidence, dir.citation]).toEqual([
      'execution.checkpointing.dir',
      'flink-deprecated-keys',
      'CheckpointingOptions.CHECKPOINTS_DIRECTORY (Flink 1.20)',
    ]);
    // The description grew a sentence: the word diff keeps the old text and inserts the new one.
    const words = dir.changes.find((c) => c.field === 'description');
    expect(words && 'words' in words ? words.words.filter((w) => w.op !== 'same').map((w) => w.op) : []).toEqual(['ins']);
    // Renamed by the description alone (Akka became Pekko between 1.11 and 1.20).
    expect(renames.find((r) => r.from === 'akka.framesize')).toMatchObject({
      to: 'pekko.framesize',
      evidence: 'same-description',
      citation: null,
    });
    const changed = new Map(diff.groups.flatMap((g) => g.changed).map((c) => [c.key, c.changes]));
    expect(changed.get('env.log.max')).toContainEqual({ field: 'default', from: '5', to: '10' });
    expect(changed.get('kubernetes.rest-service.exposed.type')).toContainEqual({ field: 'default', from: 'LoadBalancer', to: 'ClusterIP' });
    const added = diff.groups.flatMap((g) => g.added).find((o) => o.key === 'execution.checkpointing.file-merging.enabled')!;
    expect(added.description).toMatch(/^Whether to enable merging multiple checkpoint files into one/);
  });

  it('every key of the shipped deprecated-keys table is in the tables of the Flink version it cites, and no old key is', async () => {
    const keys = new Set((await loadRegistry(v120)).registry.options.map((o) => o.key));
    expect(FLINK_DEPRECATED_KEYS.filter((e) => e.source.flinkVersion === '1.20' && !keys.has(e.key)).map((e) => e.key)).toEqual([]);
    const oldInTables = FLINK_DEPRECATED_KEYS.filter((e) => e.kind === 'deprecated').flatMap((e) => e.oldKeys.filter((k) => keys.has(k)));
    expect(oldInTables).toEqual([]);
  });

  it('1.20.0 → 2.1: 772 keys in common, 131 added, 6 removed before renames', () => {
    const { stdout } = confref('diff', '--from', v120, '--to', v21, '--json');
    const diff = JSON.parse(stdout);
    expect([diff.summary.common, diff.summary.addedBeforeRenames, diff.summary.removedBeforeRenames]).toEqual([772, 131, 6]);
  });

  it('the seed checked against 2.1 flags its renamed and removed keys, naming the replacements the data shows', async () => {
    const { stdout } = confref('check', '--against', v21, '--format', 'json');
    const flagged = JSON.parse(stdout)
      .filter((d: { rule: string }) => d.rule === 'not-in-target' || d.rule === 'renamed-in-target')
      .map((d: { message: string }) => {
        const m = /^"([^"]+)" (?:is renamed to "([^"]+)"|is not in version 2\.1(?:; did you mean "([^"]+)")?)/.exec(d.message)!;
        return [m[1], m[2] ?? (m[3] ? `?${m[3]}` : null)];
      });
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
    // Flink still reads these as deprecated keys: the message says so, and nothing tells the author to remove them.
    const dir = JSON.parse(stdout).find((d: { message: string }) => d.message.startsWith('"state.checkpoints.dir"'));
    expect(dir).toMatchObject({
      rule: 'renamed-in-target',
      message:
        '"state.checkpoints.dir" is renamed to "execution.checkpointing.dir" in version 2.1 (2.1-SNAPSHOT-8e93850) (per Flink\'s deprecated keys: CheckpointingOptions.CHECKPOINTS_DIRECTORY (Flink 1.20)); the old key is deprecated there and still read',
      hint: 'Flink still accepts "state.checkpoints.dir", but use "execution.checkpointing.dir" when you move to version 2.1 (2.1-SNAPSHOT-8e93850).',
    });
    expect((await loadRegistry(v21)).registry.options.length).toBe(903);
  });
});
