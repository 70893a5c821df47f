import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toDiagnostics } from '../../src/lib/registry/index.ts';
import { loadRegistry } from '../../src/lib/registry/load.ts';

const folder = fileURLToPath(new URL('../fixtures/team-notes/', import.meta.url));
/** The notes of this test (others in the folder belong to other tests). */
const NOTES = ['flink/checkpoint-tuning.md', 'flink/state-backends.md', 'gateway-server.md', 'onboarding.md', 'ops-runbook.md'];
/** The rules about dialects, links and whole notes this test covers. */
const RULES = new Set([
  'unknown-admonition',
  'unclosed-admonition',
  'unknown-code-language',
  'empty-note',
  'no-options',
  'unsafe-link',
  'missing-link-target',
]);

describe('team notes (tests/fixtures/team-notes/)', async () => {
  const { registry, files } = await loadRegistry(folder);
  const notes = registry.notes.filter((note) => NOTES.includes(note.file));
  const noteOf = (file: string) => notes.find((note) => note.file === file)!;

  it('each note in the language of its prose, as a readable note', () => {
    expect(notes.map((note) => [note.file, note.kind, note.locale])).toEqual([
      // English headings, Chinese prose and descriptions.
      ['flink/checkpoint-tuning.md', 'note', 'zh'],
      // Short mixed headings, English descriptions copied from Flink's docs.
      ['flink/state-backends.md', 'note', 'zh'],
      ['gateway-server.md', 'note', 'en'],
      ['onboarding.md', 'note', 'en'],
      ['ops-runbook.md', 'note', 'en'],
    ]);
  });

  it('short and mixed descriptions are Chinese when they hold Chinese words', () => {
    const localesOf = (keys: string[]) => keys.map((key) => Object.keys(registry.options.find((o) => o.key === key)!.descriptions));
    expect(
      localesOf([
        'state.savepoints.dir',
        'execution.checkpointing.unaligned.enabled',
        'state.backend.type',
        'spark.executor.memory',
        'worker_processes',
      ]),
    ).toEqual([['zh'], ['zh'], ['en'], ['en'], ['en']]);
  });

  it('admonitions are asides holding their blocks; the tables in them define options', () => {
    const asides = notes.map((note) => [
      note.file,
      note.blocks.flatMap((b) => (b.kind === 'aside' ? [`${b.type}→${b.variant} ${JSON.stringify(b.title)} ${b.contains}`] : [])),
    ]);
    expect(asides).toEqual([
      ['flink/checkpoint-tuning.md', ['tip→tip "生产建议" 1', 'warning→caution "注意" 2']],
      ['flink/state-backends.md', ['info→note null 1']],
      ['gateway-server.md', ['note→note null 1']],
      ['onboarding.md', []],
      ['ops-runbook.md', ['danger→danger null 1', 'caution→caution "Before scaling" 1']],
    ]);
    const tuning = noteOf('flink/checkpoint-tuning.md');
    const warning = tuning.blocks.findIndex((b) => b.kind === 'aside' && b.type === 'warning');
    expect(tuning.blocks.slice(warning + 1, warning + 3).map((b) => (b.kind === 'options' ? b.keys : b.kind))).toEqual([
      'prose',
      ['execution.checkpointing.unaligned.enabled', 'execution.checkpointing.aligned-checkpoint-timeout'],
    ]);
  });

  it('options from every table: Flink, Spark and a web server', () => {
    const byNote = (file: string) => registry.options.filter((o) => o.sources.some((s) => s.file === file)).map((o) => o.key);
    expect(byNote('ops-runbook.md')).toEqual([
      'jobmanager.memory.process.size',
      'restart-strategy.type',
      'spark.dynamicAllocation.enabled',
      'spark.executor.memory',
      'spark.sql.shuffle.partitions',
      'taskmanager.numberOfTaskSlots',
    ]);
    expect(byNote('gateway-server.md')).toEqual(['client_max_body_size', 'keepalive_timeout', 'worker_connections', 'worker_processes']);
    expect(byNote('flink/checkpoint-tuning.md')).toHaveLength(7);
  });

  it('a relative image is an asset of its note, links to sibling notes go to their pages', () => {
    const tuning = noteOf('flink/checkpoint-tuning.md');
    expect(tuning.assets).toEqual(['imgs/checkpoint-flow.png']);
    const html = tuning.blocks.flatMap((b) => (b.kind === 'prose' ? [b.html] : [])).join('\n');
    expect(html).toContain('<img src="/_confref/assets/imgs/checkpoint-flow.png" alt="checkpoint 流程">');
    expect(html).toContain('<a href="/_confref/notes/flink-state-backends/#rocksdb-%E5%8F%82%E6%95%B0">state backends</a>');
    expect(html).toContain('<a href="/_confref/notes/flink-restart-guide/">重启手册</a>');
    const onboarding = noteOf('onboarding.md')
      .blocks.flatMap((b) => (b.kind === 'prose' ? [b.html] : []))
      .join('\n');
    expect(onboarding.match(/href="[^"]*"/g)).toEqual([
      'href="/_confref/notes/flink-checkpoint-tuning/#options"',
      'href="/_confref/notes/ops-runbook/"',
      'href="/_confref/notes/gateway-server/"',
    ]);
  });

  it('reports the broken link, the unknown fence language and the note without options, nothing else of these rules', () => {
    const mine = toDiagnostics(files).filter((d) => NOTES.includes(d.file) && RULES.has(d.rule));
    expect(mine.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`)).toEqual([
      'flink/checkpoint-tuning.md:38:12 warning missing-link-target: The note "restart-guide.md" links to flink/restart-guide.md, which is not in the content folder',
      'onboarding.md:1:1 info no-options: The note has no option table; it is shown as a page but defines no option',
      'ops-runbook.md:20:1 warning unknown-code-language: Code block language "flink-conf" is not one the site can highlight; shown as plain text',
    ]);
  });
});
