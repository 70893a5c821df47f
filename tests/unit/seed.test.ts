import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/load.ts';
import { toDiagnostics } from '../../src/lib/registry/index.ts';
import { itWith, sharedFolder } from '../helpers/shared.ts';

const content = fileURLToPath(new URL('../../content/', import.meta.url));

describe('the seed note (content/checkpointing.md, kept as written)', async () => {
  const { registry, files, stats } = await loadRegistry(content);
  const seedOptions = registry.options.filter((o) => o.sources.some((s) => s.file === 'checkpointing.md'));

  it('yields exactly its ten options, with typed defaults', () => {
    expect(seedOptions.map((o) => [o.key, o.type, o.default])).toEqual([
      ['state.backend', 'String', null],
      ['state.backend.async', 'Boolean', { raw: 'true', value: true, kind: 'literal' }],
      ['state.backend.fs.memory-threshold', 'MemorySize', { raw: '20 kb', value: 20480, kind: 'literal' }],
      ['state.backend.fs.write-buffer-size', 'Integer', { raw: '4096', value: 4096, kind: 'literal' }],
      ['state.backend.incremental', 'Boolean', { raw: 'false', value: false, kind: 'literal' }],
      ['state.backend.local-recovery', 'Boolean', { raw: 'false', value: false, kind: 'literal' }],
      ['state.checkpoints.dir', 'String', null],
      ['state.checkpoints.num-retained', 'Integer', { raw: '1', value: 1, kind: 'literal' }],
      ['state.savepoints.dir', 'String', null],
      ['taskmanager.state.local.root-dirs', 'String', null],
    ]);
    expect(stats.tableRows).toBeGreaterThanOrEqual(10);
  });

  it('records source positions, section trail, group and description', () => {
    const option = seedOptions.find((o) => o.key === 'state.backend.fs.memory-threshold')!;
    // The seed, its English translation and the Chinese description table.
    expect(option.sources).toEqual([
      { file: 'checkpointing.md', line: 31, column: 3 },
      { file: 'en/checkpointing.md', line: 36, column: 3 },
      { file: 'zh/options.md', line: 16, column: 3 },
    ]);
    expect(option.sections).toEqual([
      { file: 'checkpointing.md', trail: ['Related Config Options'] },
      { file: 'en/checkpointing.md', trail: ['Related Config Options'] },
    ]);
    expect(option.descriptions.zh?.text).toBe(
      '状态数据文件的最小大小。所有小于该值的状态块都以内联方式存储在根检查点元数据文件中。此配置项的最大内存阈值为 1MB。',
    );
    expect(option.descriptions.zh?.translationOf).toBe(option.descriptions.en?.sourceHash);
    expect(option.group).toBe('state.backend');
    expect(option.typeSource).toBe('declared');
    expect(option.descriptions.en?.text).toBe(
      'The minimum size of state data files. All state chunks smaller than that are stored inline in the root checkpoint metadata file. The max memory threshold for this configuration is 1MB.',
    );
    expect(option.descriptions.en?.source).toEqual({ file: 'checkpointing.md', line: 31, column: 63 });
    expect(option.descriptions.en?.sourceHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reports its quirks as warnings at the right lines, and no errors', () => {
    const diagnostics = toDiagnostics(files).filter((d) => d.file === 'checkpointing.md');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      '3:1 warning empty-section',
      '7:1 warning empty-section',
      '11:1 warning empty-section',
      '15:1 warning empty-code-block',
      '38:306 warning copy-paste-residue',
      '41:1 warning empty-section',
      '45:1 warning empty-section',
    ]);
    expect(diagnostics[4]!.message).toBe(
      'Description of "taskmanager.state.local.root-dirs" ends with "Related Config Options", the text of a heading: likely copy-paste residue',
    );
  });

  it('keeps the prose: [TOC], headings with ids, the code block and the link', () => {
    const note = registry.notes.find((n) => n.file === 'checkpointing.md')!;
    expect(note.toc).toBe(true);
    // Chinese headings around an English table: a Chinese note whose descriptions are English.
    expect(note.locale).toBe('zh');
    expect(note.blocks.map((b) => `${b.position.line} ${b.kind}${b.kind === 'heading' ? ` ${b.id}` : ''}`)).toEqual([
      '1 toc',
      '3 heading checkpint-介绍',
      '7 heading 局部快照设置',
      '11 heading 全局state参数说明',
      '15 code',
      '23 heading related-config-options',
      '25 prose',
      '27 options',
      '41 heading 使用实例',
      '45 heading 参考来源',
    ]);
    const prose = note.blocks[6]!;
    expect(prose.kind === 'prose' && prose.html).toBe(
      '<p>Some more parameters and/or defaults may be set via <code>conf/flink-conf.yaml</code> (see <a href="https://ci.apache.org/projects/flink/flink-docs-release-1.11/ops/config.html">configuration</a> for a full guide):</p>',
    );
  });

  const seed = join(sharedFolder, 'seeds/000_ae1e0bb0fcab846d.txt');
  itWith(seed, 'is the shared seed byte for byte (needs ../shared/seeds)', () => {
    expect(readFileSync(`${content}checkpointing.md`).equals(readFileSync(seed))).toBe(true);
  });
});
