import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseJava } from 'java-parser';
import { parse as shellParse } from 'shell-quote';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildRegistry, type Option } from '../../src/lib/registry/index.ts';
import { loadRegistry } from '../../src/lib/registry/load.ts';
import { parseDefault } from '../../src/lib/registry/values.ts';
import { SNIPPET_FORMATS, snippetSetting, snippetsFor, type SnippetSetting } from '../../src/lib/snippets/index.ts';
import { flinkConfYamlCanHold } from '../../src/lib/snippets/formats/flink-conf-yaml.ts';
import { exampleValue, formatDuration, formatMemorySize } from '../../src/lib/snippets/value.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = (await loadRegistry(join(root, 'content'))).registry.options;
const tricky = buildRegistry([{ path: 'tricky.md', contents: readFileSync(join(root, 'tests/fixtures/snippets/tricky.md')) }]).registry
  .options;
const cases: Array<[string, Option[]]> = [
  ['the seed', seed],
  ['generated fixtures', tricky],
];

function codeOf(formatId: string, options: readonly Option[]): string {
  return snippetsFor(options).find((s) => s.format.id === formatId)!.code;
}

/** Flink reads nested YAML by joining keys with dots. */
function flattenYaml(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flattenYaml(child, prefix ? `${prefix}.${key}` : key, out);
  } else out[prefix] = value;
  return out;
}

/** `SET 'k' = 'v';` statements, with `''` inside literals. */
function parseSqlSets(code: string): Array<[string, string]> {
  const literal = String.raw`'((?:[^']|'')*)'`;
  const statement = new RegExp(String.raw`^SET\s+${literal}\s*=\s*${literal}\s*;(?:\s*--.*)?$`);
  return code
    .trim()
    .split('\n')
    .map((line) => {
      const match = statement.exec(line);
      if (!match) throw new Error(`not a SET statement: ${line}`);
      return [match[1]!.replaceAll("''", "'"), match[2]!.replaceAll("''", "'")];
    });
}

/** Runs the CLI snippet in bash with stand-ins for ./bin/flink and ./bin/sql-client.sh that print their arguments. */
function runCliInBash(code: string): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'confref-cli-'));
  mkdirSync(join(dir, 'bin'));
  for (const name of ['flink', 'sql-client.sh']) {
    writeFileSync(join(dir, 'bin', name), '#!/bin/sh\nfor a in "$@"; do printf "%s\\0" "$a"; done\nprintf "\\n"\n');
    chmodSync(join(dir, 'bin', name), 0o755);
  }
  const out = execFileSync('bash', ['-c', code], { cwd: dir, encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\0').filter((arg) => arg !== ''));
}

const dArgs = (args: string[]): Array<[string, string]> =>
  args.filter((arg) => arg.startsWith('-D')).map((arg) => [arg.slice(2, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]);

describe.each(cases)('snippets round-trip for every option of %s', (_, options) => {
  const settings = options.map(snippetSetting);
  const expected = settings.map((s): [string, string] => [s.key, s.value]);
  const settable = (s: SnippetSetting) => flinkConfYamlCanHold(s.value);

  it('uses the default in Flink notation, or a marked example value valid for the type', () => {
    for (const setting of settings) {
      const { option } = setting;
      if (setting.example && setting.key === option.key)
        expect(option.default === null || option.default.kind !== 'literal' || option.default.raw === '', option.key).toBe(true);
      expect(setting.value, option.key).not.toBe('');
      const check = parseDefault(setting.value, option);
      expect(check.kind, `${option.key} = ${setting.value}`).toBe('literal');
    }
  });

  it('flink-conf.yaml: a YAML reader gets back each key and value (and values with "#" are refused with a note)', () => {
    const code = codeOf('flink-conf-yaml', options);
    const parsed = parseYaml(code, { schema: 'failsafe' }) as Record<string, string>;
    for (const setting of settings) {
      if (settable(setting)) expect(parsed[setting.key], setting.key).toBe(setting.value);
      else expect(code).toContain(`# ${setting.key} cannot be written in flink-conf.yaml`);
    }
  });

  it('config.yaml: nested YAML flattens back to each key and value, even when a key is also a parent', () => {
    const flat = flattenYaml(parseYaml(codeOf('config-yaml', options)));
    expect(Object.keys(flat).sort()).toEqual(expected.map(([k]) => k).sort());
    for (const [key, value] of expected) expect(String(flat[key]), key).toBe(value);
  });

  it('Kubernetes: spec.flinkConfiguration holds every value as a string', () => {
    const manifest = parseYaml(codeOf('kubernetes', options));
    expect(manifest.kind).toBe('FlinkDeployment');
    expect(Object.entries(manifest.spec.flinkConfiguration)).toEqual(expected);
  });

  it('SQL: each SET statement parses back to the key and value', () => {
    expect(
      parseSqlSets(
        codeOf('sql', options)
          .split('\n')
          .filter((l) => l !== '')
          .join('\n'),
      ),
    ).toEqual(expected);
  });

  it('CLI: bash passes each -D argument through unchanged, and shell-quote parses it the same', () => {
    const code = codeOf('cli', options);
    const [flinkRun, sqlClient] = runCliInBash(code);
    expect(flinkRun![0]).toBe('run');
    expect(flinkRun!.at(-1)).toBe('./path/to/your-job.jar');
    expect(dArgs(flinkRun!)).toEqual(expected);
    expect(dArgs(sqlClient!)).toEqual(expected);
    const command = code
      .split('\n# Start the SQL client')[0]!
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n')
      .replace(/\\\n/g, ' ');
    expect(dArgs(shellParse(command).filter((t): t is string => typeof t === 'string'))).toEqual(expected);
  });

  it('Java: parses with a Java parser, setting each key', () => {
    const code = codeOf('java', options);
    const imports = code.split('\n').filter((l) => l.startsWith('import '));
    const body = code
      .split('\n')
      .filter((l) => !l.startsWith('import '))
      .join('\n        ');
    expect(() => parseJava(`${imports.join('\n')}\nclass Snippet {\n    void configure() {\n        ${body}\n    }\n}\n`)).not.toThrow();
    for (const [key] of expected) expect(code).toContain(`ConfigOptions.key(${JSON.stringify(key)})`);
  });

  it('Java before Flink 1.19: the string and typed setters of that time', () => {
    const old = options.map((o) => ({ ...o, version: '1.18.1' }));
    const code = codeOf('java', old);
    expect(code).not.toContain('ConfigOptions');
    expect(() =>
      parseJava(
        `${code
          .split('\n')
          .filter((l) => l.startsWith('import '))
          .join('\n')}\nclass S { void c() { ${code
          .split('\n')
          .filter((l) => !l.startsWith('import '))
          .join('\n')} } }`,
      ),
    ).not.toThrow();
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  it.runIf(python)("PyFlink: Python's ast parses it, and each set_string call holds the key and value", () => {
    const script =
      'import ast, json, sys\ntree = ast.parse(sys.stdin.read())\nprint(json.dumps([[c.args[0].value, c.args[1].value] for c in ast.walk(tree) if isinstance(c, ast.Call) and getattr(c.func, "attr", "") == "set_string"]))';
    const out = execFileSync('python3', ['-c', script], { input: codeOf('python', options), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(expected);
  });
  if (!python) console.warn('PyFlink snippet test skipped: python3 is not installed');
});

describe('snippet values', () => {
  const of = (key: string) => snippetSetting(tricky.find((o) => o.key === key)!);
  it('formats defaults the way Flink writes them', () => {
    expect([
      of('t.wait').value,
      of('t.odd-wait').value,
      of('t.size').value,
      of('t.list').value,
      of('t.map').value,
      of('t.mode').value,
    ]).toEqual(['10 min', '1500 ms', '64 mb', "a;b;'c;d'", "k1:v1,'''k:2'':v2'", 'AT_LEAST_ONCE']);
    expect([formatDuration(86_400_000), formatDuration(0), formatMemorySize(1536), formatMemorySize(1024 ** 3)]).toEqual([
      '1 d',
      '0 ms',
      '1536 bytes',
      '1 gb',
    ]);
  });
  it('marks example values, plausible for the key and type', () => {
    expect(
      ['t.empty-list', 't.no-default', 't.dir', 't.enum-none', 'metrics.reporter.<name>.class'].map((key) => [
        of(key).key,
        of(key).value,
        of(key).example,
      ]),
    ).toEqual([
      ['t.empty-list', 'value-1;value-2', true],
      ['t.no-default', '30 s', true],
      ['t.dir', 'hdfs:///flink/t', true],
      ['t.enum-none', 'LATENCY', true],
      ['metrics.reporter.my_name.class', 'com.example.MyImplementation', true],
    ]);
    // A directory's example names what it holds: the key's last word before `-dir`, else the segment before it.
    const dirs = buildRegistry([
      {
        path: 'dirs.md',
        contents: [
          '| Key | Default | Type | Description |',
          '| --- | --- | --- | --- |',
          '| execution.checkpointing.savepoint-dir | (none) | String | Savepoints. |',
          '| execution.checkpointing.dir | (none) | String | Checkpoints. |',
          '| state.backend.rocksdb.localdir | (none) | String | RocksDB files. |',
          '| io.tmp.dirs | (none) | String | Temporary files. |',
          '',
        ].join('\n'),
      },
    ]).registry.options;
    expect(dirs.map((option) => [option.key, exampleValue(option, option.key)])).toEqual([
      ['execution.checkpointing.dir', 'hdfs:///flink/checkpointing'],
      ['execution.checkpointing.savepoint-dir', 'hdfs:///flink/savepoint'],
      ['io.tmp.dirs', '/data/flink/tmp'],
      ['state.backend.rocksdb.localdir', '/data/flink/rocksdb'],
    ]);
    // Arithmetic is set as the value it evaluates to, which is the default: not an example.
    expect([of('t.expression').value, of('t.expression').example]).toEqual(['4096', false]);
    expect(of('t.count').example).toBe(false);
    expect(snippetsFor([tricky.find((o) => o.key === 't.dir')!]).map((s) => s.code.includes('example value'))).toEqual(
      SNIPPET_FORMATS.map(() => true),
    );
  });
});

describe('snippets made once per option', () => {
  it('gives the same snippets to every page of an option, and a group its own', () => {
    const option = buildRegistry([
      {
        path: 'once.md',
        contents:
          '# O\n\n| Key | Default | Type | Description |\n| --- | --- | --- | --- |\n| once.a | 1 | Integer | A. |\n| once.b | x | String | B. |\n',
      },
    ]).registry.options;
    const first = snippetsFor([option[0]!]);
    expect(snippetsFor([option[0]!])).toBe(first);
    expect(first.map((s) => s.format.id)).toEqual(SNIPPET_FORMATS.map((f) => f.id));
    const group = snippetsFor(option);
    expect(group).not.toBe(first);
    expect(group.find((s) => s.format.id === 'sql')!.code).toBe("SET 'once.a' = '1';\nSET 'once.b' = 'x';\n");
  });
});
