import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { flinkDocsBase, importFlinkHtml } from '../../src/lib/importers/flink-html.ts';
import { ROW_RULES, toDiagnostics, type BuildResult } from '../../src/lib/registry/index.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { createSearchIndex, searchIndex } from '../../src/lib/search/index.ts';
import { importFolder } from '../helpers/flink-corpus.ts';
import { describeWith, flinkCorpus as corpus } from '../helpers/shared.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** rows read = rows that are options + repeats merged into them + rows named in a diagnostic */
function conservation({ result, rowsRead }: { result: BuildResult; rowsRead: number }) {
  const diagnostics = toDiagnostics(result.files);
  const rowLines = new Set(result.registry.options.flatMap((o) => o.sources.map((s) => `${s.file}:${s.line}`)));
  const inDiagnostics = new Set(diagnostics.filter((d) => ROW_RULES.has(d.rule)).map((d) => `${d.file}:${d.line}`));
  return {
    rowsRead,
    tableRows: result.stats.tableRows,
    sourced: rowLines.size,
    inDiagnostics: [...inDiagnostics].filter((l) => !rowLines.has(l)).length,
    options: result.registry.options.length,
  };
}

describe('import flink-html: Hugo-era tables (2.1 shapes)', () => {
  const imported = importFolder(join(root, 'tests/fixtures/flink-html/2.1'), '2.1');
  const { registry } = imported.result;
  const option = (key: string) => registry.options.find((o) => o.key === key)!;

  it('writes one note per table file, leaving out REST API tables', () => {
    expect(imported.files).toEqual([
      'common_state_backends_section.md',
      'execution_configuration.md',
      'influxdb_reporter_configuration_zh.md',
    ]);
    expect(registry.notes.map((n) => [n.file, n.kind, n.locale, n.version, n.title])).toEqual([
      ['common_state_backends_section.md', 'section', 'en', '2.1', 'Common state backends options (config page)'],
      ['execution_configuration.md', 'note', 'en', '2.1', 'Execution options'],
      ['influxdb_reporter_configuration_zh.md', 'translations', 'zh', '2.1', 'Influxdb reporter options'],
    ]);
    expect(
      importFlinkHtml(
        'rest_v1_dispatcher.html',
        readFileSync(join(root, 'tests/fixtures/flink-html/2.1/rest_v1_dispatcher.html'), 'utf8'),
        { version: '2.1' },
      ),
    ).toBeUndefined();
  });

  it('keeps keys with placeholders, labels, defaults as written and typed, and types', () => {
    expect(registry.options.map((o) => [o.key, o.type, o.default, o.labels])).toEqual([
      ['execution.buffer-timeout.interval', 'Duration', { raw: '100 ms', value: 100, kind: 'literal' }, []],
      ['execution.runtime-mode', 'Enum', { raw: 'STREAMING', value: 'STREAMING', kind: 'literal' }, ['Batch', 'Streaming']],
      ['metrics.reporter.<name>.factory.class', 'String', null, []],
      ['pipeline.jars', 'List<String>', { raw: '', value: [], kind: 'literal' }, []],
      ['restart-strategy.fixed-delay.attempts', 'Integer', { raw: 'infinite', value: null, kind: 'text' }, []],
      ['state.backend.type', 'String', { raw: '"hashmap"', value: 'hashmap', kind: 'literal' }, []],
      [
        'taskmanager.memory.managed.consumer-weights',
        'Map',
        { raw: 'OPERATOR:70,STATE_BACKEND:70,PYTHON:30', value: { OPERATOR: '70', STATE_BACKEND: '70', PYTHON: '30' }, kind: 'literal' },
        [],
      ],
    ]);
    expect(option('execution.runtime-mode').enumValues).toEqual(['STREAMING', 'BATCH', 'AUTOMATIC']);
  });

  it('keeps code, line breaks, lists and links, with Hugo links made absolute to that version', () => {
    expect(option('execution.buffer-timeout.interval').descriptions.en!.html).toBe(
      'The maximum time frequency (milliseconds) for the flushing of the output buffers. See <code class="highlighter-rouge">execution.runtime-mode</code>.<br><br>Set to 0 to flush after every record.',
    );
    expect(option('execution.runtime-mode').descriptions.en!.html).toBe(
      'Runtime execution mode of DataStream programs.<br><br>Possible values:<ul><li>"STREAMING"</li><li>"BATCH"</li><li>"AUTOMATIC"</li></ul>',
    );
    expect(option('metrics.reporter.<name>.factory.class').descriptions.en!.html).toBe(
      'The reporter factory class to use for the reporter named &#x3C;name>. See the <a href="https://nightlies.apache.org/flink/flink-docs-release-2.1/docs/deployment/metric_reporters/">metric reporters</a>.',
    );
    expect(option('taskmanager.memory.managed.consumer-weights').descriptions.en!.text).toBe(
      'Managed memory weights for different kinds of consumers. A pipe | and *stars* stay text.',
    );
  });

  it('a section table repeats an option: one option with two sections, not a duplicate', () => {
    expect(option('state.backend.type').sections).toEqual([
      { file: 'common_state_backends_section.md', trail: ['Common state backends options (config page)'] },
      { file: 'execution_configuration.md', trail: ['Execution options'] },
    ]);
  });

  it('a Chinese copy gives Chinese descriptions, and a stale type in it is a warning, not an error', () => {
    expect(option('state.backend.type').descriptions.zh?.text).toBe('用于存储状态的状态后端。');
    expect(toDiagnostics(imported.result.files).map((d) => `${d.file}:${d.line} ${d.severity} ${d.rule}`)).toEqual([
      'execution_configuration.md:18 info default-text',
      'influxdb_reporter_configuration_zh.md:14 warning conflicting-type',
      'influxdb_reporter_configuration_zh.md:14 info default-text',
    ]);
  });

  it('conserves rows: every row read is an option source or in a diagnostic', () => {
    expect(conservation(imported)).toEqual({ rowsRead: 9, tableRows: 9, sourced: 9, inDiagnostics: 0, options: 7 });
  });
});

describe('import flink-html: Jekyll-era tables (1.11 shapes)', () => {
  const imported = importFolder(join(root, 'tests/fixtures/flink-html/1.11'), '1.11.3');
  const { registry } = imported.result;

  it('qualifies the reporter keys host and port of two reporters into two options each, never merging them', () => {
    expect(registry.options.map((o) => [o.key, o.default?.value ?? null])).toEqual([
      ['execution.checkpointing.mode', 'EXACTLY_ONCE'],
      ['execution.checkpointing.timeout', 600000],
      ['metrics.reporter.influxdb.host', null],
      ['metrics.reporter.influxdb.port', 8086],
      ['metrics.reporter.prometheus.host', null],
      ['metrics.reporter.prometheus.port', -1],
    ]);
    // The fixture's description names a key the fixture does not define: reported, as for any note.
    expect(toDiagnostics(imported.result.files).map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual([
      'execution_checkpointing_configuration.md:14 unknown-option-reference',
    ]);
  });

  it('reads enum values from the type cell, quoted durations, Jekyll Markdown spans and relative links', () => {
    const mode = registry.options[0]!;
    expect([mode.type, mode.enumValues]).toEqual(['Enum', ['EXACTLY_ONCE', 'AT_LEAST_ONCE']]);
    expect(registry.options[1]!.descriptions.en!.html).toBe(
      'The maximum time that a checkpoint may take before being discarded. See <code>state.checkpoints.dir</code> and the <a href="https://nightlies.apache.org/flink/flink-docs-release-1.11/dev/stream/state/checkpointing.html">checkpointing guide</a>.',
    );
    expect(flinkDocsBase('2.1-SNAPSHOT')).toBe('https://nightlies.apache.org/flink/flink-docs-release-2.1');
  });
});

describeWith(corpus, "import flink-html: Flink's own tables (needs ../shared/corpus/flink)", () => {
  // Defaults Flink's docs write as prose (a computed default explained): String or not, they are no value.
  const sslTypes = [
    'security.ssl.internal.keystore-type',
    'security.ssl.internal.truststore-type',
    'security.ssl.rest.keystore-type',
    'security.ssl.rest.truststore-type',
  ];
  it.each([
    ['1.11.3', '1.11.3', 690, 488, ['io.tmp.dirs', 'kubernetes.container.image']],
    ['1.20.0', '1.20.0', 1111, 778, ['io.tmp.dirs', 'kubernetes.container.image.ref', ...sslTypes]],
    ['2.1-SNAPSHOT-8e93850', '2.1', 1276, 903, ['io.tmp.dirs', 'kubernetes.container.image.ref', ...sslTypes]],
  ])('%s: no errors, every row conserved, distinct keys as counted in the corpus README', (folder, version, rows, keys, prose) => {
    const imported = importFolder(join(corpus, folder), version);
    const diagnostics = toDiagnostics(imported.result.files);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const counts = conservation(imported);
    expect(counts.rowsRead).toBe(rows);
    expect(counts.tableRows).toBe(rows);
    expect(counts.sourced + counts.inDiagnostics).toBe(rows);
    // README: 486 for 1.11.3, counting host and port once; they are two reporters' options each here.
    expect(new Set(imported.result.registry.options.map((o) => o.key)).size).toBe(keys);
    const untyped = imported.result.registry.options.filter((o) => o.default && o.default.value === null);
    expect(untyped.every((o) => o.default!.kind === 'text')).toBe(true);
    expect(untyped.filter((o) => !/^infinite$/.test(o.default!.raw)).map((o) => o.key)).toEqual(prose);
    // Each is reported, at every row that states it (section files repeat rows).
    const raws = new Set(untyped.filter((o) => prose.includes(o.key)).map((o) => JSON.stringify(o.default!.raw)));
    expect(
      new Set(
        diagnostics
          .filter((d) => d.rule === 'prose-default')
          .map((d) => /^Default (".*") reads as prose, not a value of type String;/.exec(d.message)?.[1]),
      ),
    ).toEqual(raws);
  });
});

describeWith(corpus, 'search over Flink 2.1 as imported (needs ../shared/corpus/flink)', () => {
  let search: ReturnType<typeof createSearchIndex>;
  beforeAll(() => {
    const { result } = importFolder(join(corpus, '2.1-SNAPSHOT-8e93850'), '2.1');
    search = createSearchIndex(searchDocuments(result.registry, 'zh', '2.1'), result.registry);
  });
  const top = (query: string, n = 1) => searchIndex(search, query, { limit: n }).map((hit) => hit.key);

  it('a Chinese query finds the English-only checkpoint directory option through the glossary', () => {
    expect(top('检查点目录')).toEqual(['execution.checkpointing.dir']);
  });
  it('a key prefix ranks the key it begins first; an exact key ranks first', () => {
    expect(top('state.backend.rocksdb.block.c')).toEqual(['state.backend.rocksdb.block.cache-size']);
    expect(top('rest.port')).toEqual(['rest.port']);
  });
  it('a typo still finds checkpoint options', () => {
    expect(top('chekpoint', 5).every((key) => key.includes('checkpoint'))).toBe(true);
  });
});
