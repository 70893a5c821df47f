import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { confref, confrefWith } from '../helpers/cli.ts';
import { CONFIG_VARIABLES } from '../../src/lib/config/env.ts';
import { registryJsonSchema } from '../../src/lib/registry/json-schema.ts';
import { publishedSchemas } from '../../src/lib/export/json-schema.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'tests/fixtures/rules');

describe('confref check', () => {
  it('prints the seed warnings and exits 0', () => {
    const { status, stdout, stderr } = confref('check');
    expect(status).toBe(0);
    expect(stdout).toContain('checkpointing.md');
    expect(stdout).toMatch(/38:306\s+warning\s+Description of "taskmanager\.state\.local\.root-dirs" ends with "Related Config Options"/);
    expect(stdout).toContain('Remove "Related Config Options" from the end of the description.');
    // 7 in the seed, 6 in its English translation, which keeps its empty sections.
    expect(stderr).toContain('0 errors, 13 warnings');
  });

  it('--format json prints one array of {file, line, column, rule, severity, message}', () => {
    const { status, stdout } = confref('check', '--format', 'json', '--content', join(fixtures, 'invalid-default'));
    expect(status).toBe(1);
    const diagnostics = JSON.parse(stdout);
    expect(diagnostics[0]).toEqual({
      file: 'note.md',
      line: 3,
      column: 12,
      rule: 'invalid-default',
      severity: 'error',
      message: 'Default "yes" is not a valid Boolean: a Boolean is true or false',
      hint: 'Fix the default or the Type cell.',
    });
    expect(diagnostics).toHaveLength(4);
  });

  it('exits 1 on errors, 0 on warnings only', () => {
    expect(confref('check', '--content', join(fixtures, 'missing-key')).status).toBe(1);
    expect(confref('check', '--content', join(fixtures, 'table-split')).status).toBe(0);
  });

  it('exits 2 on usage errors', () => {
    expect(confref('check', '--format', 'xml').status).toBe(2);
    expect(confref('check', '--nope').status).toBe(2);
    expect(confref('check', '--content', join(root, 'does-not-exist')).status).toBe(2);
    expect(confref('frobnicate').status).toBe(2);
    expect(confref().status).toBe(2);
    const help = confref('--help');
    expect([help.status, help.stdout.includes('confref check [--content DIR] [--format text|json]')]).toEqual([0, true]);
  });

  it('exits 2 on a setting that does not fit, naming it, before any work', () => {
    const run = confrefWith({ CONFREF_PARSE_THREADS: 'many' }, 'check');
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: `confref: a setting does not fit:\n  CONFREF_PARSE_THREADS="many": expected a whole number from 0 to 256. ${CONFIG_VARIABLES.CONFREF_PARSE_THREADS.meaning}\n`,
    });
  });
});

describe('confref registry', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'confref-')), 'registry.json');

  it('writes a registry that validates against schema/registry.schema.json', () => {
    const { status } = confref('registry', '--out', out);
    expect(status).toBe(0);
    const registry = JSON.parse(readFileSync(out, 'utf8'));
    const schema = JSON.parse(readFileSync(join(root, 'schema/registry.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(registry), JSON.stringify(validate.errors)).toBe(true);
    expect(registry.options.map((o: { key: string }) => o.key)).toEqual([...registry.options.map((o: { key: string }) => o.key)].sort());
    expect(registry.options[2]).toMatchObject({
      key: 'state.backend.fs.memory-threshold',
      type: 'MemorySize',
      default: { raw: '20 kb', value: 20480 },
      sources: [
        { file: 'checkpointing.md', line: 31, column: 3 },
        { file: 'en/checkpointing.md', line: 36, column: 3 },
        { file: 'zh/options.md', line: 16, column: 3 },
      ],
    });
  });

  it('the schema rejects a broken registry', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schema/registry.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const registry = JSON.parse(readFileSync(out, 'utf8'));
    registry.options[0].sources = [];
    expect(validate(registry)).toBe(false);
  });

  it('stops quietly when the reader closes the pipe early (confref registry | head)', async () => {
    const child = spawn(process.execPath, [join(root, 'bin/confref.js'), 'registry'], {
      cwd: root,
      env: { ...process.env, CONFREF_CONTENT: '', CONFREF_CACHE_DIR: mkdtempSync(join(tmpdir(), 'confref-epipe-')) },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('is deterministic: stdout is byte-identical to --out, run after run', () => {
    const [first, second] = [confref('registry'), confref('registry')];
    expect([first.status, second.status]).toEqual([0, 0]);
    expect(first.stdout).toBe(second.stdout);
    expect(first.stdout).toBe(readFileSync(out, 'utf8'));
  });

  it('the committed JSON Schemas are the ones the zod schemas generate (npm run schema)', () => {
    expect(readFileSync(join(root, 'schema/registry.schema.json'), 'utf8')).toBe(`${JSON.stringify(registryJsonSchema(), null, 2)}\n`);
    const schemas = publishedSchemas();
    expect(Object.keys(schemas)).toEqual(['registry', 'option', 'group', 'slugs']);
    for (const [name, schema] of Object.entries(schemas))
      expect(readFileSync(join(root, `schema/${name}.schema.json`), 'utf8')).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });
});
