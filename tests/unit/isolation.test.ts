/**
 * One note never breaks the registry: a note that throws is a `note-failed`
 * fallback, a note over its budget a `too-complex` one, every heading has a
 * non-empty id unique on its page, and parsing in worker threads gives the
 * same registry as parsing in this thread.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { buildRegistry, NoteSchema, toDiagnostics } from '../../src/lib/registry/index.ts';
import { parseNoteSafely } from '../../src/lib/registry/fallback.ts';
import { buildRegistryFrom, parseOptionsFrom, readContent } from '../../src/lib/registry/load.ts';
import { DEFAULT_BUDGET, defaultThreads, idleWorkers, timeBudgetMs } from '../../src/lib/registry/parse-pool.ts';
import { readConfig } from '../../src/lib/config/env.ts';
import { randomNote } from '../helpers/random-notes.ts';

vi.mock('../../src/lib/registry/note.ts', async (original) => {
  const actual = await original<typeof import('../../src/lib/registry/note.ts')>();
  return {
    ...actual,
    // A parser bug stands in for any exception: notes named boom*.md throw.
    parseNote: (input: Parameters<typeof actual.parseNote>[0]) => {
      if (input.path.startsWith('boom')) throw new TypeError('Cannot read properties of undefined');
      return actual.parseNote(input);
    },
  };
});

const root = fileURLToPath(new URL('../../', import.meta.url));
const table = '| Key | Default | Type | Description |\n| --- | --- | --- | --- |\n';

describe('a note that throws', () => {
  const result = buildRegistry([
    { path: 'boom.md', contents: `# Boom\n\n${table}| boom.key | 1 | Integer | Lost. |\n<script>alert(1)</script>\n` },
    { path: 'fine.md', contents: `# Fine\n\n${table}| fine.key | 2 | Integer | Kept. |\n` },
  ]);

  it('is a note-failed error on its file, and the other notes are read', () => {
    expect(toDiagnostics(result.files).filter((d) => d.severity !== 'info' && d.rule !== 'empty-section')).toEqual([
      {
        file: 'boom.md',
        line: 1,
        column: 1,
        rule: 'note-failed',
        severity: 'error',
        message:
          'The note could not be read (TypeError: Cannot read properties of undefined); its page shows its source as text and its tables are not in the registry.',
        hint: 'This is a bug in confref or an input it cannot handle: please report it with the note. The rest of the site is built.',
      },
    ]);
    expect(result.registry.options.map((o) => o.key)).toEqual(['fine.key']);
  });

  it('leaves a fallback note: its source as one block, the failure recorded, a valid Note', () => {
    const note = result.registry.notes.find((n) => n.file === 'boom.md')!;
    expect(NoteSchema.parse(note)).toEqual(note);
    expect(note.title).toBe('boom.md');
    expect(note.blocks).toEqual([
      { kind: 'source', value: expect.stringContaining('<script>alert(1)</script>'), position: { file: 'boom.md', line: 1, column: 1 } },
    ]);
    expect(note.failure).toEqual({ rule: 'note-failed', message: expect.stringContaining('TypeError') });
    expect(result.registry.notes.find((n) => n.file === 'fine.md')!.failure).toBeUndefined();
  });
});

describe('note titles', () => {
  const titleOf = (path: string, text: string) => parseNoteSafely({ path, contents: text }).note.title;

  it('are never blank: an empty front-matter title or top heading falls back to the next source', () => {
    expect([
      titleOf('ops-guide.md', '---\ntitle: ""\n---\n# Real title\n'),
      titleOf('ops-guide.md', '#\n\ntext\n'),
      titleOf('ops-guide.md', '---\ntitle: "  "\n---\n# \n'),
    ]).toEqual(['Real title', 'Ops guide', 'Ops guide']);
  });
});

describe('heading ids', () => {
  const ids = (text: string) =>
    parseNoteSafely({ path: 'h.md', contents: text }).note.blocks.flatMap((b) => (b.kind === 'heading' ? [b.id] : []));

  it('fall back to section-<n> when the slug is empty, unique on the page', () => {
    expect(ids('# Title\n\n### ？？？\n\nx\n\n###\n\ny\n\n## 🎉\n\n## Section 3\n\n## ！\n')).toEqual([
      'title',
      'section-2',
      'section-3',
      'section-4',
      'section-3-1',
      'section-6',
    ]);
  });

  it('keep GitHub slugs for headings with letters, CJK included', () => {
    expect(ids('## 检查点 配置\n\n## checkpoint 配置\n\n## checkpoint 配置\n')).toEqual([
      '检查点-配置',
      'checkpoint-配置',
      'checkpoint-配置-1',
    ]);
  });

  it('are never empty and never repeat, whatever the note (property)', () => {
    fc.assert(
      fc.property(randomNote, (text) => {
        const { note } = parseNoteSafely({ path: 'random.md', contents: text });
        expect(note.failure).toBeUndefined();
        NoteSchema.parse(note);
        const headingIds = note.blocks.flatMap((b) => (b.kind === 'heading' ? [b.id] : []));
        for (const id of headingIds) expect(id).not.toBe('');
        expect(new Set(headingIds).size).toBe(headingIds.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parsing in worker threads', () => {
  it('gives the registry and diagnostics of an in-thread build (bundled content, the site fixture)', async () => {
    for (const dir of ['content', 'tests/fixtures/site']) {
      const sources = await readContent(`${root}${dir}`);
      const threaded = await buildRegistryFrom(sources, { threads: 2, budget: DEFAULT_BUDGET });
      const inThread = buildRegistry(sources);
      expect(JSON.stringify(threaded.registry)).toBe(JSON.stringify(inThread.registry));
      expect(toDiagnostics(threaded.files)).toEqual(toDiagnostics(inThread.files));
      expect(threaded.stats).toEqual(inThread.stats);
    }
  });

  it('turns a note over its budget into a too-complex fallback and reads the others', async () => {
    const slow = `# Slow\n\nA broken exporter wrote ${'<!-- '.repeat(12000)}\n\n${table}| slow.key | 1 | Integer | Lost. |\n`;
    const result = await buildRegistryFrom(
      [
        { path: 'slow.md', contents: slow },
        { path: 'a.md', contents: `${table}| a.key | 1 | Integer | Kept. |\n` },
        { path: 'b.md', contents: `${table}| b.key | 2 | Integer | Kept. |\n` },
      ],
      { threads: 2, budget: { ...DEFAULT_BUDGET, baseMs: 2000, msPerMiB: 0 } },
    );
    expect(result.registry.options.map((o) => o.key)).toEqual(['a.key', 'b.key']);
    expect(toDiagnostics(result.files).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
      'slow.md:1:1 error too-complex',
    ]);
    expect(result.registry.notes.find((n) => n.file === 'slow.md')!.blocks[0]).toMatchObject({ kind: 'source', value: slow });
  });

  it('keeps its workers for the next call, and ends them once idle for idleMs', async () => {
    const sources = [
      { path: 'a.md', contents: `${table}| a.key | 1 | Integer | Kept. |\n` },
      { path: 'b.md', contents: `${table}| b.key | 2 | Integer | Kept. |\n` },
    ];
    await vi.waitFor(() => expect(idleWorkers()).toBe(0), { timeout: 10_000 });
    const result = await buildRegistryFrom(sources, { threads: 2, budget: DEFAULT_BUDGET, idleMs: 300 });
    expect(result.registry.options.map((o) => o.key)).toEqual(['a.key', 'b.key']);
    expect(idleWorkers()).toBe(2);
    await vi.waitFor(() => expect(idleWorkers()).toBe(0), { timeout: 10_000 });
  });

  it('gives each note a time budget that grows with its size', () => {
    const budget = { baseMs: 1000, msPerMiB: 2000, memoryMiB: 64 };
    expect(timeBudgetMs({ path: 'a.md', contents: '' }, budget)).toBe(1000);
    expect(timeBudgetMs({ path: 'a.md', contents: new Uint8Array(1_048_576 / 2) }, budget)).toBe(2000);
  });

  it('takes its settings from the configuration, with defaults where they are unset', () => {
    expect(parseOptionsFrom(readConfig({ CONFREF_PARSE_THREADS: '0', CONFREF_PARSE_BUDGET_MS: '500' }))).toEqual({
      threads: 0,
      budget: { ...DEFAULT_BUDGET, baseMs: 500 },
    });
    expect(parseOptionsFrom(readConfig({}))).toEqual({ threads: defaultThreads(), budget: DEFAULT_BUDGET });
  });
});

describe('the same registry in every thread', () => {
  it('parses the hostile fixtures alike in workers and in this thread (HTML nesting does not depend on the stack)', async () => {
    // The notes made to go past the budget are left out: in this thread nothing stops them.
    const sources = (await readContent(`${root}tests/fixtures/hostile`)).filter((s) => !/^(?:comments|emphasis-run)\.md$/.test(s.path));
    const threaded = await buildRegistryFrom(sources, { threads: 2, budget: DEFAULT_BUDGET });
    const inThread = buildRegistry(sources);
    expect(JSON.stringify(threaded.registry)).toBe(JSON.stringify(inThread.registry));
    expect(toDiagnostics(threaded.files)).toEqual(toDiagnostics(inThread.files));
  });
});
