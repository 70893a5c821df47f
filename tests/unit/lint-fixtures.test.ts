/**
 * One realistic file per input format, with seeded mistakes: lint finds
 * every one, where it is, and nothing on the correct lines.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat, flinkVersionOf, lintReference, lintText } from '../../src/lib/lint/index.ts';
import { root } from '../helpers/astro.ts';
import { build } from '../helpers/notes.ts';
import { brief, lintFixture, referenceFor } from '../helpers/lint.ts';

const reference = referenceFor('1.20');

function lintFile(name: string) {
  const text = lintFixture(name);
  return lintText(text, detectFormat(name, text), reference);
}

describe('lint fixtures, against Flink 1.20 of the fixture notes', () => {
  it('config.yaml: nested, flat and mixed keys', () => {
    const result = lintFile('config.yaml');
    expect(result.format).toBe('config-yaml');
    expect(brief(result.findings)).toEqual([
      '9:22 default-value parallelism.default',
      '12:15 invalid-value execution.checkpointing.interval',
      '13:11 invalid-value execution.checkpointing.mode',
      '18:18 invalid-value state.backend.incremental',
      '19:3 deprecated-key state.checkpoints.dir',
      '20:1 duplicate-key execution.checkpointing.interval',
      '24:1 deprecated-key high-availability',
      '24:1 scalar-and-map high-availability',
      '29:1 renamed-key table.exec.old-name',
      '30:1 removed-key jobmanager.scheduler.legacy-mode',
      '31:1 unknown-key parallelism.defualt',
    ]);
    // Nested keys are joined; a list is joined with `;`; a placeholder key matches its pattern.
    const entries = new Map(result.entries.map((e) => [e.key, e]));
    expect(entries.get('jobmanager.memory.process.size')).toMatchObject({ value: '1600m', form: 'mixed', place: { line: 4, column: 5 } });
    expect(entries.get('taskmanager.numberOfTaskSlots')).toMatchObject({ value: '4', form: 'nested' });
    expect(entries.get('pipeline.jars')).toMatchObject({
      value: 'file:///opt/flink/usrlib/a.jar;file:///opt/flink/usrlib/b.jar',
      items: ['file:///opt/flink/usrlib/a.jar', 'file:///opt/flink/usrlib/b.jar'],
    });
    expect(entries.has('metrics.reporter.prom.factory.class')).toBe(true);
  });

  it('config.yaml: the messages name the replacement, the evidence and the did-you-mean', () => {
    const messages = lintFile('config.yaml').findings.map((f) => `${f.rule}: ${f.message} | ${f.hint ?? ''}`);
    expect(messages).toContain(
      'invalid-value: "10 parsecs" is not a valid Duration for "execution.checkpointing.interval": a Duration is a whole number with a unit: d, h, min, s, ms, µs or ns (e.g. "10 s") | Flink fails on it when it reads the option.',
    );
    expect(messages).toContain(
      'invalid-value: "EXACTLY_ONE" is not a valid Enum for "execution.checkpointing.mode": expected one of EXACTLY_ONCE, AT_LEAST_ONCE | Use one of EXACTLY_ONCE, AT_LEAST_ONCE.',
    );
    expect(messages).toContain(
      'deprecated-key: "state.checkpoints.dir" is renamed to "execution.checkpointing.dir" (per Flink\'s deprecated keys: CheckpointingOptions.CHECKPOINTS_DIRECTORY (Flink 1.20)); Flink 1.20 still reads it, deprecated | Use "execution.checkpointing.dir" (confref lint --fix renames it).',
    );
    expect(messages).toContain(
      'duplicate-key: "execution.checkpointing.interval" is set again: also on line 12 (nested there, flat here); one of the values is lost | Keep one of them.',
    );
    expect(messages).toContain(
      'renamed-key: "table.exec.old-name" is renamed to "table.exec.new-name" by 1.20 (per the rename map: renames.md:6) | Use "table.exec.new-name" (confref lint --fix renames it).',
    );
    expect(messages).toContain(
      'removed-key: "jobmanager.scheduler.legacy-mode" is not in Flink 1.20: 1.18 was the last version with it | Flink ignores it: remove it, or check the release notes for what replaced it.',
    );
    expect(messages).toContain(
      'unknown-key: "parallelism.defualt" is not a key of Flink 1.20; did you mean "parallelism.default"? | Flink ignores unknown keys: fix the spelling to "parallelism.default".',
    );
  });

  it("flink-conf.yaml: read as Flink's legacy line reader reads it", () => {
    const result = lintFile('flink-conf.yaml');
    expect(result.format).toBe('flink-conf');
    expect(brief(result.findings)).toEqual([
      '7:32 default-value taskmanager.numberOfTaskSlots',
      '11:1 deprecated-key state.backend',
      '12:1 deprecated-key state.checkpoints.dir',
      '13:28 invalid-value state.backend.incremental',
      '13:28 quoted-value state.backend.incremental',
      '15:1 duplicate-key execution.checkpointing.interval',
      '17:47 hash-in-value high-availability.storageDir',
      '20:1 ignored-line',
      '21:1 ignored-line',
      '22:3 unknown-key port',
      '23:14 default-value web.timeout',
      '24:1 unknown-key taskmanager.memory.procss.size',
    ]);
    const values = Object.fromEntries(result.entries.map((e) => [e.key, e.value]));
    // Quotes stay, `#` cuts the value, a trailing comment is no part of it.
    expect(values['state.backend.incremental']).toBe("'true'");
    expect(values['high-availability.storageDir']).toBe('hdfs:///flink/ha');
    expect(values['execution.checkpointing.mode']).toBe('AT_LEAST_ONCE');
  });

  it('SQL: SET statements, quoted and not, comments and strings elsewhere ignored', () => {
    const result = lintFile('job.sql');
    expect(result.format).toBe('sql');
    expect(brief(result.findings)).toEqual([
      '5:39 invalid-value execution.checkpointing.mode',
      '6:6 renamed-key table.exec.old-name',
      '9:6 duplicate-key parallelism.default',
      '16:6 unknown-key taskmanager.numberOfTaskSlot',
    ]);
    expect(result.entries.map((e) => e.key)).not.toContain('ignored.in.comment');
    expect(result.entries.find((e) => e.key === 'execution.checkpointing.timeout')).toMatchObject({
      value: '20 min',
      place: { line: 8, column: 5 },
    });
  });

  it('-D flags in a shell script: continuations joined, each command its own scope, variables not checked', () => {
    const result = lintFile('submit.sh');
    expect(result.format).toBe('cli');
    expect(brief(result.findings)).toEqual([
      '10:32 invalid-value state.backend.incremental',
      '11:5 deprecated-key state.backend',
      '14:5 duplicate-key parallelism.default',
      '17:47 unknown-key rest.prot',
    ]);
    expect(result.entries.find((e) => e.key === 'execution.checkpointing.interval')).toMatchObject({ unresolved: true });
    expect(result.entries.find((e) => e.key === 'execution.checkpointing.timeout')).toMatchObject({ value: '2 minutes' });
  });

  it("a FlinkDeployment's spec.flinkConfiguration, flat and nested; other resources and the operator's keys left alone", () => {
    const result = lintFile('deployment.yaml');
    expect(result.format).toBe('kubernetes');
    expect(brief(result.findings)).toEqual([
      '18:5 deprecated-key state.checkpoints.dir',
      '24:16 invalid-value rest.port',
      '29:5 duplicate-key taskmanager.memory.process.size',
    ]);
    expect(result.entries.map((e) => e.key)).not.toContain('parallelism.defualt');
    expect(result.entries.find((e) => e.key === 'execution.checkpointing.timeout')).toMatchObject({ form: 'nested', value: '15 min' });
  });

  it('reads the Flink version a FlinkDeployment names', () => {
    expect(flinkVersionOf(lintFixture('deployment.yaml'))).toBe('1.20');
    expect(flinkVersionOf('kind: FlinkDeployment\nspec:\n  flinkVersion: v2_1\n')).toBe('2.1');
    expect(flinkVersionOf('kind: ConfigMap\nspec:\n  flinkVersion: v2_1\n')).toBeNull();
  });

  it('checks each FlinkDeployment of a file against the version it names', () => {
    const deployment = (version: string) =>
      `apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nspec:\n  flinkVersion: ${version}\n  flinkConfiguration:\n    execution.checkpointing.dir: /tmp/x\n`;
    const text = `${deployment('v1_20')}---\n${deployment('v1_18')}`;
    const result = lintText(text, 'kubernetes', referenceFor('1.20'), (version) => referenceFor(version));
    expect(brief(result.findings)).toEqual(['13:5 unknown-key execution.checkpointing.dir']);
    expect(result.findings[0]?.message).toBe('"execution.checkpointing.dir" is not a key of Flink 1.18 (it is in 1.20)');
  });

  it('tells the format by name, then by content', () => {
    expect(detectFormat('conf/flink-conf.yaml', 'a: b')).toBe('flink-conf');
    expect(detectFormat('conf/config.yaml', 'a: b')).toBe('config-yaml');
    expect(detectFormat('k8s/job.yml', 'apiVersion: x\nkind: FlinkDeployment\n')).toBe('kubernetes');
    expect(detectFormat('run.sh', '')).toBe('cli');
    expect(detectFormat('job.sql', '')).toBe('sql');
    expect(detectFormat('settings', "SET 'a' = 'b';")).toBe('sql');
    expect(detectFormat('flags.txt', '-Da.b=c')).toBe('cli');
  });
});

describe('readers and rules, case by case', () => {
  it('an old key set beside its new key: Flink reads the new one, so the old line can go', () => {
    const [finding] = lintText('state.backend: rocksdb\nstate.backend.type: hashmap\n', 'flink-conf', reference).findings;
    expect([finding?.message, finding?.hint]).toEqual([
      '"state.backend" is renamed to "state.backend.type" (per Flink\'s deprecated keys: CheckpointingOptions.STATE_BACKEND (Flink 1.20)); "state.backend.type" is set too, on line 2, and Flink reads that one',
      'Remove this line.',
    ]);
  });

  it('a renamed key Flink no longer reads is an error; an old key it still reads a warning', () => {
    const findings = lintText('table.exec.old-name: 3\nstate.backend: rocksdb\n', 'flink-conf', reference).findings;
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['renamed-key', 'error'],
      ['deprecated-key', 'warning'],
    ]);
  });

  it('keys below a Map option are its entries, as Flink reads them', () => {
    const text = 'pipeline.global-job-parameters.team: data\npipeline.global-job-parameters: env:prod\npipeline.jars.x: y\n';
    expect(brief(lintText(text, 'flink-conf', reference).findings)).toEqual(['3:1 unknown-key pipeline.jars.x']);
  });

  it('flink-conf.yaml: a "#" inside quotes cuts the value too', () => {
    expect(brief(lintText('high-availability.storageDir: "hdfs:///ha #1"\n', 'flink-conf', reference).findings)).toEqual([
      '1:43 hash-in-value high-availability.storageDir',
    ]);
  });

  it('a typo in the first segment still gets a did-you-mean', () => {
    expect(lintText('paralelism.default: 2\n', 'flink-conf', reference).findings[0]?.message).toBe(
      '"paralelism.default" is not a key of Flink 1.20; did you mean "parallelism.default"?',
    );
  });

  it("-D flags: an args file's lines are one command; a JVM's own -D flags are not Flink's", () => {
    const args = lintText('-Dparallelism.default=4\n# note\n-Dparallelism.default=8\n', 'cli', reference);
    expect(brief(args.findings)).toEqual(['3:3 duplicate-key parallelism.default']);
    const script =
      'java -Dlog4j.configurationFile=log4j.xml -cp app.jar Main\nFLINK_CONF_DIR=/opt/conf ./bin/flink run -Dparallelism.default=2 job.jar\n';
    expect(lintText(script, 'cli', reference).entries.map((e) => e.key)).toEqual(['parallelism.default']);
  });

  it('-D flags: a word with * or ? is one word, and a # inside a word is no comment', () => {
    const globbed = lintText(
      './bin/flink run -Dclassloader.parent-first-patterns.additional=com.foo.* -Dparallelism.default=2 job.jar; echo done\n',
      'cli',
      reference,
    );
    expect(globbed.entries.map((e) => [e.key, e.value, e.place.column, e.scope])).toEqual([
      ['classloader.parent-first-patterns.additional', 'com.foo.*', 19, 1],
      ['parallelism.default', '2', 76, 1],
    ]);
    const hashed = lintText('./bin/flink run -Dpipeline.name=a#b -Dparallelism.default=2 # a comment -Dx.y=1\n', 'cli', reference);
    expect(hashed.entries.map((e) => [e.key, e.value])).toEqual([
      ['pipeline.name', 'a#b'],
      ['parallelism.default', '2'],
    ]);
  });

  it('-D flags: the next key is looked for after the whole word, not inside a quoted value', () => {
    const text = './bin/flink run -Denv.java.opts.all="-Dx.y=1" -Dx.y=2 job.jar\n';
    expect(lintText(text, 'cli', reference).entries.map((e) => [e.key, e.value, e.place.column, e.valuePlace.column, e.keyRange])).toEqual([
      ['env.java.opts.all', '-Dx.y=1', 19, 37, [18, 35]],
      ['x.y', '2', 49, 53, [48, 51]],
    ]);
  });

  it('-D flags: a quoted value may span lines; a quote never closed is a syntax finding and its line is not read', () => {
    const text = [
      './bin/flink run -Denv.java.opts.all="-Xmx1g',
      '-Dparallelism.default=3" -Dparallelism.default=2 job.jar',
      "./bin/flink run -Dpipeline.name='open -Dparallelism.default=4",
      '-Dparallelism.default=5',
      '',
    ].join('\n');
    const result = lintText(text, 'cli', reference);
    expect(result.entries.map((e) => [e.key, e.value, `${e.place.line}:${e.place.column}`])).toEqual([
      ['env.java.opts.all', '-Xmx1g\n-Dparallelism.default=3', '1:19'],
      ['parallelism.default', '2', '2:28'],
      ['parallelism.default', '5', '4:3'],
    ]);
    expect(brief(result.findings)).toEqual(['1:19 unknown-key env.java.opts.all', '3:33 syntax']);
  });

  it('-D flags: the program is found after exec, nohup, env, sudo, time and command', () => {
    const script = [
      'exec java -Dlog4j.configurationFile=x -cp app.jar Main',
      'nohup java -Dfoo.bar=1 Main &',
      'env -i X=1 JAVA_HOME=/opt/jdk java -Dfoo.bar=2 Main',
      'sudo -u flink time command java -Dfoo.bar=3 Main',
      'exec ./bin/flink run -Dparallelism.default=2 job.jar',
      '',
    ].join('\n');
    expect(lintText(script, 'cli', reference).entries.map((e) => [e.key, e.place.line])).toEqual([['parallelism.default', 5]]);
  });

  it('-D flags: a key holding a variable is not read', () => {
    const result = lintText('./bin/flink run -D$K=1 -D"${PREFIX}.x"=2 -Dparallelism.default=2 job.jar\n', 'cli', reference);
    expect([result.entries.map((e) => [e.key, e.place.column]), result.findings]).toEqual([[['parallelism.default', 44]], []]);
  });

  it('config.yaml: keys as written, an alias to a map is its keys, a merge key is expanded', () => {
    const text = [
      'table:',
      '  exec:',
      '    1.10: a',
      '    0x1f: b',
      'base: &p',
      '  name: job',
      '  max-parallelism: 4',
      'pipeline: *p',
      'execution:',
      '  <<: *p',
      '  name: own',
      '',
    ].join('\n');
    const result = lintText(text, 'config-yaml', reference);
    expect(result.entries.map((e) => [e.key, e.value, `${e.place.line}:${e.place.column}`, e.keyRange])).toEqual([
      ['table.exec.1.10', 'a', '3:5', [19, 23]],
      ['table.exec.0x1f', 'b', '4:5', [31, 35]],
      ['base.name', 'job', '6:3', [50, 54]],
      ['base.max-parallelism', '4', '7:3', [62, 77]],
      ['pipeline.name', 'job', '8:11', [91, 91]],
      ['pipeline.max-parallelism', '4', '8:11', [91, 91]],
      ['execution.max-parallelism', '4', '10:3', [107, 107]],
      ['execution.name', 'own', '11:3', [116, 120]],
    ]);
    expect(result.findings.map((f) => f.key)).not.toContain('execution.<<');
  });

  it('config.yaml: an alias to a value is checked as the value its anchor holds, at the alias; an alias to no anchor is a syntax error', () => {
    const text = [
      'every: &every 10 parsecs',
      'execution.checkpointing.interval: *every',
      'jars: &jars [a.jar, b.jar]',
      'pipeline.jars: *jars',
      'parallelism.default: *nowhere',
      '',
    ].join('\n');
    const result = lintText(text, 'config-yaml', reference);
    expect(
      result.entries.slice(1).map((e) => [e.key, e.value, e.items, `${e.valuePlace.line}:${e.valuePlace.column}`, e.unresolved]),
    ).toEqual([
      ['execution.checkpointing.interval', '10 parsecs', undefined, '2:35', undefined],
      ['jars', 'a.jar;b.jar', ['a.jar', 'b.jar'], '3:13', undefined],
      ['pipeline.jars', 'a.jar;b.jar', ['a.jar', 'b.jar'], '4:16', undefined],
      ['parallelism.default', '', undefined, '5:22', true],
    ]);
    expect(brief(result.findings)).toEqual([
      '1:1 unknown-key every',
      '2:35 invalid-value execution.checkpointing.interval',
      '3:1 unknown-key jars',
      '5:22 syntax parallelism.default',
    ]);
  });

  it('a YAML syntax error is a finding, with the settings read before it', () => {
    const result = lintText('parallelism.default: 2\nstate: [unclosed\n', 'config-yaml', reference);
    expect(result.findings.map((f) => f.rule)).toContain('syntax');
    expect(result.entries.map((e) => e.key)).toContain('parallelism.default');
  });

  it('SQL: an unclosed string is a finding; RESET and SET alone are no settings', () => {
    expect(brief(lintText("RESET 'a.b';\nSET;\nSET 'parallelism.default' = '2", 'sql', reference).findings)).toEqual(['3:29 syntax']);
  });
});

describe('line ends', () => {
  it('reads every fixture with CRLF line ends as with LF', () => {
    for (const name of ['config.yaml', 'flink-conf.yaml', 'job.sql', 'submit.sh', 'deployment.yaml']) {
      const text = lintFixture(name);
      const format = detectFormat(name, text);
      const crlf = lintText(text.replaceAll('\n', '\r\n'), format, reference);
      expect(brief(crlf.findings), name).toEqual(brief(lintText(text, format, reference).findings));
      expect(crlf.entries.map((e) => e.value)).toEqual(lintText(text, format, reference).entries.map((e) => e.value));
    }
  });
});

describe('lint against a partial version', () => {
  const fixture = join(root, 'tests/fixtures/partial-versions');
  const registry = build(
    Object.fromEntries(['1.20/team-copy.md', '2.1/reference.md'].map((path) => [path, readFileSync(join(fixture, path))])),
  ).registry;
  const text = 'web.port: 8081\nweb.refresh-interval: 3 s\nweb.legacy: true\nweb.prot: 1\n';

  it('a key the hand-copied version lacks is not checked (info), not unknown or removed', () => {
    const findings = lintText(text, 'flink-conf', lintReference(registry, '1.20')).findings;
    expect(findings.map((f) => [`${f.line}:${f.column}`, f.rule, f.severity, f.message])).toEqual([
      ['1:11', 'default-value', 'info', '"web.port" is set to its default, 8081'],
      ['2:1', 'not-checked', 'info', '"web.refresh-interval" not checked: version 1.20 is partial (its notes copy part of it)'],
      ['4:1', 'not-checked', 'info', '"web.prot" not checked: version 1.20 is partial (its notes copy part of it)'],
    ]);
  });

  it('against the whole version, a key only the partial one had is unknown, not removed', () => {
    expect(brief(lintText(text, 'flink-conf', lintReference(registry, '2.1')).findings)).toEqual([
      '2:23 default-value web.refresh-interval',
      '3:1 unknown-key web.legacy',
      '4:1 unknown-key web.prot',
    ]);
  });
});

describe('lint against another version', () => {
  it('1.18: the 1.20 keys are unknown there, and no rename applies yet', () => {
    const text = 'state.backend: rocksdb\ntable.exec.old-name: 3\nexecution.checkpointing.dir: /tmp/x\ntable.exec.only-in-two: 1\n';
    expect(brief(lintText(text, 'flink-conf', referenceFor('1.18')).findings)).toEqual([
      '3:1 unknown-key execution.checkpointing.dir',
      '4:1 unknown-key table.exec.only-in-two',
    ]);
    expect(lintText(text, 'flink-conf', referenceFor('1.20')).findings.find((f) => f.key === 'table.exec.only-in-two')?.message).toBe(
      '"table.exec.only-in-two" is not a key of Flink 1.20 (it is in 2.0)',
    );
  });
});

describe('the lint core', () => {
  it('reaches no Node built-in, so a page can run it in the browser', async () => {
    const { importEdges, reachable } = await import('../helpers/import-graph.ts');
    const { root } = await import('../helpers/astro.ts');
    const edges = importEdges(root, ['src']);
    const local = edges.filter((edge) => edge.to.startsWith('src/'));
    const modules = reachable(local, ['src/lib/lint/index.ts', 'src/lib/lint/fix.ts', 'src/lib/lint/convert.ts', 'src/lib/lint/format.ts']);
    expect(modules).toContain('src/lib/lint/readers/yaml-map.ts');
    const packages = edges.filter((edge) => modules.has(edge.from) && !edge.to.startsWith('src/')).map((edge) => edge.to);
    expect([...new Set(packages)].sort()).toEqual(['diff', 'shell-quote', 'vfile', 'vfile-reporter', 'yaml', 'zod']);
  });
});
