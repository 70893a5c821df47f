/** Two team notes, a Flink docs page scraped to Markdown and a Chinese ops note with broken rows: exact keys and diagnostics. */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRegistry, toDiagnostics, type BuildResult } from '../../src/lib/registry/index.ts';
import { readContent } from '../../src/lib/registry/load.ts';

const folder = fileURLToPath(new URL('../fixtures/team-notes/', import.meta.url));
const NOTES = ['broken-rows.md', 'scraped-docs.md'];

/** The two notes as loadRegistry reads them (the folder may hold other notes, tested elsewhere). */
async function loadNotes() {
  const notes = (await readContent(folder)).filter((note) => NOTES.includes(note.path));
  expect(notes.map((note) => note.path)).toEqual(NOTES);
  return buildRegistry(notes);
}

describe('team notes: a docs page scraped to Markdown, and a Chinese ops note with broken rows', () => {
  let registry: BuildResult['registry'];
  let files: BuildResult['files'];
  let stats: BuildResult['stats'];
  beforeAll(async () => ({ registry, files, stats } = await loadNotes()));
  const option = (key: string) => registry.options.find((o) => o.key === key)!;

  it('every key is read from its cell: anchor links, heading markers, labels and marks taken out', () => {
    expect(registry.options.map((o) => o.key)).toEqual([
      'execution.batch-shuffle-mode',
      'execution.compression.codec',
      'execution.runtime-mode',
      'heartbeat.pause',
      'heartbeat.rounds',
      'restart-strategy.fixed-delay.attempts',
      'restart-strategy.fixed-delay.delay',
      'restart-strategy.type',
      'sync.buffer.bytes',
      'sync.history.dir',
      'sync.job.name',
      'sync.legacy.region',
      'sync.legacy.token',
      'sync.mode',
      'sync.parallelism',
      'sync.retry.limit',
      'sync.retry.max',
      'sync.source.url',
      'sync.temp.dir',
    ]);
    // Every row of both notes is an option: nothing is lost.
    expect([stats.tableRows, stats.optionRows]).toEqual([19, 19]);
  });

  it('the scraped page: labels, enum values without punctuation, NONE as a value, a deprecation with its replacement', () => {
    expect(registry.options.filter((o) => o.labels.length > 0).map((o) => [o.key, o.labels])).toEqual([
      ['execution.batch-shuffle-mode', ['Batch']],
      ['execution.compression.codec', ['Streaming']],
      ['execution.runtime-mode', ['Batch', 'Streaming']],
    ]);
    expect(option('execution.runtime-mode').enumValues).toEqual(['STREAMING', 'BATCH', 'AUTOMATIC']);
    expect(option('execution.batch-shuffle-mode').enumValues).toEqual(['ALL_EXCHANGES_PIPELINED', 'ALL_EXCHANGES_BLOCKING']);
    expect(option('execution.compression.codec').default).toEqual({ raw: 'NONE', value: 'NONE', kind: 'literal' });
    expect([option('heartbeat.rounds').deprecated, option('heartbeat.rounds').replacedBy]).toEqual([true, ['heartbeat.pause']]);
    expect(option('restart-strategy.type').default).toBeNull();
  });

  it('the ops note: rows read as meant', () => {
    const read = (key: string) => {
      const o = option(key);
      return [o.default, o.required, o.deprecated, o.descriptions.zh?.text ?? null, o.extra];
    };
    expect(read('sync.history.dir')).toEqual([
      { raw: 'hdfs:///sync/history', value: 'hdfs:///sync/history', kind: 'literal' },
      null,
      false,
      '任务结束后历史记录的存放位置',
      {},
    ]);
    expect(read('sync.temp.dir')).toEqual([{ raw: '/tmp/sync', value: '/tmp/sync', kind: 'literal' }, null, false, '临时文件目录', {}]);
    expect(read('sync.parallelism')).toEqual([null, true, false, '同时运行的子任务的数量', {}]);
    expect(read('sync.source.url')).toEqual([null, true, false, null, {}]);
    expect(read('sync.retry.limit')).toEqual([
      { raw: '3', value: 3, kind: 'literal' },
      null,
      true,
      '失败后的重试次数，请使用 sync.retry.max',
      {},
    ]);
    expect(option('sync.retry.limit').replacedBy).toEqual(['sync.retry.max']);
    expect(read('sync.buffer.bytes')).toEqual([
      { raw: '64*1024*1024', value: null, kind: 'expression' },
      null,
      false,
      '读写缓冲区的大小',
      {},
    ]);
    expect(read('sync.mode')).toEqual([{ raw: '由上游系统决定', value: null, kind: 'text' }, null, false, '同步模式', {}]);
    expect(read('sync.legacy.token')).toEqual([null, false, true, '旧版鉴权令牌（已废弃）', {}]);
    expect(read('sync.legacy.region')).toEqual([
      { raw: 'cn-north', value: 'cn-north', kind: 'literal' },
      false,
      false,
      '旧版区域',
      { 'column 5': '2021 年后不再使用' },
    ]);
  });

  it('each broken row is explained at its line', () => {
    expect(toDiagnostics(files).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`)).toEqual([
      'broken-rows.md:10:1 warning tab-separated-row: Row separates its cells with tabs, not `|`: read as 3 cells split at the tabs',
      'broken-rows.md:11:1 warning shifted-row: Row looks shifted one cell to the left: Default holds a description and Description only holds "是"; read as no default, the Default cell as the description, required: yes',
      'broken-rows.md:12:3 warning missing-description: Option "sync.source.url" has no description',
      'broken-rows.md:12:30 warning flag-in-description: Description only holds "是", a required flag; read as required: yes, with no description',
      'broken-rows.md:15:23 warning default-expression: Default "64*1024*1024" is an expression; kept as written, with no typed value',
      'broken-rows.md:16:15 warning prose-default: Default "由上游系统决定" reads as prose, not a value; kept as text, with no typed value',
      'broken-rows.md:17:1 warning tab-separated-row: Row separates its cells with tabs, not `|`: read as 3 cells split at the tabs',
      'broken-rows.md:24:1 warning malformed-row: Row has 5 cells but the header has 4: the cells past the header are kept apart, under extra (column 5: "2021 年后不再使用")',
    ]);
  });

  it('each note keeps its own language', () => {
    expect(registry.notes.map((note) => [note.file, note.locale])).toEqual([
      ['broken-rows.md', 'zh'],
      ['scraped-docs.md', 'en'],
    ]);
  });
});
