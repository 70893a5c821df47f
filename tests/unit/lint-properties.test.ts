/**
 * Property tests: no text crashes a reader, the check page's way to the
 * readers is the CLI's, and what the snippets write for an option
 * (src/lib/snippets) lints clean in every format lint reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { LineCounter } from 'yaml';
import { INPUT_FORMATS, lintReference, lintText, readConfig, type InputFormat } from '../../src/lib/lint/index.ts';
import { flinkConfToConfigYaml } from '../../src/lib/lint/convert.ts';
import { loadReader } from '../../src/lib/lint/load-reader.ts';
import { flinkVersionOf } from '../../src/lib/lint/readers/kubernetes.ts';
import { lineCounterOf } from '../../src/lib/lint/positions.ts';
import { READERS } from '../../src/lib/lint/read.ts';
import { buildRegistry } from '../../src/lib/registry/index.ts';
import type { Option } from '../../src/lib/registry/schema.ts';
import { snippetSetting, snippetsFor } from '../../src/lib/snippets/index.ts';
import { flinkConfYamlCanHold } from '../../src/lib/snippets/formats/flink-conf-yaml.ts';
import { optionsOfVersion } from '../../src/lib/versions/diff.ts';
import { root } from '../helpers/astro.ts';
import { lintRegistry } from '../helpers/lint.ts';

/** Characters that matter to some reader: separators, quotes, comments, escapes, line ends, YAML indicators. */
const tricky = fc.constantFrom(
  ...'ab.-_:= \t\n\r#\'"`;\\$-{}[]&*!|>%@,?<>/()Dk1SET'.split(''),
  ': ',
  '-D',
  "SET '",
  '--',
  '/*',
  '*/',
  '\\\n',
);
const trickyText = fc.array(tricky, { maxLength: 80 }).map((parts) => parts.join(''));

describe('readers never crash', () => {
  for (const format of INPUT_FORMATS) {
    it(`${format}: any text reads, every position inside it`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ maxLength: 200 }), trickyText), (text) => {
          const { entries, findings } = readConfig(text, format);
          const lines = text.split('\n').length;
          for (const place of [...entries.map((e) => e.place), ...entries.map((e) => e.valuePlace), ...findings]) {
            expect(place.line).toBeGreaterThanOrEqual(1);
            expect(place.line).toBeLessThanOrEqual(lines);
            expect(place.column).toBeGreaterThanOrEqual(1);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('print nothing to stderr: a tag YAML cannot resolve is read as its text, in every reader and the converter', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    try {
      const tagged = 'k: !tag x\nkind: FlinkDeployment\nspec:\n  flinkVersion: !v v1_20\n  flinkConfiguration:\n    a.b: !t 1\n';
      for (const format of INPUT_FORMATS) readConfig(tagged, format);
      expect(flinkVersionOf(tagged)).toBe('1.20');
      expect(flinkConfToConfigYaml('a.b: !t 1\n').text).toBe('a:\n  b: "!t 1"\n');
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('nor does linting random settings, in any format', () => {
    const reference = lintReference(lintRegistry, '1.20');
    const key = fc.array(fc.stringMatching(/^[a-z][a-zA-Z-]{0,8}$/), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));
    const value = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('10 s', 'true', 'yes', '64 mb', 'a;b', 'k:v', "'q'", '#'));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), fc.constantFrom(...INPUT_FORMATS), (settings, format) => {
        const text = settings
          .map(([k, v]) => (format === 'sql' ? `SET '${k}' = '${v}';` : format === 'cli' ? `-D${k}=${v}` : `${k}: ${v}`))
          .join('\n');
        expect(() =>
          lintText(
            format === 'kubernetes' ? `kind: FlinkDeployment\nspec:\n  flinkConfiguration:\n${text.replace(/^/gm, '    ')}` : text,
            format,
            reference,
          ),
        ).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe("the check page's readers are the CLI's", () => {
  it('loads for each format the reader the CLI reads it with', async () => {
    for (const format of INPUT_FORMATS) expect(await loadReader(format), format).toBe(READERS[format]);
  });

  it("places every offset as yaml's LineCounter does, without the YAML library", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), trickyText), (text) => {
        const yaml = new LineCounter();
        yaml.addNewLine(0);
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) yaml.addNewLine(i + 1);
        const ours = lineCounterOf(text);
        for (let offset = 0; offset <= text.length; offset++) expect(ours.linePos(offset)).toEqual(yaml.linePos(offset));
      }),
      { numRuns: 300 },
    );
  });
});

/** The snippet formats lint reads, by the input format that reads them. */
const SNIPPET_INPUT: Record<string, InputFormat> = {
  'config-yaml': 'config-yaml',
  'flink-conf-yaml': 'flink-conf',
  sql: 'sql',
  cli: 'cli',
  kubernetes: 'kubernetes',
};

/** What a snippet may still be told: that it sets a default (it shows the default), that its option is deprecated. */
function complaints(options: readonly Option[], reference: ReturnType<typeof lintReference>): string[] {
  const out: string[] = [];
  for (const snippet of snippetsFor(options)) {
    const format = SNIPPET_INPUT[snippet.format.id];
    if (!format) continue;
    const { entries, findings } = lintText(snippet.code, format, reference);
    // Each setting is read back, key and value, as the snippet meant it (flink-conf.yaml leaves out what it cannot hold).
    const read = new Map(entries.map((e) => [e.key, e.value]));
    for (const setting of options.map(snippetSetting)) {
      if (format === 'flink-conf' && !flinkConfYamlCanHold(setting.value)) continue;
      if (read.get(setting.key) !== setting.value)
        out.push(`${snippet.format.id} reads ${setting.key} as ${read.get(setting.key)}, not ${setting.value}`);
    }
    for (const finding of findings) {
      const deprecated = finding.rule === 'deprecated-key' && options.some((o) => o.deprecated);
      if (finding.rule !== 'default-value' && !deprecated)
        out.push(`${snippet.format.id} ${finding.rule} ${finding.line}: ${finding.message}`);
    }
  }
  return out;
}

const tricky18n = buildRegistry([{ path: 'tricky.md', contents: readFileSync(join(root, 'tests/fixtures/snippets/tricky.md')) }]).registry;

describe("the snippets' code lints clean", () => {
  const registries = [
    {
      name: 'the lint fixture notes, Flink 1.20',
      options: optionsOfVersion(lintRegistry, '1.20'),
      reference: lintReference(lintRegistry, '1.20'),
    },
    {
      name: 'the snippets fixture (values hard to quote)',
      options: optionsOfVersion(tricky18n, null),
      reference: lintReference(tricky18n, null),
    },
  ];
  for (const { name, options, reference } of registries) {
    it(`${name}: each option's snippet, in config.yaml, flink-conf.yaml, SQL, -D and Kubernetes`, () => {
      expect(options.length).toBeGreaterThan(10);
      for (const option of options) expect(complaints([option], reference), option.key).toEqual([]);
    });

    it(`${name}: a sample of options in one snippet`, () => {
      fc.assert(
        fc.property(fc.subarray(options, { minLength: 1 }), (sample) => {
          expect(complaints(sample, reference)).toEqual([]);
        }),
        { numRuns: 40 },
      );
    });
  }
});
