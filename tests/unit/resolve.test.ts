/** Definitions per source and the one rule that resolves an option's default, type and required flag. */
import { describe, expect, it } from 'vitest';
import { build, diagnosticsOf, optionOf, table } from '../helpers/notes.ts';

const upstream = (rows: string[], header?: string) => `---\nupstream: true\nversion: "2.1"\n---\n${table(rows, header)}`;
const versioned = (rows: string[], header?: string) => `---\nversion: "2.1"\n---\n${table(rows, header)}`;

describe('definitions per source', () => {
  it('keeps every row that defines a key, each with its own values, in (file, line) order', () => {
    const result = build({
      'b.md': table(['| s.dir | /data/ckpt | String | Where our job keeps savepoints. |']),
      'a.md': table(['| s.dir | (none) | String | Default directory for savepoints. |']),
      'c.zh.md': table(['| s.dir | 无 | String | 保存点的默认目录。 |']),
    });
    const option = optionOf(result, 's.dir');
    expect(
      option.definitions.map((d) => ({
        at: `${d.source.file}:${d.source.line}`,
        kind: d.kind,
        locale: d.locale,
        default: d.default?.raw ?? null,
        description: d.description?.text,
      })),
    ).toEqual([
      { at: 'a.md:3', kind: 'note', locale: 'en', default: null, description: 'Default directory for savepoints.' },
      { at: 'b.md:3', kind: 'note', locale: 'en', default: '/data/ckpt', description: 'Where our job keeps savepoints.' },
      { at: 'c.zh.md:3', kind: 'note', locale: 'zh', default: null, description: '保存点的默认目录。' },
    ]);
    // Two of three say there is no default, one names a path: they disagree, so no value is taken.
    // Each value's sources are its rows; the diagnostic points at the Default cell of the note most likely
    // wrong: the one value only one note states.
    expect(option.default).toBeNull();
    expect(option.resolved).toEqual({ default: 'disagree', type: 'agreed', required: 'unstated' });
    expect(option.disagreements).toEqual([
      {
        field: 'default',
        values: [
          {
            value: 'none',
            sources: [
              { file: 'a.md', line: 3, column: 3 },
              { file: 'c.zh.md', line: 3, column: 3 },
            ],
          },
          { value: '/data/ckpt', sources: [{ file: 'b.md', line: 3, column: 3 }] },
        ],
      },
    ]);
    expect(diagnosticsOf(result)).toEqual(['b.md:3:11 warning conflicting-default']);
    expect(result.files.flatMap((f) => f.messages.map((m) => m.reason))).toEqual([
      'Sources disagree on the default of "s.dir": "none" (a.md:3:11, c.zh.md:3:11); "/data/ckpt" (b.md:3:11). The option shows no default.',
    ]);
  });

  it('reports a disagreement at the author most likely wrong: fewest notes, then a value in words or arithmetic', () => {
    // One note each: the default in words is the suspect, wherever it comes in the order.
    const words = build({
      'a.md': table(['| p.default | 1 | Integer | Default parallelism. |']),
      'b.md': table(['| p.default | two | Integer | Parallelism of a job without one. |']),
    });
    expect(diagnosticsOf(words)).toEqual(['b.md:3:15 warning conflicting-default', 'b.md:3:15 info default-text']);
    // Arithmetic without a typed value (no Type column) against a plain size.
    const arithmetic = build({
      'a.md': table(['| c.size | 4 * 1024 | Block cache. |'], '| Key | Default | Description |'),
      'b.md': table(['| c.size | 8 mb | MemorySize | Block cache. |']),
    });
    expect(diagnosticsOf(arithmetic)).toEqual(['a.md:3:12 warning conflicting-default', 'a.md:3:12 warning default-expression']);
    // Two plain values, one note each: nothing tells them apart, so the first.
    const tie = build({
      'a.md': table(['| t.slots | 4 | Integer | Slots. |']),
      'b.md': table(['| t.slots | 1 | Integer | Slots. |']),
    });
    expect(diagnosticsOf(tie)).toEqual(['a.md:3:13 warning conflicting-default']);
    // Types: two notes say Integer, one says String.
    const types = build({
      'a.md': table(['| m.port | 8081 | Integer | Port. |']),
      'b.md': table(['| m.port | 8081 | String | Port. |']),
      'c.md': table(['| m.port | 8081 | Integer | Port. |']),
    });
    expect(diagnosticsOf(types)).toEqual(['b.md:3:3 warning conflicting-type']);
  });

  it('takes the value the notes agree on, written alike or with the same typed value', () => {
    const result = build({
      'a.md': table(['| b.size | 64 mb | MemorySize | Buffer size. |']),
      'b.md': table(['| b.size | 67108864 bytes | MemorySize | The buffer. |']),
    });
    const option = optionOf(result, 'b.size');
    expect([option.default?.raw, option.resolved.default, option.disagreements, diagnosticsOf(result)]).toEqual([
      '64 mb',
      'agreed',
      [],
      [],
    ]);
  });

  it('lets the upstream reference of the version settle a field, and tells each note that differs', () => {
    const result = build({
      'flink/checkpointing.md': upstream(['| c.interval | (none) | Duration | Gap between checkpoints. |']),
      'team/prod.md': versioned(['| c.interval | 3 min | Duration | We checkpoint every three minutes. |']),
      'team/staging.md': versioned(['| c.interval | (none) | Duration | Off unless a job sets it. |']),
    });
    const option = optionOf(result, 'c.interval');
    expect([option.default, option.resolved.default, option.descriptions.en?.text]).toEqual([null, 'upstream', 'Gap between checkpoints.']);
    expect(option.definitions.map((d) => `${d.kind} ${d.source.file}`)).toEqual([
      'upstream flink/checkpointing.md',
      'note team/prod.md',
      'note team/staging.md',
    ]);
    expect(option.disagreements.map((d) => d.values.map((v) => v.value))).toEqual([['none', '3 min']]);
    expect(diagnosticsOf(result)).toEqual(['team/prod.md:6:16 warning differs-from-upstream']);
  });

  it('shows no type when declared types disagree, and an error when one note disagrees with itself', () => {
    const twoNotes = build({
      'a.md': table(['| m.port | 8081 | Integer | Port. |']),
      'b.md': table(['| m.port | 8081 | String | Port. |']),
    });
    expect([optionOf(twoNotes, 'm.port').type, optionOf(twoNotes, 'm.port').resolved.type]).toEqual(['Unknown', 'disagree']);
    expect(diagnosticsOf(twoNotes)).toEqual(['a.md:3:3 warning conflicting-type']);

    const oneNote = build({ 'a.md': table(['| m.port | 8081 | Integer | Port. |', '| m.port | 8082 | Integer | Port again. |']) });
    expect(diagnosticsOf(oneNote)).toEqual(['a.md:3:12 error conflicting-default', 'a.md:4:3 warning duplicate-key']);
  });

  it('lists a default invalid for its type among the values, but gives it no vote', () => {
    const result = build({
      'a.md': table(['| t.slots | 1 | Integer | Slots per TaskManager. |']),
      'b.md': table(['| t.slots | 4核 | Integer | 每台机器 4 核。 |']),
    });
    const option = optionOf(result, 't.slots');
    expect([option.default?.raw, option.resolved.default]).toEqual(['1', 'agreed']);
    expect(option.disagreements.map((d) => d.values.map((v) => v.value))).toEqual([['1', '4核']]);
    expect(diagnosticsOf(result)).toEqual(['b.md:3:13 error invalid-default']);
  });

  it('resolves the required flag the same way', () => {
    const header = '| Key | Default | Type | Required | Description |';
    const result = build({
      'a.md': table(['| r.key | (none) | String | yes | A. |'], header),
      'b.md': table(['| r.key | (none) | String | no | B. |'], header),
    });
    const option = optionOf(result, 'r.key');
    expect([option.required, option.resolved.required, option.disagreements.map((d) => d.field)]).toEqual([null, 'disagree', ['required']]);
  });
});
