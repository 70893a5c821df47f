import { describe, expect, it } from 'vitest';
import type { Option } from '../../src/lib/registry/schema.ts';
import { diffOptions } from '../../src/lib/versions/diff.ts';
import { formatDiffText } from '../../src/lib/versions/diff-text.ts';
import {
  citeFlinkSource,
  FLINK_DEPRECATED_KEYS,
  FlinkDeprecatedKeysSchema,
  type FlinkDeprecatedKey,
} from '../../src/lib/versions/flink-deprecated-keys.ts';
import { keyHistories } from '../../src/lib/versions/history.ts';
import { findRenames, normalisedDescription } from '../../src/lib/versions/renames.ts';
import { wordDiff, wordDiffText } from '../../src/lib/versions/word-diff.ts';
import { build, table } from '../helpers/notes.ts';
import data from '../../src/lib/versions/flink-deprecated-keys.json' with { type: 'json' };

/** The options of one hand-written version note, by key. */
function version(v: string, rows: string[], header?: string): Map<string, Option> {
  const { registry } = build({ [`v${v}.md`]: `---\nversion: "${v}"\n---\n${table(rows, header)}` });
  return new Map(registry.options.map((o) => [o.key, o]));
}

const entry = (key: string, oldKeys: string[], kind: FlinkDeprecatedKey['kind'] = 'deprecated'): FlinkDeprecatedKey => ({
  key,
  oldKeys,
  kind,
  source: { class: 'TestOptions', field: 'SOME_FIELD', file: 'TestOptions.java', flinkVersion: '9.9' },
});

describe("the shipped table of Flink's deprecated keys", () => {
  it('is valid against its schema, and every entry names its class, field, file and Flink version', () => {
    expect(FlinkDeprecatedKeysSchema.safeParse(data).success).toBe(true);
    for (const e of FLINK_DEPRECATED_KEYS) {
      expect(e.source.file).toBe(`flink-core/src/main/java/org/apache/flink/configuration/${e.source.class}.java`);
      expect(citeFlinkSource(e)).toMatch(/^[A-Z]\w+Options\.[A-Z][A-Z0-9_]* \(Flink \d+\.\d+(\.\d+)?\)$/);
      expect(e.oldKeys).not.toContain(e.key);
    }
  });

  it('holds the renames of the 1.20 checkpointing and state options', () => {
    const successor = (old: string) => FLINK_DEPRECATED_KEYS.find((e) => e.kind === 'deprecated' && e.oldKeys.includes(old));
    expect(successor('state.checkpoints.dir')?.key).toBe('execution.checkpointing.dir');
    expect(successor('state.savepoints.dir')?.key).toBe('execution.checkpointing.savepoint-dir');
    expect(successor('state.backend')?.key).toBe('state.backend.type');
    expect(successor('recovery.mode')?.key).toBe('high-availability.type');
    expect(citeFlinkSource(successor('state.checkpoints.dir')!)).toBe('CheckpointingOptions.CHECKPOINTS_DIRECTORY (Flink 1.20)');
  });

  it('refuses an entry without its source, or with a class that is no option class', () => {
    const bad = { $comment: '', entries: [{ key: 'a.b', oldKeys: ['a.c'], kind: 'deprecated' }] };
    expect(FlinkDeprecatedKeysSchema.safeParse(bad).success).toBe(false);
    const wrongClass = { $comment: '', entries: [{ ...entry('a.b', ['a.c']), source: { ...entry('a.b', ['a.c']).source, class: 'Foo' } }] };
    expect(FlinkDeprecatedKeysSchema.safeParse(wrongClass).success).toBe(false);
  });
});

describe('renames with evidence', () => {
  const older = version('1.0', [
    '| a.dir | (none) | String | Where the checkpoints of a job are written. |',
    '| a.port | 1 | Integer | The port that the server listens on for clients. |',
    '| b.one | 1 | Integer | A text that two keys share here. |',
    '| b.two | 1 | Integer | A text that two keys share here. |',
    '| c.short | 1 | Integer | Short. |',
    '| c.kept | 1 | Integer | Kept. |',
  ]);
  const newer = version('2.0', [
    '| x.dir | (none) | String | Checkpoints go here (reworded). |',
    '| x.port | 1 | Integer | The port that the server listens on for clients! |',
    '| y.one | 1 | Integer | A text that two keys share here. |',
    '| y.short | 1 | Integer | Short. |',
    '| c.kept | 1 | Integer | Kept. |',
  ]);

  it("from Flink's table (citing class and field) and from the same normalised description, one to one", () => {
    expect(findRenames(older, newer, [], '2.0', [entry('x.dir', ['a.dir'])])).toEqual([
      { from: 'a.dir', to: 'x.dir', evidence: 'flink-deprecated-keys', citation: 'TestOptions.SOME_FIELD (Flink 9.9)' },
      { from: 'a.port', to: 'x.port', evidence: 'same-description', citation: null },
    ]);
  });

  it('no rename from a description two old keys share, nor from one too short to tell', () => {
    const renames = findRenames(older, newer, [], '2.0', []);
    expect(renames.map((r) => r.from)).toEqual(['a.port']);
  });

  it("the content's own evidence comes before Flink's table: a rename map wins", () => {
    const map = [{ from: 'a.dir', to: 'y.short', version: '2.0', source: { file: 'renames.md', line: 6, column: 1 } }];
    expect(findRenames(older, newer, map, '2.0', [entry('x.dir', ['a.dir'])])[0]).toEqual({
      from: 'a.dir',
      to: 'y.short',
      evidence: 'rename-map',
      citation: 'renames.md:6',
    });
  });

  it('normalises case, punctuation and spacing only', () => {
    expect(normalisedDescription('The  Port, that the server (REST) uses.')).toBe('the port that the server rest uses');
  });
});

describe('history across imported versions', () => {
  const { registry } = build({
    'v1.md': `---\nversion: "1.11.3"\n---\n${table(['| state.checkpoints.dir | (none) | String | Where checkpoints go. |', '| a.kept | 1 | Integer | Kept. |'])}`,
    'v2.md': `---\nversion: "1.20"\n---\n${table(['| execution.checkpointing.dir | (none) | String | Checkpoints, reworded. |', '| a.kept | 1 | Integer | Kept. |'])}`,
    'v3.md': `---\nversion: "2.1"\n---\n${table(['| execution.checkpointing.dir | (none) | String | Checkpoints, reworded. |', '| a.kept | 1 | Integer | Kept. |'])}`,
  });
  const histories = keyHistories(registry);

  it("a rename between two imported versions is dated by the newer one (it may have happened in a release in between), with Flink's table as evidence", () => {
    expect(histories.get('state.checkpoints.dir')).toMatchObject({
      versions: ['1.11.3'],
      since: null,
      absentBefore: null,
      removedBy: '1.20',
      renamedTo: {
        to: 'execution.checkpointing.dir',
        after: '1.11.3',
        by: '1.20',
        evidence: 'flink-deprecated-keys',
        citation: 'CheckpointingOptions.CHECKPOINTS_DIRECTORY (Flink 1.20)',
      },
    });
    expect(histories.get('execution.checkpointing.dir')).toMatchObject({ versions: ['1.20', '2.1'], absentBefore: '1.11.3' });
    expect(histories.get('execution.checkpointing.dir')!.renamedFrom?.from).toBe('state.checkpoints.dir');
  });

  it('a key in every imported version has no "since": the data does not say where it began', () => {
    expect(histories.get('a.kept')).toMatchObject({
      versions: ['1.11.3', '1.20', '2.1'],
      since: null,
      absentBefore: null,
      removedBy: null,
    });
  });
});

describe('word diff and the text of `confref diff`', () => {
  it('splits a changed description into kept, deleted and inserted words', () => {
    const parts = wordDiff('The maximum number of retained checkpoints.', 'The number of completed checkpoints to retain.');
    expect(parts).toEqual([
      { op: 'same', text: 'The ' },
      { op: 'del', text: 'maximum ' },
      { op: 'same', text: 'number of ' },
      { op: 'del', text: 'retained' },
      { op: 'ins', text: 'completed' },
      { op: 'same', text: ' checkpoints ' },
      { op: 'ins', text: 'to retain' },
      { op: 'same', text: '.' },
    ]);
    expect(wordDiffText(parts)).toBe('The [-maximum -]number of [-retained-]{+completed+} checkpoints {+to retain+}.');
  });

  it('prints the groups of a diff with old → new values, descriptions and evidence', () => {
    const a = version('1.0', ['| s.num | 1 | Integer | How many to keep. |', '| s.gone | true | Boolean | Removed later. |']);
    const b = version('2.0', ['| s.num | 3 | Integer | How many to keep at most. |', '| t.added | (none) | String | Brand new. |']);
    const diff = diffOptions([...a.values()], [...b.values()], { from: '1.0', to: '2.0' });
    expect(formatDiffText(diff, { from: 'version 1.0', to: 'version 2.0' })).toBe(
      [
        'version 1.0 → version 2.0: 1 keys in common, 1 added and 1 removed before renames; 1 added, 1 removed, 0 renamed, 1 changed',
        '',
        '[s.gone]',
        '  - s.gone (Boolean, default true)',
        '      Removed later.',
        '',
        '[s.num]',
        '  * s.num',
        '      default: 1 → 3',
        '      description: How many to keep {+at most+}.',
        '',
        '[t.added]',
        '  + t.added (String, default none)',
        '      Brand new.',
        '',
      ].join('\n'),
    );
  });
});
