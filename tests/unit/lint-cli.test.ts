/** `confref lint` as a user runs it: output formats, exit codes, and the files --fix and --to write. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosticSchema } from '../../src/lib/registry/schema.ts';
import { sarifUri } from '../../src/lib/lint/format.ts';
import { LINT_RULES } from '../../src/lib/lint/rules.ts';
import { confref } from '../helpers/cli.ts';
import { lintFiles, lintNotes } from '../helpers/lint.ts';

const against = ['--content', lintNotes, '--version', '1.20'];
const fixture = (name: string) => join(lintFiles, name);

describe('confref lint', () => {
  it('prints the findings as check does and exits 1 on errors', () => {
    const run = confref('lint', fixture('job.sql'), ...against);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/5:39\s+error\s+"exactly-once" is not a valid Enum for "execution.checkpointing.mode"/);
    expect(run.stdout).toContain('Use one of EXACTLY_ONCE, AT_LEAST_ONCE.');
    expect(run.stderr).toContain('1 file checked against version 1.20; 4 errors, 0 warnings, 0 infos');
  });

  it("--format json prints check's diagnostic shape, file by file", () => {
    const run = confref('lint', fixture('submit.sh'), fixture('deployment.yaml'), ...against, '--format', 'json');
    expect(run.status).toBe(1);
    const diagnostics: unknown[] = JSON.parse(run.stdout);
    for (const diagnostic of diagnostics) DiagnosticSchema.parse(diagnostic);
    expect(diagnostics[0]).toEqual({
      file: fixture('submit.sh'),
      line: 10,
      column: 32,
      rule: 'invalid-value',
      severity: 'error',
      message: '"maybe" is not a valid Boolean for "state.backend.incremental": a Boolean is true or false',
      hint: 'Flink fails on it when it reads the option; the default is "false".',
    });
    expect(diagnostics.map((d) => (d as { file: string }).file.endsWith('deployment.yaml'))).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('--format sarif prints SARIF 2.1.0: every rule in tool.driver.rules, each result at its line and column', () => {
    const run = confref('lint', fixture('job.sql'), ...against, '--format', 'sarif');
    const sarif = JSON.parse(run.stdout);
    expect(sarif.version).toBe('2.1.0');
    const [only] = sarif.runs;
    expect(only.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(Object.keys(LINT_RULES));
    expect(only.results[0]).toEqual({
      ruleId: 'invalid-value',
      ruleIndex: Object.keys(LINT_RULES).indexOf('invalid-value'),
      level: 'error',
      message: {
        text: '"exactly-once" is not a valid Enum for "execution.checkpointing.mode": expected one of EXACTLY_ONCE, AT_LEAST_ONCE. Use one of EXACTLY_ONCE, AT_LEAST_ONCE.',
      },
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'tests/fixtures/lint/files/job.sql' }, region: { startLine: 5, startColumn: 39 } } },
      ],
    });
    expect(only.results.map((r: { level: string }) => r.level)).toEqual(['error', 'error', 'error', 'error']);
  });

  it('SARIF file URIs: relative to the working directory when under it, each segment percent-encoded', () => {
    expect(sarifUri('/work/repo/conf dir/a#1.yaml', '/work/repo')).toBe('conf%20dir/a%231.yaml');
    expect(sarifUri('/etc/flink/my conf#2.yaml', '/work/repo')).toBe('file:///etc/flink/my%20conf%232.yaml');
    expect(sarifUri('conf/x y.yaml', '/work/repo')).toBe('conf/x%20y.yaml');
    expect(sarifUri('C:\\repo\\conf\\a b.yaml', 'C:\\repo')).toBe('conf/a%20b.yaml');
  });

  it('exits 0 with warnings and infos only, and reads the format named by --input-format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'confref-lint-'));
    const file = join(dir, 'settings.txt');
    writeFileSync(file, 'parallelism.default: 1\nstate.backend: rocksdb\n');
    const run = confref('lint', file, ...against, '--input-format', 'flink-conf', '--format', 'json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).map((d: { rule: string }) => d.rule)).toEqual(['default-value', 'deprecated-key']);
  });

  it("checks a FlinkDeployment against the version it names, other files against the content's default", () => {
    const run = confref('lint', fixture('deployment.yaml'), fixture('job.sql'), '--content', lintNotes, '--format', 'json');
    const pinned = confref('lint', fixture('deployment.yaml'), ...against, '--format', 'json');
    const diagnostics: Array<{ file: string; rule: string }> = JSON.parse(run.stdout);
    expect(diagnostics.filter((d) => d.file.endsWith('deployment.yaml'))).toEqual(JSON.parse(pinned.stdout));
    // 2.0, the newest version of the fixture notes, has no `parallelism.default`.
    expect(diagnostics.filter((d) => d.file.endsWith('job.sql')).map((d) => d.rule)).toContain('unknown-key');
  });

  it('exits 2 on usage and I/O errors', () => {
    expect(confref('lint', ...against).status).toBe(2);
    expect(confref('lint', fixture('job.sql'), ...against, '--format', 'xml').status).toBe(2);
    expect(confref('lint', fixture('job.sql'), ...against, '--input-format', 'toml').status).toBe(2);
    expect(confref('lint', fixture('nope.yaml'), ...against).status).toBe(2);
    const badVersion = confref('lint', fixture('job.sql'), '--content', lintNotes, '--version', '9.9');
    expect([badVersion.status, badVersion.stderr]).toEqual([
      2,
      'confref lint: --version must be a version of the content (1.18, 1.20, 2.0), not "9.9"\nUsage: confref lint <file…> [--version V] [--content DIR] [--format text|json|sarif] [--input-format config-yaml|flink-conf|sql|cli|kubernetes] [--fix] [--to FILE] [--no-cache]\n',
    ]);
    expect(confref('lint', fixture('job.sql'), ...against, '--to', join(tmpdir(), 'x.yaml')).status).toBe(2);
  });

  it('-D flags: each finding at file:line:column of its key as written; --fix says which keys it left and why', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'confref-lint-')), 'submit.sh');
    const script = [
      "java -Dstate.backend=x Main; ./bin/flink run -D state.backend=rocksdb -D'state.checkpoints.dir'=s3://cp \\",
      '  "-Dtable.exec.old-name=1" -Dstate\\.backend.local-recovery=true -Dpipeline.name=a\\ #b # -Dstate.backend=y',
      "./bin/flink run -D'table.exec'.old-name=2",
      '',
    ].join('\n');
    writeFileSync(file, script);
    const run = confref('lint', file, ...against, '--format', 'json');
    expect(
      JSON.parse(run.stdout).map(
        (d: { file: string; line: number; column: number; rule: string }) => `${d.file}:${d.line}:${d.column} ${d.rule}`,
      ),
    ).toEqual([
      `${file}:1:49 deprecated-key`,
      `${file}:1:73 deprecated-key`,
      `${file}:2:6 renamed-key`,
      `${file}:2:31 deprecated-key`,
      `${file}:2:68 unknown-key`,
      `${file}:3:19 renamed-key`,
    ]);
    const fixed = confref('lint', file, ...against, '--fix');
    expect(fixed.stderr.split('\n').filter((line) => line.startsWith(file))).toEqual([
      `${file}:1: renamed "state.backend" to "state.backend.type"`,
      `${file}:1: renamed "state.checkpoints.dir" to "execution.checkpointing.dir"`,
      `${file}:2: renamed "table.exec.old-name" to "table.exec.new-name"`,
      `${file}:2: left "state.backend.local-recovery" as it is: its key is written with quotes or escapes in it (state\\.backend.local-recovery), which a rename in place could break`,
      `${file}:3: left "table.exec.old-name" as it is: its key is written with quotes or escapes in it ('table.exec'.old-name), which a rename in place could break`,
    ]);
    expect(readFileSync(file, 'utf8')).toBe(
      script
        .replace(' state.backend=', ' state.backend.type=')
        .replace("'state.checkpoints.dir'", "'execution.checkpointing.dir'")
        .replace('"-Dtable.exec.old-name', '"-Dtable.exec.new-name'),
    );
  });

  it('--fix rewrites the file and says what it renamed; --to writes config.yaml and lints it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'confref-lint-'));
    const file = join(dir, 'flink-conf.yaml');
    copyFileSync(fixture('flink-conf.yaml'), file);
    const out = join(dir, 'config.yaml');
    const converted = confref('lint', file, ...against, '--to', out, '--fix', '--format', 'json');
    expect(converted.stderr).toContain(`${file}:11: renamed "state.backend" to "state.backend.type"`);
    expect(converted.stderr).toContain(`wrote ${out}`);
    expect(readFileSync(out, 'utf8')).toContain('state:\n  backend:\n    type: rocksdb\n');
    expect(JSON.parse(converted.stdout).every((d: { file: string }) => d.file === out)).toBe(true);
    // --to leaves the legacy file as it was; --fix alone rewrites it.
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(fixture('flink-conf.yaml'), 'utf8'));
    const fixed = confref('lint', file, ...against, '--fix');
    expect(fixed.stderr).toContain(`${file}:12: renamed "state.checkpoints.dir" to "execution.checkpointing.dir"`);
    expect(readFileSync(file, 'utf8')).toContain('\nstate.backend.type: rocksdb\nexecution.checkpointing.dir: hdfs:///flink/checkpoints\n');
    expect(fixed.stdout).not.toMatch(/deprecated-key|renamed-key/);
  });
});
