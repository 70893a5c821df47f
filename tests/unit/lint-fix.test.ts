/**
 * `--fix` and `--to`, round-tripped: the file written, read back, has the
 * same effective configuration with the new keys, and lint finds no rename
 * in it that the fix could have made.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { flinkConfToConfigYaml } from '../../src/lib/lint/convert.ts';
import { fixRenames } from '../../src/lib/lint/fix.ts';
import { detectFormat, lintText, readConfig, type InputFormat, type LintEntry } from '../../src/lib/lint/index.ts';
import { brief, lintFixture, referenceFor } from '../helpers/lint.ts';

const reference = referenceFor('1.20');

/** The configuration Flink ends up with: each scope's keys, the last value winning, old keys under their new name when `renamed`. */
function effective(entries: readonly LintEntry[], renamed = false, keep: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of entries) {
    const found = reference.lookup(entry.key);
    const key = renamed && found.kind === 'old' && found.old.kind !== 'removed' && !keep.includes(entry.key) ? found.old.to : entry.key;
    out[`${entry.scope}:${key}`] = entry.value;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const FIXTURES = ['config.yaml', 'flink-conf.yaml', 'job.sql', 'submit.sh', 'deployment.yaml'];

describe('lint --fix', () => {
  for (const name of FIXTURES) {
    it(`${name}: renamed keys rewritten; the same configuration read back, with no rename left to fix`, () => {
      const text = lintFixture(name);
      const format = detectFormat(name, text);
      const { text: fixed, changes } = fixRenames(text, format, reference);
      expect(changes.filter((c) => !c.skipped).length).toBeGreaterThan(0);
      // Only keys with nothing else set take a new name: a key already set (high-availability.type) stays, reported.
      const skipped = changes.filter((c) => c.skipped).map((c) => c.from);
      expect(effective(readConfig(fixed, format).entries)).toEqual(effective(readConfig(text, format).entries, true, skipped));
      const left = lintText(fixed, format, reference).findings.filter(
        (f) => (f.rule === 'renamed-key' || f.rule === 'deprecated-key') && reference.lookup(f.key!).kind === 'old',
      );
      expect(left.map((f) => f.key)).toEqual(skipped);
      // Everything else is as it was: only key text changed, so the line count is the same for flat keys.
      if (format !== 'config-yaml') expect(fixed.split('\n').length).toBe(text.split('\n').length);
      expect(fixRenames(fixed, format, reference).text).toBe(fixed);
    });
  }

  it('config.yaml: a nested key moves out as a dotted key before its outermost map, comments kept', () => {
    const text = [
      '# cluster',
      'taskmanager:',
      '  numberOfTaskSlots: 2',
      'state:',
      '  backend:',
      '    local-recovery: true # fast restarts',
      '    incremental: true',
      '  # checkpoints here',
      '  checkpoints.dir: hdfs:///flink/cp',
      'table:',
      '  exec:',
      '    old-name: 3',
      '',
    ].join('\n');
    const { text: fixed, changes } = fixRenames(text, 'config-yaml', reference);
    expect(fixed).toBe(
      [
        '# cluster',
        'taskmanager:',
        '  numberOfTaskSlots: 2',
        'execution.state-recovery.from-local: true # fast restarts',
        'execution.checkpointing.dir: hdfs:///flink/cp',
        'state:',
        '  backend:',
        '    incremental: true',
        '  # checkpoints here',
        'table:',
        '  exec:',
        '    new-name: 3',
        '',
      ].join('\n'),
    );
    expect(changes).toEqual([
      { line: 6, from: 'state.backend.local-recovery', to: 'execution.state-recovery.from-local' },
      { line: 9, from: 'state.checkpoints.dir', to: 'execution.checkpointing.dir' },
      { line: 12, from: 'table.exec.old-name', to: 'table.exec.new-name' },
    ]);
    expect(lintText(fixed, 'config-yaml', reference).findings).toEqual([]);
  });

  it('a parent left empty by the move goes with it', () => {
    const fixed = fixRenames('state:\n  backend:\n    local-recovery: true\nparallelism.default: 2\n', 'config-yaml', reference).text;
    expect(fixed).toBe('execution.state-recovery.from-local: true\nparallelism.default: 2\n');
  });

  it('does not move a nested value with an anchor or a tag, and says why', () => {
    const anchored = 'state:\n  checkpoints:\n    dir: &d s3://x\nother: *d\n';
    expect(fixRenames(anchored, 'config-yaml', reference)).toEqual({
      text: anchored,
      changes: [
        {
          line: 3,
          from: 'state.checkpoints.dir',
          to: 'execution.checkpointing.dir',
          skipped: 'its value has an anchor or a tag (&d), which the move would lose',
        },
      ],
    });
    const tagged = 'state:\n  checkpoints:\n    dir: !!str 010\n';
    expect(fixRenames(tagged, 'config-yaml', reference).changes[0]?.skipped).toBe(
      'its value has an anchor or a tag (!!str), which the move would lose',
    );
  });

  it('a Kubernetes file: each resource renamed by the version it names', () => {
    const deployment = (version: string) =>
      `kind: FlinkDeployment\nspec:\n  flinkVersion: ${version}\n  flinkConfiguration:\n    table.exec.old-name: "3"\n`;
    const text = `${deployment('v1_20')}---\n${deployment('v1_18')}`;
    const { text: fixed, changes } = fixRenames(text, 'kubernetes', referenceFor('1.18'), (version) => referenceFor(version));
    expect(fixed).toBe(text.replace('old-name', 'new-name'));
    expect(changes).toEqual([{ line: 5, from: 'table.exec.old-name', to: 'table.exec.new-name' }]);
  });

  it('does not touch a file that cannot be read', () => {
    const text = 'state.backend: rocksdb\nbroken: [\n';
    expect(fixRenames(text, 'config-yaml', reference)).toEqual({
      text,
      changes: [],
      refused: expect.stringMatching(/^it cannot be read \(line \d+: YAML: /),
    });
  });

  it('leaves a key whose new key is set too, and says why', () => {
    const { text, changes } = fixRenames('state.backend: rocksdb\nstate.backend.type: hashmap\n', 'flink-conf', reference);
    expect(text).toBe('state.backend: rocksdb\nstate.backend.type: hashmap\n');
    expect(changes).toEqual([
      { line: 1, from: 'state.backend', to: 'state.backend.type', skipped: '"state.backend.type" is set too: keep one of them' },
    ]);
  });
});

describe('lint --to config.yaml', () => {
  const legacy = lintFixture('flink-conf.yaml');
  const read = (text: string, format: InputFormat) => readConfig(text, format).entries;

  it('writes the nested standard file with the same effective configuration', () => {
    const { text } = flinkConfToConfigYaml(legacy);
    expect(effective(read(text, 'config-yaml'))).toEqual(effective(read(legacy, 'flink-conf')));
    expect(readConfig(text, 'config-yaml').findings).toEqual([]);
  });

  it('with --fix, an old key whose new key is set too is left out: Flink reads the new one', () => {
    const rename = (key: string) => {
      const found = reference.lookup(key);
      return found.kind === 'old' && found.old.kind !== 'removed' ? found.old.to : null;
    };
    expect(flinkConfToConfigYaml('state.backend.type: hashmap\nstate.backend: rocksdb\n', rename)).toEqual({
      text: 'state:\n  backend:\n    type: hashmap\n',
      changes: [{ line: 2, message: 'left out "state.backend": "state.backend.type" is set too, on line 1, and Flink reads that one' }],
    });
  });

  it('keeps the header comment when the first key is set again', () => {
    expect(flinkConfToConfigYaml('# header\n\nparallelism.default: 1\n# note\n\nparallelism.default: 2\n').text).toBe(
      '# header\n\n# note\nparallelism:\n  default: 2\n',
    );
  });

  it('with --fix, under the new keys, and lint finds no rename left', () => {
    const rename = (key: string) => {
      const found = reference.lookup(key);
      return found.kind === 'old' && found.old.kind !== 'removed' ? found.old.to : null;
    };
    const { text, changes } = flinkConfToConfigYaml(legacy, rename);
    expect(effective(read(text, 'config-yaml'))).toEqual(effective(read(legacy, 'flink-conf'), true));
    const findings = lintText(text, 'config-yaml', reference).findings;
    expect(findings.filter((f) => f.rule === 'renamed-key' || f.rule === 'deprecated-key')).toEqual([]);
    // What is left is what the legacy file got wrong in its values and keys, not in its form.
    expect(brief(findings)).toEqual([
      '14:7 unknown-key taskmanager.memory.procss.size',
      '15:22 default-value taskmanager.numberOfTaskSlots',
      '22:18 invalid-value state.backend.incremental',
      '31:1 unknown-key port',
      '33:12 default-value web.timeout',
    ]);
    expect(changes).toEqual([
      { line: 11, message: 'renamed "state.backend" to "state.backend.type"' },
      { line: 12, message: 'renamed "state.checkpoints.dir" to "execution.checkpointing.dir"' },
      { line: 13, message: `"state.backend.incremental": 'true' written as "'true'", so that YAML reads the same text` },
      { line: 14, message: 'left out "execution.checkpointing.interval": set again on line 15, whose value Flink reads' },
      { line: 17, message: '"high-availability.storageDir": Flink reads "hdfs:///flink/ha"; "#primary" stays a comment' },
      { line: 20, message: 'left out "rest.port:8081": Flink skips it (no ": " between key and value)' },
      { line: 21, message: 'left out "rest:": Flink skips it (a key without a value)' },
    ]);
  });

  it('quotes exactly the values YAML would read differently, keeps comments, and gives a parent with a value dotted children', () => {
    const { text } = flinkConfToConfigYaml(
      [
        '# header',
        '',
        '# the backend',
        'state.backend: rocksdb  # or hashmap',
        'state.backend.incremental: true',
        'a.count: 010',
        'a.ratio: 1.0',
        'a.word: yes',
        'a.null: null',
        "a.quoted: 'x'",
        'a.colon: k:v,k2:v2',
        'a.flow: [x]',
        '',
      ].join('\n'),
    );
    expect(text).toBe(
      [
        '# header',
        '',
        '# the backend',
        'state:',
        '  backend: rocksdb # or hashmap',
        '  backend.incremental: true',
        'a:',
        '  count: "010"',
        '  ratio: "1.0"',
        '  word: yes',
        '  "null": "null"',
        `  quoted: "'x'"`,
        '  colon: k:v,k2:v2',
        '  flow: "[x]"',
        '',
      ].join('\n'),
    );
  });
});

describe('lint --fix on random files', () => {
  /** Keys to draw from: current ones, old ones the version renamed, and keys sharing their prefixes. */
  const KEYS = [
    'state.backend',
    'state.backend.type',
    'state.backend.incremental',
    'state.backend.local-recovery',
    'state.checkpoints.dir',
    'table.exec.old-name',
    'table.exec.new-name',
    'execution.checkpointing.interval',
    'execution.checkpointing.mode',
    'parallelism.default',
    'taskmanager.numberOfTaskSlots',
  ];
  const settings = fc.uniqueArray(
    fc.tuple(fc.constantFrom(...KEYS), fc.integer({ min: 1, max: 5 }), fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/)),
    {
      selector: ([key]) => key,
      maxLength: 8,
    },
  );

  /** A config.yaml with each key nested down to a depth of its own (the rest dotted), or null when two keys collide. */
  function configYamlOf(items: ReadonlyArray<[string, number, string]>): string | null {
    const root: Record<string, unknown> = {};
    for (const [key, depth, value] of items) {
      const parts = key.split('.');
      const cut = Math.min(depth, parts.length) - 1;
      const path = [...parts.slice(0, cut), parts.slice(cut).join('.')];
      let node = root;
      for (const part of path.slice(0, -1)) {
        const next = node[part] ?? (node[part] = {});
        if (typeof next !== 'object') return null;
        node = next as Record<string, unknown>;
      }
      if (path.at(-1)! in node) return null;
      node[path.at(-1)!] = value;
    }
    return `# settings\n${stringify(root)}`;
  }

  it('config.yaml: keeps the effective configuration under the new keys, and leaves no rename it could make', () => {
    fc.assert(
      fc.property(settings, (items) => {
        const text = configYamlOf(items);
        if (text === null) return;
        const { text: fixed, changes } = fixRenames(text, 'config-yaml', reference);
        const skipped = changes.filter((c) => c.skipped).map((c) => c.from);
        expect(readConfig(fixed, 'config-yaml').findings).toEqual([]);
        expect(effective(readConfig(fixed, 'config-yaml').entries)).toEqual(
          effective(readConfig(text, 'config-yaml').entries, true, skipped),
        );
        expect(fixed.startsWith('# settings\n')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('flink-conf.yaml, SQL and -D flags: the same, every other byte as it was', () => {
    const formats = {
      'flink-conf': (k: string, v: string) => `${k}: ${v}`,
      sql: (k: string, v: string) => `SET '${k}' = '${v}';`,
      cli: (k: string, v: string) => `  -D${k}=${v} \\`,
    } as const;
    fc.assert(
      fc.property(settings, fc.constantFrom(...(Object.keys(formats) as Array<keyof typeof formats>)), (items, format) => {
        const text = `${format === 'cli' ? './bin/flink run \\\n' : ''}${items.map(([k, , v]) => formats[format](k, v)).join('\n')}\n`;
        const { text: fixed, changes } = fixRenames(text, format, reference);
        const skipped = changes.filter((c) => c.skipped).map((c) => c.from);
        expect(effective(readConfig(fixed, format).entries)).toEqual(effective(readConfig(text, format).entries, true, skipped));
        expect(fixed.split('\n').length).toBe(text.split('\n').length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('lint --to on random files', () => {
  it('config.yaml reads back every value as the legacy reader read it, whatever YAML makes of the text', () => {
    const segment = fc.constantFrom('a', 'b', 'state', 'backend', 'type', 'x-y', 'n_1');
    const key = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));
    const value = fc
      .oneof(
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.constantFrom(
          'true',
          'yes',
          'null',
          '~',
          '010',
          '1.0',
          '0x1A',
          '1e3',
          "'q'",
          '"q"',
          '[a, b]',
          '{a: 1}',
          'a: b',
          '- x',
          '*ref',
          '&a',
          '!tag',
          '@at',
          '`t`',
          '%p',
          '|',
          '>',
        ),
      )
      .map((text) => text.replace(/[#\r\n]/g, '').trim())
      .filter((text) => text !== '');
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 10 }), (settings) => {
        const legacy = settings.map(([k, v]) => `${k}: ${v}`).join('\n');
        const { text } = flinkConfToConfigYaml(legacy);
        expect(readConfig(text, 'config-yaml').findings).toEqual([]);
        expect(effective(readConfig(text, 'config-yaml').entries)).toEqual(effective(readConfig(legacy, 'flink-conf').entries));
      }),
      { numRuns: 300 },
    );
  });
});
