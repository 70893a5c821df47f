import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFlinkHtml } from '../../src/lib/importers/flink-html.ts';
import { KNOWN_KEY_PREFIXES, prefixFromProse } from '../../src/lib/importers/flink-key-prefixes.ts';
import { buildRegistry } from '../../src/lib/registry/index.ts';
import { describeWith, flinkCorpus as corpus } from '../helpers/shared.ts';

/** A generated-style option table: one row per [key, default, type]. */
function table(
  rows: [string, string, string][],
  head: [string, string, string, string] = ['Key', 'Default', 'Type', 'Description'],
): string {
  const body = rows
    .map(([key, value, type]) => `<tr><td><h5>${key}</h5></td><td>${value}</td><td>${type}</td><td>What ${key} sets.</td></tr>`)
    .join('\n');
  return `<table class="configuration table"><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The keys a note's Markdown table rows start with. */
function keysOf(markdown: string): string[] {
  return [...markdown.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]!);
}

const endpointRows: [string, string, string][] = [
  ['address', '(none)', 'String'],
  ['bind-port', '"8083"', 'String'],
  ['port', '8083', 'Integer'],
];

describe('import flink-html: keys printed without their prefix', () => {
  it('a table file with a known prefix gets it on every key, reported with its source', () => {
    const note = importFlinkHtml('sql_gateway_rest_configuration.html', table(endpointRows), { version: '1.20.0' })!;
    expect(keysOf(note.markdown)).toEqual([
      'sql-gateway.endpoint.rest.address',
      'sql-gateway.endpoint.rest.bind-port',
      'sql-gateway.endpoint.rest.port',
    ]);
    expect(note.qualified.map((q) => [q.key.from, q.key.to, q.evidence.kind])).toEqual([
      ['address', 'sql-gateway.endpoint.rest.address', 'known'],
      ['bind-port', 'sql-gateway.endpoint.rest.bind-port', 'known'],
      ['port', 'sql-gateway.endpoint.rest.port', 'known'],
    ]);
    expect(note.notes).toHaveLength(1);
    expect(note.notes[0]).toMatch(
      /^3 keys qualified with sql-gateway\.endpoint\.rest\., by the known prefix of this table \(Flink docs dev\/table\/sql-gateway\/rest\.md .*\): address → sql-gateway\.endpoint\.rest\.address, bind-port → sql-gateway\.endpoint\.rest\.bind-port, port → sql-gateway\.endpoint\.rest\.port$/,
    );
    // The registry holds the qualified keys, typed as the table says.
    const { registry } = buildRegistry([{ path: note.file, contents: note.markdown }]);
    expect(registry.options.map((o) => [o.key, o.type, o.default?.value ?? null])).toEqual([
      ['sql-gateway.endpoint.rest.address', 'String', null],
      ['sql-gateway.endpoint.rest.bind-port', 'String', '8083'],
      ['sql-gateway.endpoint.rest.port', 'Integer', 8083],
    ]);
  });

  it('the Chinese copy of a table uses the same known prefix', () => {
    const note = importFlinkHtml(
      'influxdb_reporter_configuration_zh.html',
      table([['db', '(none)', 'String']], ['键', '默认值', '类型', '描述']),
      {
        version: '1.11.3',
      },
    )!;
    expect(keysOf(note.markdown)).toEqual(['metrics.reporter.influxdb.db']);
  });

  it('keys that already carry the known prefix (later generators print it) stay as written, with no note', () => {
    const note = importFlinkHtml(
      'prometheus_push_gateway_reporter_configuration.html',
      table([
        ['metrics.reporter.prometheus.jobName', '(none)', 'String'],
        ['metrics.reporter.prometheus.hostUrl', '(none)', 'String'],
      ]),
      { version: '2.1' },
    )!;
    expect(keysOf(note.markdown)).toEqual(['metrics.reporter.prometheus.jobName', 'metrics.reporter.prometheus.hostUrl']);
    expect([note.qualified, note.notes]).toEqual([[], []]);
  });

  it("a page's own statement of the prefix wins over the table of known prefixes", () => {
    const html = `<h2>Endpoint options</h2><p>Every key below is prefixed with <code>sql-gateway.endpoint.my-rest.</code> when set.</p>${table(endpointRows)}`;
    const note = importFlinkHtml('sql_gateway_rest_configuration.html', html, { version: '2.1' })!;
    expect(keysOf(note.markdown)).toEqual([
      'sql-gateway.endpoint.my-rest.address',
      'sql-gateway.endpoint.my-rest.bind-port',
      'sql-gateway.endpoint.my-rest.port',
    ]);
    expect(note.qualified[0]!.evidence).toEqual({
      kind: 'prose-statement',
      prefix: 'sql-gateway.endpoint.my-rest.',
      quote: 'prefixed with sql-gateway.endpoint.my-rest.',
    });
  });

  it("a page's examples give the prefix of a table of bare keys, in a file nobody listed", () => {
    const html = `<p>Example:</p><pre>acme.sink.host: db1\nacme.sink.port: 5432</pre>${table([
      ['host', '(none)', 'String'],
      ['port', '5432', 'Integer'],
      ['timeout', '10 s', 'Duration'],
    ])}`;
    const note = importFlinkHtml('acme_sink_configuration.html', html, { version: '2.1' })!;
    expect(keysOf(note.markdown)).toEqual(['acme.sink.host', 'acme.sink.port', 'acme.sink.timeout']);
    expect(note.notes).toEqual([
      "3 keys qualified with acme.sink., by the page's examples (acme.sink.host, acme.sink.port): host → acme.sink.host, port → acme.sink.port, timeout → acme.sink.timeout",
    ]);
  });

  it('prose that names full keys under a longer name leaves a table of full keys alone', () => {
    const html = `<p>The gateway also reads sql-gateway.endpoint.rest.port.</p>${table([
      ['rest.port', '8081', 'Integer'],
      ['rest.address', '(none)', 'String'],
      ['rest.bind-port', '"8081"', 'String'],
    ])}`;
    const note = importFlinkHtml('rest_configuration.html', html, { version: '2.1' })!;
    expect(keysOf(note.markdown)).toEqual(['rest.port', 'rest.address', 'rest.bind-port']);
    expect(note.qualified).toEqual([]);
  });

  it('without evidence a bare key stays as written: Flink reads some keys at the top level', () => {
    const note = importFlinkHtml(
      'high_availability_configuration.html',
      table([
        ['high-availability', '"NONE"', 'String'],
        ['high-availability.cluster-id', '"/default"', 'String'],
      ]),
      { version: '1.11.3' },
    )!;
    expect(keysOf(note.markdown)).toEqual(['high-availability', 'high-availability.cluster-id']);
    expect(note.qualified).toEqual([]);
  });
});

describe('prefixFromProse', () => {
  it('reads a statement in English or Chinese, with or without a trailing *', () => {
    expect(prefixFromProse('Keys are relative to `acme.metrics.*`.', ['host'])?.prefix).toBe('acme.metrics.');
    expect(prefixFromProse('以下配置项的前缀为 acme.metrics. ，例如 host。', ['host'])?.prefix).toBe('acme.metrics.');
  });
  it('two different statements, or examples that tie, give no prefix', () => {
    expect(prefixFromProse('prefixed with a.b. or prefixed with c.d.', ['host'])).toBeUndefined();
    expect(prefixFromProse('a.b.host and c.d.host', ['host'])).toBeUndefined();
  });
  it('examples pick the prefix that most keys appear under', () => {
    expect(prefixFromProse('x.y.host, x.y.port, z.host', ['host', 'port'])).toEqual({
      kind: 'prose-examples',
      prefix: 'x.y.',
      examples: ['x.y.host', 'x.y.port'],
    });
  });
  it('every known prefix ends with a dot and names a table once', () => {
    expect(KNOWN_KEY_PREFIXES.every((k) => k.prefix.endsWith('.') && k.source.length > 0)).toBe(true);
    expect(new Set(KNOWN_KEY_PREFIXES.map((k) => k.table)).size).toBe(KNOWN_KEY_PREFIXES.length);
  });
});

describeWith(corpus, "import flink-html: Flink's bare keys qualified (needs ../shared/corpus/flink)", () => {
  /** Every key written and every key qualified, over one corpus folder. */
  function importAll(folder: string, version: string) {
    const keys = new Set<string>();
    const qualified: string[] = [];
    for (const name of readdirSync(join(corpus, folder)).sort()) {
      if (!name.endsWith('.html')) continue;
      const note = importFlinkHtml(name, readFileSync(join(corpus, folder, name), 'utf8'), { version });
      if (!note) continue;
      for (const key of keysOf(note.markdown)) keys.add(key);
      qualified.push(...note.qualified.map((q) => `${name}: ${q.key.from} → ${q.key.to}`));
    }
    return { keys, qualified };
  }
  // Names that Flink reads only under a prefix: none may be an imported key on its own.
  const bare = ['address', 'bind-address', 'bind-port', 'port', 'host', 'db', 'username', 'password', 'jobName'];
  const gateway = ['address', 'bind-address', 'bind-port', 'port'].map(
    (key) => `sql_gateway_rest_configuration.html: ${key} → sql-gateway.endpoint.rest.${key}`,
  );

  it.each([
    ['1.20.0', '1.20.0'],
    ['2.1-SNAPSHOT-8e93850', '2.1'],
  ])('%s: the SQL Gateway REST keys, and only they, are qualified', (folder, version) => {
    const { keys, qualified } = importAll(folder, version);
    expect(qualified).toEqual(gateway);
    expect(bare.filter((key) => keys.has(key))).toEqual([]);
    // What stays without a dot is what Flink reads at the top level (its option classes' keys).
    expect([...keys].filter((key) => !key.includes('.')).sort()).toEqual(['external-resources', 'scheduler-mode']);
  });

  it('1.11.3: the two reporter tables are qualified as later versions print them', () => {
    const { keys, qualified } = importAll('1.11.3', '1.11.3');
    expect(qualified.map((line) => line.replace(/^.*→ /, ''))).toEqual([
      ...['connectTimeout', 'consistency', 'db', 'host', 'password', 'port', 'retentionPolicy', 'username', 'writeTimeout'].map(
        (key) => `metrics.reporter.influxdb.${key}`,
      ),
      ...['deleteOnShutdown', 'filterLabelValueCharacters', 'groupingKey', 'host', 'jobName', 'port', 'randomJobNameSuffix'].map(
        (key) => `metrics.reporter.prometheus.${key}`,
      ),
    ]);
    expect(bare.filter((key) => keys.has(key))).toEqual([]);
    expect([...keys].filter((key) => !key.includes('.')).sort()).toEqual(['external-resources', 'high-availability', 'restart-strategy']);
  });
});
