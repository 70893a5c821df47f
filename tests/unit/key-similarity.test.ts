import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFlinkHtml } from '../../src/lib/importers/flink-html.ts';
import { buildRegistry, toDiagnostics } from '../../src/lib/registry/index.ts';
import { CloseKeyIndex, keyCloseness, keyPrefix, keySkeleton, keyWords } from '../../src/lib/registry/key-similarity.ts';
import { describeWith, flinkCorpus } from '../helpers/shared.ts';

describe('keyWords and keySkeleton', () => {
  it('split at dots, dashes, underscores and camelCase humps, lower-cased', () => {
    expect(keyWords('taskmanager.numberOfTaskSlots')).toEqual(['taskmanager', 'number', 'of', 'task', 'slots']);
    expect(keyWords('state.backend.rocksdb.write_buffer-size')).toEqual(['state', 'backend', 'rocksdb', 'write', 'buffer', 'size']);
    expect(keyWords('metrics.reporter.<name>.port')).toEqual(['metrics', 'reporter', '<name>', 'port']);
  });
  it('give one skeleton for one key however it is separated', () => {
    const spellings = ['write-buffer-size', 'writebuffer.size', 'write_buffer_size', 'writeBufferSize', 'WRITE.BUFFER.SIZE'];
    expect(new Set(spellings.map(keySkeleton))).toEqual(new Set(['writebuffersize']));
  });
  it('take the first dot segment as the prefix, or the first word of an undotted key', () => {
    expect(keyPrefix('high-availability.zookeeper.quorum')).toBe('highavailability');
    expect(keyPrefix('worker_processes')).toBe('worker');
  });
});

describe('keyCloseness: keys that must match', () => {
  it.each([
    // One substitution, insertion, deletion.
    ['state.backend.rocksdb.writebuffer.sise', 'state.backend.rocksdb.writebuffer.size', 'edits', 1],
    ['execution.checkpointing.intervall', 'execution.checkpointing.interval', 'edits', 1],
    ['taskmanager.memory.proces.size', 'taskmanager.memory.process.size', 'edits', 1],
    ['state.backend.rocksdb.write-bufer-size', 'state.backend.rocksdb.write-buffer-size', 'edits', 1],
    // A swap of neighbours is one edit, not two.
    ['rest.prot', 'rest.port', 'edits', 1],
    ['execution.checkpointing.tiemout', 'execution.checkpointing.timeout', 'edits', 1],
    // A separator and a typo at once.
    ['state.backend.rocksdb.writebufer.size', 'state.backend.rocksdb.write-buffer-size', 'edits', 1],
    // Two words, one edit each.
    ['execution.chekpointing.intervall', 'execution.checkpointing.interval', 'edits', 2],
    // Only separators, or separators and case.
    ['state.backend.rocksdb.write-buffer-size', 'state.backend.rocksdb.writebuffer.size', 'separators', 0],
    ['state.backend.rocksdb.write_buffer_size', 'state.backend.rocksdb.writebuffer.size', 'separators', 0],
    ['taskmanager.number-of-task-slots', 'taskmanager.numberOfTaskSlots', 'separators', 0],
    ['worker-processes', 'worker_processes', 'separators', 0],
    // Only case: the whole key.
    ['taskmanager.numberoftaskslots', 'taskmanager.numberOfTaskSlots', 'case', 0],
  ] as const)('%s ~ %s (%s, %i)', (suspect, known, kind, edits) => {
    expect(keyCloseness(suspect, known)).toEqual({ kind, edits });
  });
});

describe('keyCloseness: keys that must not match', () => {
  it.each([
    // Another word, not a typo: short words, or two edits in one word.
    ['slotmanager.number-of-slots.min', 'slotmanager.number-of-slots.max'],
    ['metrics.scope.jm', 'metrics.scope.tm'],
    ['state.changelog.dstl.dfs.download.local-cache.idle-timeout-us', 'state.changelog.dstl.dfs.download.local-cache.idle-timeout-ms'],
    ['metrics.reporter.prometheus.host', 'metrics.reporter.prometheus.port'],
    ['metrics.reporter.<name>.filter.excludes', 'metrics.reporter.<name>.filter.includes'],
    ['yarn.rolled-logs.exclude-pattern', 'yarn.rolled-logs.include-pattern'],
    ['python.fn-execution.bundle.size', 'python.fn-execution.bundle.time'],
    ['metrics.scope.jm-operator', 'metrics.scope.operator'],
    ['taskmanager.memory.min-segment-size', 'taskmanager.memory.segment-size'],
    // Far apart, or another prefix.
    ['taskmanager.numberOfTaskSlots', 'slotmanager.number-of-slots.max'],
    ['stats.backend.type', 'state.backend.type'],
    ['jobmanager.memory.process.size', 'taskmanager.memory.process.size'],
    // One edit in a short key is too much of it.
    ['env.lag', 'env.log'],
    // Two edits in two words, but the word counts differ (a word split and a typo).
    ['execution.check-pionting.intervall', 'execution.checkpointing.interval'],
    // Numbered options: a number is no typo.
    ['pipeline.stage-123.parallelism', 'pipeline.stage-124.parallelism'],
    ['kafka.broker-10.address', 'kafka.broker-1.address'],
    // The same key.
    ['state.backend.type', 'state.backend.type'],
  ])('%s !~ %s', (suspect, known) => {
    expect(keyCloseness(suspect, known)).toBeNull();
    expect(keyCloseness(known, suspect)).toBeNull();
  });

  it('two edits need words no other key uses: a real word swapped in names another option', () => {
    expect(keyCloseness('state.checkpoint.dirs', 'state.checkpoints.dir')).toEqual({ kind: 'edits', edits: 2 });
    expect(keyCloseness('state.checkpoint.dirs', 'state.checkpoints.dir', (word) => word === 'checkpoint')).toBeNull();
    // One edit does not ask: the word list of a small team is no dictionary.
    expect(keyCloseness('state.checkpoints.dirs', 'state.checkpoints.dir', () => true)).toEqual({ kind: 'edits', edits: 1 });
  });
});

describe('CloseKeyIndex', () => {
  // Keys in the shape of Flink's, and the slips people make in them: a letter off, added, dropped or swapped, a
  // separator changed, the case changed, in one or two places.
  const word = fc.stringMatching(/^[a-z]{2,9}$/);
  const key = fc
    .tuple(
      fc.constantFrom('state', 'taskmanager', 'execution', 'table'),
      fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
    )
    .map(([prefix, segments]) => [prefix, ...segments.map((words) => words.join('-'))].join('.'));
  const slip = fc.tuple(
    fc.nat(),
    fc.constantFrom('replace', 'insert', 'delete', 'swap', 'separator', 'case'),
    fc.constantFrom('a', 'e', 's', '-', '.', '_'),
  );
  const apply = (text: string, [at, kind, letter]: [number, string, string]) => {
    const i = at % text.length;
    if (kind === 'replace') return text.slice(0, i) + letter + text.slice(i + 1);
    if (kind === 'insert') return text.slice(0, i) + letter + text.slice(i);
    if (kind === 'delete') return text.slice(0, i) + text.slice(i + 1);
    if (kind === 'swap') return text.slice(0, i) + text.slice(i + 1, i + 2) + text.slice(i, i + 1) + text.slice(i + 2);
    if (kind === 'separator') return text.replace(/[.-]/, (s) => (s === '.' ? '-' : '.'));
    return text.slice(0, i) + text.charAt(i).toUpperCase() + text.slice(i + 1);
  };

  it('finds every key keyCloseness calls close (its candidates are a superset)', () => {
    fc.assert(
      fc.property(key, fc.array(key, { maxLength: 20 }), fc.array(slip, { minLength: 1, maxLength: 2 }), (known, others, slips) => {
        const suspect = slips.reduce(apply, known);
        const index = new CloseKeyIndex<string>();
        for (const k of [...others, known]) index.add(k, k);
        const close = [...new Set([...others, known])].filter((k) => keyCloseness(suspect, k) !== null).sort();
        expect(
          index
            .candidates(suspect)
            .filter((k) => close.includes(k))
            .sort(),
        ).toEqual(close);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds slips at either end of the letters after the prefix', () => {
    const index = new CloseKeyIndex<string>();
    for (const k of ['taskmanager.memory.process.size', 'taskmanager.memory.process.sizes', 'taskmanager.numberOfTaskSlots'])
      index.add(k, k);
    expect(index.candidates('taskmanager.memory.process.siz').sort()).toEqual([
      'taskmanager.memory.process.size',
      'taskmanager.memory.process.sizes',
    ]);
    expect(index.candidates('taskmanager.mumberOfTaskSlots')).toEqual(['taskmanager.numberOfTaskSlots']);
  });

  it('passes over a signature a family of more than 64 keys shares', () => {
    const family = Array.from(
      { length: 65 },
      (_, i) =>
        `table.exec.${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${'klmnopqrstuvwxyz'[i % 16]}x-${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 3) % 26]}yy-option`,
    );
    const index = new CloseKeyIndex<string>();
    for (const k of family) index.add(k, k);
    // Two words masked (`table.exec.*.*.option`) is what they all share: too many to be a typo's neighbours.
    expect(index.candidates('table.exec.zzz-zzz-option')).toEqual([]);
    // A key one letter off still finds its key.
    expect(index.candidates('table.exec.akx-ayy-optio')).toContain('table.exec.akx-ayy-option');
  });
});

const table = (rows: string[]) => ['| Key | Default | Type | Description |', '| --- | --- | --- | --- |', ...rows].join('\n');
const upstream = (version: string, rows: string[]) =>
  `---\nversion: "${version}"\nsource: Apache Flink ${version}, docs generated table x.html\n---\n${table(rows)}\n`;
const similar = (notes: Record<string, string>) =>
  toDiagnostics(buildRegistry(Object.entries(notes).map(([path, contents]) => ({ path, contents }))).files)
    .filter((d) => d.rule === 'similar-key')
    .map((d) => `${d.file}:${d.line} ${d.message}`);

describe('similar-key: which of two close keys is the suspect', () => {
  const interval = '| execution.checkpointing.interval | (none) | Duration | Checkpoint every so often. |';
  const typo = '| execution.checkpointing.intervall | (none) | Duration | Checkpoint every so often. |';

  it('two keys each defined by one note: neither is reported', () => {
    expect(similar({ 'a.md': table([interval]), 'b.md': table([typo]) })).toEqual([]);
  });

  it('a note and its translation count as one note', () => {
    const zh = '| execution.checkpointing.interval | (none) | Duration | 定期触发检查点的间隔。 |';
    expect(similar({ 'a.md': table([interval]), 'a.zh.md': table([zh]), 'b.md': table([typo]) })).toEqual([]);
  });

  it('a key two notes define is better attested than one a single note defines', () => {
    expect(similar({ 'a.md': table([interval]), 'b.md': table([interval]), 'c.md': table([typo]) })).toEqual([
      'c.md:3 Key "execution.checkpointing.intervall" is 1 edit from "execution.checkpointing.interval", which 2 notes define (a.md:3:3, b.md:3:3); did you mean "execution.checkpointing.interval"?',
    ]);
  });

  it('a key the upstream reference defines in any version is never the suspect', () => {
    const notes = {
      '1.20/flink.md': upstream('1.20', ['| metrics.scope.jm.job | x | String | Job scope. |']),
      '2.1/flink.md': upstream('2.1', ['| metrics.scope.jm-job | x | String | Job scope. |']),
      'a.md': table(['| metrics.scope.jm.job | x | String | We still write it so. |']),
    };
    expect(similar(notes)).toEqual([]);
  });

  it('a version with its own upstream reference is not checked against other versions (unversioned notes annotate the current one)', () => {
    const notes = {
      '2.1/flink.md': upstream('2.1', [interval]),
      '1.20/flink.md': upstream('1.20', ['| execution.checkpointing.timeout | 10 min | Duration | Timeout. |']),
      '1.20/ops.md': table([typo]),
      'ops.md': table([typo]),
    };
    expect(similar(notes)).toEqual([
      'ops.md:3 Key "execution.checkpointing.intervall" is 1 edit from "execution.checkpointing.interval", which the upstream reference defines (Apache Flink 2.1: 2.1/flink.md:7:3); did you mean "execution.checkpointing.interval"?',
    ]);
  });

  it('keys named as deprecated or fallback keys of each other are related on purpose', () => {
    const header = '| Key | Default | Type | Deprecated Keys | Description |\n| --- | --- | --- | --- | --- |';
    const renamed = `${header}\n| state.backend.rocksdb.write-buffer-size | 64 mb | MemorySize | state.backend.rocksdb.writebuffer.size | Memtable size. |\n`;
    const old = table(['| state.backend.rocksdb.writebuffer.size | 64 mb | MemorySize | Memtable size, old key. |']);
    expect(similar({ 'a.md': renamed, 'b.md': renamed.replace('Memtable', 'The memtable'), 'c.md': old })).toEqual([]);
  });
});

describeWith(flinkCorpus, "similar-key over Flink's own keys (needs ../shared/corpus/flink)", () => {
  const imported = (folder: string, version: string) =>
    readdirSync(join(flinkCorpus, folder))
      .filter((name) => name.endsWith('.html'))
      .sort()
      .flatMap((name) => {
        const note = importFlinkHtml(name, readFileSync(join(flinkCorpus, folder, name), 'utf8'), { version });
        return note ? [{ path: note.file, contents: note.markdown }] : [];
      });

  // Read as team notes (no `source`, no section kind): keys of the section tables are then defined by two
  // notes, the others by one, so the rule compares them on closeness alone.
  const asTeamNotes = (contents: string) => contents.replace(/^kind: section\n/m, '').replace(/^source:.*\n(?: .*\n)*/m, '');

  it.each([
    // Mesos asked for CPUs and GPUs: one letter apart, two options. The only such pair in three versions.
    ['1.11.3', '1.11.3', [['mesos.resourcemanager.tasks.cpus', 'mesos.resourcemanager.tasks.gpus']]],
    ['1.20.0', '1.20.0', []],
    ['2.1-SNAPSHOT-8e93850', '2.1', []],
  ])('%s: the pairs of real keys that are close, and no similar-key report even without the upstream mark', (folder, version, pairs) => {
    const notes = imported(folder, version);
    expect(notes.filter((note) => /^source: Apache Flink/m.test(note.contents))).toHaveLength(notes.length);
    const result = buildRegistry(notes.map((note) => ({ ...note, contents: asTeamNotes(note.contents) })));
    expect(result.registry.notes.filter((note) => note.kind === 'section' || 'source' in note.frontmatter)).toEqual([]);
    const keys = [...new Set(result.registry.options.map((o) => o.key))].sort();
    const byPrefix = Map.groupBy(keys, keyPrefix);
    const close = keys.flatMap((a) =>
      byPrefix.get(keyPrefix(a))!.flatMap((b) => (a < b && (keyCloseness(a, b) || keyCloseness(b, a)) ? [[a, b]] : [])),
    );
    expect(close).toEqual(pairs);
    expect(toDiagnostics(result.files).filter((d) => d.rule === 'similar-key')).toEqual([]);
  });
});
