/**
 * The check page's reference: the data `lintReferenceData` makes, written
 * as JSON and read back, checks a file exactly as the CLI's reference does;
 * and the option each finding on the page links to.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  lintReference,
  lintReferenceData,
  lintText,
  reviveLintReference,
  type LintReferenceData,
} from '../../src/lib/lint/index.ts';
import { optionsOfVersion } from '../../src/lib/versions/diff.ts';
import { linkedKey } from '../../src/scripts/check-page.ts';
import { lintFiles, lintFixture, lintRegistry } from '../helpers/lint.ts';

const files = readdirSync(lintFiles).sort();

function throughJson(version: string | null) {
  return reviveLintReference(JSON.parse(JSON.stringify(lintReferenceData(lintRegistry, version))) as LintReferenceData);
}

describe('the lint reference as JSON', () => {
  it('has the fixture files of every format', () => {
    expect(files).toEqual(['config.yaml', 'deployment.yaml', 'flink-conf.yaml', 'job.sql', 'submit.sh']);
  });

  for (const version of ['1.18', '1.20', '2.0'])
    it(`gives the CLI's findings on every fixture file, against ${version}`, () => {
      const cli = lintReference(lintRegistry, version);
      const browser = throughJson(version);
      let total = 0;
      for (const name of files) {
        const text = lintFixture(name);
        const format = detectFormat(name, text);
        const expected = lintText(text, format, cli).findings;
        total += expected.length;
        expect(lintText(text, format, browser).findings, name).toEqual(expected);
      }
      expect(total).toBeGreaterThan(20);
    });

  it('keeps what lint reads of every option, and every old key', () => {
    const data = lintReferenceData(lintRegistry, '1.20');
    const revived = throughJson('1.20');
    for (const option of optionsOfVersion(lintRegistry, '1.20')) {
      const found = revived.lookup(option.key);
      expect(found.kind === 'known' && found.option.key === option.key ? found.option : found).toEqual({
        key: option.key,
        type: option.type,
        baseType: option.baseType,
        elementType: option.elementType,
        enumValues: option.enumValues,
        default: option.default,
        deprecated: option.deprecated,
        replacedBy: option.replacedBy,
      });
    }
    expect(data.old.length).toBeGreaterThan(0);
    for (const old of data.old) expect(revived.lookup(old.key)).toMatchObject({ kind: 'old', old });
  });

  it('leaves out what the type says and what is empty', () => {
    const { options } = lintReferenceData(lintRegistry, '1.20');
    // The type names the base and element types of every fixture option.
    expect(options.filter((o) => 'baseType' in o || 'elementType' in o)).toEqual([]);
    expect(options.filter((o) => o.enumValues?.length === 0)).toEqual([]);
    expect(options.find((o) => o.key === 'taskmanager.numberOfTaskSlots')).toEqual({
      key: 'taskmanager.numberOfTaskSlots',
      type: 'Integer',
      default: { raw: '1', value: 1, kind: 'literal' },
    });
  });
});

describe('against the unversioned options', () => {
  it('says Flink still reads an old key, not "these options"', () => {
    const reference = reviveLintReference({
      version: null,
      options: [{ key: 'new.key', type: 'Integer' }],
      old: [{ kind: 'deprecated', key: 'old.key', to: 'new.key', evidence: 'a test' }],
      later: [],
    });
    expect(lintText('old.key: 1\n', 'config-yaml', reference).findings.map((f) => f.message)).toEqual([
      '"old.key" is renamed to "new.key" (a test); Flink still reads it, deprecated',
    ]);
  });
});

describe("the check page's links", () => {
  const reference = throughJson('1.20');
  const linked = (key: string) => linkedKey({ line: 1, column: 1, rule: 'unknown-key', severity: 'error', message: '', key }, reference);

  it('open the option a finding is about in the version: its own, the one that replaced it, the one it suggests', () => {
    expect(linked('parallelism.default')).toBe('parallelism.default');
    expect(linked('state.checkpoints.dir')).toBe('execution.checkpointing.dir');
    expect(linked('table.exec.old-name')).toBe('table.exec.new-name');
    expect(linked('parallelism.defualt')).toBe('parallelism.default');
  });

  it('open nothing for a removed key, a key Flink passes on, an unknown key with no suggestion, or no key', () => {
    expect(linked('jobmanager.scheduler.legacy-mode')).toBeNull();
    expect(linked('flink.hadoop.fs.s3a.endpoint')).toBeNull();
    expect(linked('no.such.thing.at.all')).toBeNull();
    expect(linkedKey({ line: 1, column: 1, rule: 'syntax', severity: 'error', message: '' }, reference)).toBeNull();
  });
});
