/**
 * The ranking principles of docs/search.md ("How results are ranked"), one
 * test each, with the exact order expected.
 */
import { describe, expect, it } from 'vitest';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { bundleSearch } from '../../src/lib/search/build.ts';
import { createSearchIndex, searchIndex } from '../../src/lib/search/index.ts';
import { LoadedSearch } from '../../src/lib/search/loaded.ts';
import { loadShardsFor } from '../../src/lib/search/query.ts';
import { oldKeysFor } from '../../src/lib/search/old-keys.ts';
import { untranslatedShare } from '../../src/lib/search/glossary.ts';
import { answerTypes } from '../../src/lib/search/question.ts';
import { tokenize } from '../../src/lib/search/tokenize.ts';
import { keyCoverage, keyWords, rankCandidates } from '../../src/lib/search/rank.ts';
import { UI } from '../../src/lib/i18n/ui.ts';
import { renamedHint } from '../../src/scripts/search-hit.ts';
import { build, table } from '../helpers/notes.ts';
import { relevanceSources } from '../helpers/relevance.ts';

function searchOf(notes: Record<string, string>, locale: 'en' | 'zh' = 'en') {
  const { registry } = build(notes);
  const index = createSearchIndex(searchDocuments(registry, locale, null), registry);
  return (query: string, limit = 10) => searchIndex(index, query, { limit });
}
const keys = (hits: Array<{ key: string }>): string[] => hits.map((hit) => hit.key);

/** An option candidate as the ranker sees it, with the terms it matched anywhere. */
const candidate = (key: string, matched: string[]) => ({
  id: `o:${key}`,
  kind: 'option' as const,
  key,
  score: 1,
  matched: new Set(matched),
  oldKeys: [],
});
const order = (ranked: Array<{ candidate: { key: string } }>) => ranked.map((r) => r.candidate.key);

const checkpointing = table([
  '| execution.checkpointing.interval | (none) | Duration | Gets the interval in which checkpoints are periodically scheduled. |',
  '| execution.checkpointing.interval-during-backlog | (none) | Duration | If it is not null and any source reports isProcessingBacklog=true, it is the interval in which checkpoints are periodically scheduled. |',
  '| execution.checkpointing.timeout | 10 min | Duration | The maximum time that a checkpoint may take before being discarded. |',
  '| execution.checkpointing.aligned-checkpoint-timeout | 0 ms | Duration | Only relevant if unaligned checkpoints are enabled. If the checkpoint timeout of the alignment is exceeded, the checkpoint barrier starts working as an unaligned checkpoint. |',
  '| web.timeout | 10 min | Duration | Timeout for asynchronous operations by the web monitor: checkpoint statistics, checkpoint details, checkpoint timeout reports. |',
]);

describe('ranking principles (docs/search.md)', () => {
  it('1. how much of the query the key holds: the key that says both words before a description that repeats them', () => {
    const search = searchOf({ 'c.md': checkpointing });
    expect(keys(search('checkpoint timeout', 3))).toEqual([
      'execution.checkpointing.timeout',
      'execution.checkpointing.aligned-checkpoint-timeout',
      'web.timeout',
    ]);
  });

  it("1, in other forms: a key's noun is said by a verb (connection, connect), and by the noun being typed", () => {
    const search = searchOf({
      'net.md': table([
        '| rest.connection-timeout | 15 s | Duration | Maximum time for the client to establish a TCP connection. |',
        '| rest.idleness-timeout | 5 min | Duration | Maximum time for a connection to stay idle before failing. |',
        '| taskmanager.network.compression.codec | LZ4 | String | The codec to be used when compressing shuffle data. |',
        '| taskmanager.network.sort-shuffle.min-buffers | 512 | Integer | Minimum number of network buffers required per sort-merge blocking result partition. |',
        '| taskmanager.network.bind-policy | ip | String | The automatic address binding policy used by the TaskManager. |',
        '| rest.address | (none) | String | The address that should be used by clients to connect to the server. |',
        '| execution.batch-shuffle-compression.enabled | true | Boolean | Whether to compress shuffle data of batch jobs. |',
      ]),
    });
    expect(keys(search('rest connect timeout', 1))).toEqual(['rest.connection-timeout']);
    // `compressio` is on its way to compression, which the index keeps as `compress`: besides the key part it begins
    // (`compression`, as typed), it says the word of `batch-shuffle-compression`.
    expect(search('shuffle compressio', 2).map((hit) => [hit.key, [...hit.terms].sort()])).toEqual([
      ['execution.batch-shuffle-compression.enabled', ['compressio', 'shuffle']],
      ['taskmanager.network.compression.codec', ['compressio', 'shuffle']],
    ]);
  });

  it('2. the shorter key when they hold the same words: a longer key holding every query word comes after', () => {
    const search = searchOf({ 'c.md': checkpointing });
    expect(keys(search('checkpoint interval', 2))).toEqual([
      'execution.checkpointing.interval',
      'execution.checkpointing.interval-during-backlog',
    ]);
    // A typo corrects to the same words, and ranks the same.
    expect(keys(search('chekpoint interval', 2))).toEqual([
      'execution.checkpointing.interval',
      'execution.checkpointing.interval-during-backlog',
    ]);
  });

  const backends = table([
    '| state.backend.local-recovery | false | Boolean | This option configures local recovery for this state backend. |',
    '| state.backend.incremental | false | Boolean | Whether the state backend should create incremental checkpoints. |',
    '| state.backend | (none) | String | The state backend to be used to store state. |',
    '| state.backend.type | hashmap | String | The state backend to be used to store state. |',
  ]);

  it('3. a key typed whole first, then a key spelled as words, then the keys the query begins', () => {
    const search = searchOf({ 's.md': backends });
    expect(keys(search('state.backend', 4))).toEqual([
      'state.backend',
      'state.backend.type',
      'state.backend.incremental',
      'state.backend.local-recovery',
    ]);
    expect(keys(search('state backend', 2))).toEqual(['state.backend', 'state.backend.type']);
    expect(keys(search('状态后端', 2))).toEqual(['state.backend', 'state.backend.type']);
  });

  it('4. camelCase words count as words: numberOfTaskSlots is number, task, slot', () => {
    expect(keyWords('taskmanager.numberOfTaskSlots')).toEqual([['taskmanager'], ['number'], ['task'], ['slots', 'slot']]);
    const search = searchOf({
      't.md': table([
        '| slotmanager.number-of-slots.max | (none) | Integer | Defines the maximum number of slots that the Flink cluster allocates. |',
        '| taskmanager.numberOfTaskSlots | 1 | Integer | The number of parallel operator or user function instances that a single TaskManager can run. |',
      ]),
    });
    expect(keys(search('number of task slots'))).toEqual(['taskmanager.numberOfTaskSlots', 'slotmanager.number-of-slots.max']);
  });

  const note = [
    '# Checkpoint runbook',
    '',
    '## Timeouts',
    '',
    'When the checkpoint timeout is hit, the checkpoint is discarded; a checkpoint timeout usually means backpressure.',
    '',
    '## Rollout checklist',
    '',
    'Before a rollout, check the dashboards and the alerts.',
    '',
    checkpointing,
    '| deploy.rollout.parallel | 1 | Integer | How many jobs a rollout restarts at once. |',
    '',
  ].join('\n');

  it('4, the other way round: a key word made of two words is said by the two typed apart (history server)', () => {
    const search = searchOf({
      'archive.md': table([
        '| historyserver.archive.fs.dir | (none) | String | Comma separated list of directories to fetch archived jobs from. |',
        '| jobmanager.archive.fs.dir | (none) | String | Dictionary for JobManager to store the archives of completed jobs. |',
        '| taskmanager.numberOfTaskSlots | 1 | Integer | The number of parallel operator or user function instances that a single TaskManager can run. |',
      ]),
    });
    // historyserver is history and server: the history server's archive first, though both keys hold archive and dir.
    expect(keys(search('history server archive dir', 2))).toEqual(['historyserver.archive.fs.dir', 'jobmanager.archive.fs.dir']);
    expect(keys(search('job manager archive dir', 2))).toEqual(['jobmanager.archive.fs.dir', 'historyserver.archive.fs.dir']);
    // Every word of the key, taskmanager said as two: the key spelled as words (tier 2: a hit's score is its tier × 10
    // plus its rank).
    const first = search('task manager number of slots', 1)[0]!;
    expect({ key: first.key, tier: Math.floor(first.score / 10) }).toEqual({ key: 'taskmanager.numberOfTaskSlots', tier: 2 });
    const context = { lower: 'history server log', terms: [], words: new Set(['history', 'server', 'log']), variants: new Map() };
    expect(keyCoverage('historyserver.log.jobmanager.url-pattern', context)).toEqual({ key: 1 / 5, query: 1 / 3 });
    expect(
      keyCoverage('historyserver.log.jobmanager.url-pattern', {
        ...context,
        variants: new Map([
          ['history', new Set(['historyserver'])],
          ['server', new Set(['historyserver'])],
        ]),
      }),
    ).toEqual({ key: 2 / 5, query: 1 });
  });

  it('4, run together: a word the index does not know is read as two it does (webui, restport)', () => {
    const search = searchOf({
      'web.md': table([
        '| state.checkpoints.dir | (none) | String | The directory for checkpoints: checkpoints, checkpoints and more checkpoints. |',
        '| web.checkpoints.history | 10 | Integer | Number of checkpoints to remember for recent history in the web UI. |',
        '| rest.address | (none) | String | The address that the REST client uses to connect to the server. |',
        '| rest.port | 8081 | Integer | The port that the client connects to. |',
      ]),
    });
    // webui is web and ui: the web UI's checkpoint history above a key as short whose description says checkpoints more.
    const [first, second] = search('webui checkpoints', 2);
    expect([first!.key, second!.key]).toEqual(['web.checkpoints.history', 'state.checkpoints.dir']);
    expect(first!.terms.sort()).toEqual(['checkpoint', 'ui', 'web']);
    expect(keys(search('restport', 1))).toEqual(['rest.port']);
    // A typo that no cut reads is corrected as before (known words and cut typos: tests/unit/search.test.ts).
    expect(keys(search('chekpoints dir', 1))).toEqual(['state.checkpoints.dir']);
  });

  it('4, the other way round, in a glossary term: its words say a key word made of two (写缓冲区: writebuffer)', () => {
    const search = searchOf(
      {
        'buffers.md': table([
          '| state.backend.rocksdb.writebuffer.size | 64 mb | MemorySize | The amount of data built up in memory before converting to a sorted on-disk file. |',
          '| execution.checkpointing.write-buffer-size | 4096 | Integer | The default size of the write buffer for the checkpoint streams. |',
        ]),
      },
      'zh',
    );
    // 写缓冲区 is write buffer: RocksDB's writebuffer holds both words, so the query's four words are all in its key.
    expect(keys(search('rocksdb写缓冲区大小', 2))).toEqual([
      'state.backend.rocksdb.writebuffer.size',
      'execution.checkpointing.write-buffer-size',
    ]);
  });

  it('4, the other way round, at Flink scale: the word two words make is searched too, so its key is a candidate', async () => {
    const { flink } = await relevanceSources();
    const index = createSearchIndex(searchDocuments(flink.registry, 'en', flink.version), flink.registry);
    const first = (query: string) => searchIndex(index, query, { limit: 1 })[0]?.key;
    // writebuffer and framesize are single indexed words: without searching them, BM25 leaves these keys behind the
    // 40 candidates that hold size, write and buffer apart.
    expect(first('rocksdb write buffer size')).toBe('state.backend.rocksdb.writebuffer.size');
    expect(first('frame size')).toBe('pekko.framesize');
    // A word the query says itself stands for itself: the glossary's writebuffer for 写缓冲区 is not also the word its
    // write and buffer make (which would leave it unmatched, and corrected to write-buffer).
    const zh = createSearchIndex(searchDocuments(flink.registry, 'zh', flink.version), flink.registry);
    expect(searchIndex(zh, '写缓冲区', { limit: 1 })[0]?.key).toBe('state.backend.forst.writebuffer.count');
  });

  it('5. an option above a note section, unless the section heading is the better match', () => {
    const search = searchOf({ 'runbook.md': note });
    expect(keys(search('checkpoint timeout', 2))).toEqual([
      'execution.checkpointing.timeout',
      'execution.checkpointing.aligned-checkpoint-timeout',
    ]);
    expect(keys(search('rollout checklist', 2))).toEqual(['runbook#rollout-checklist', 'deploy.rollout.parallel']);
  });

  it('6. an old key leads to its successor, with the version that renamed it', () => {
    const search = searchOf({
      'c.md': table([
        '| execution.checkpointing.dir | (none) | String | The default directory used for storing the data files and meta data of checkpoints. |',
        '| execution.checkpointing.savepoint-dir | (none) | String | The default directory for savepoints. |',
        '| state.backend.type | hashmap | String | The state backend to be used. |',
      ]),
      'renames.md': [
        '---',
        'kind: renames',
        '---',
        '| Old key | New key | Since |',
        '| --- | --- | --- |',
        '| state.backend | state.backend.type | 1.19 |',
        '',
      ].join('\n'),
    });
    const [first] = search('state.checkpoints.dir', 1);
    expect(first).toMatchObject({ key: 'execution.checkpointing.dir', renamedFrom: 'state.checkpoints.dir', renamedIn: null });
    expect(search('state.backend', 1)[0]).toMatchObject({ key: 'state.backend.type', renamedFrom: 'state.backend', renamedIn: '1.19' });
    // Spelled as words, an old key leads to its successor too; no hint, the key was not typed.
    expect(search('state backend', 1)[0]).toMatchObject({ key: 'state.backend.type' });
    expect(search('state backend', 1)[0]?.renamedFrom).toBeUndefined();
  });

  it('7. a query and its translation are one query: a description saying it in both languages counts once', () => {
    // 指标分隔符 as typed (its bigrams) and as translated (metrics, delimiter). The reporter's delimiter has a
    // Chinese description too and matches both readings; the other key holds more of the query and comes first.
    const typed = ['指标', '标分', '分隔', '隔符'];
    const translated = ['metric', 'delimiter'];
    const context = { lower: '指标分隔符', terms: [...typed, ...translated], words: new Set(translated), variants: new Map() };
    const candidates = [
      candidate('metrics.reporter.<name>.scope.delimiter', [...typed, ...translated]),
      candidate('metrics.scope.delimiter', translated),
    ];
    // Counted as one list of terms, the description that says it twice wins;
    expect(order(rankCandidates(candidates, context))[0]).toBe('metrics.reporter.<name>.scope.delimiter');
    // read as typed and as translated, each document is credited for its better reading.
    expect(order(rankCandidates(candidates, { ...context, readings: [typed, translated] }))).toEqual([
      'metrics.scope.delimiter',
      'metrics.reporter.<name>.scope.delimiter',
    ]);
  });

  it('8. the senses of one Chinese term are one word of the query', () => {
    // 取消 is cancel and cancellation: a key holding either holds that word, once.
    const context = { lower: '取消超时', terms: [], words: new Set(['cancel', 'cancellation', 'timeout']), variants: new Map() };
    expect(keyCoverage('task.cancellation.timeout', context)).toEqual({ key: 2 / 3, query: 2 / 3 });
    expect(keyCoverage('task.cancellation.timeout', { ...context, synonyms: [['cancel', 'cancellation']] })).toEqual({
      key: 2 / 3,
      query: 1,
    });
  });

  it('9. a Chinese query read through the glossary weighs what it matched anywhere more', () => {
    // 空闲的TaskManager多久会被释放: the glossary's English is what the reader described (idle, released), which the
    // option's description says; a longer key holding two of the words, and not the third anywhere, came first.
    const words = ['taskmanager', 'idle', 'release'];
    const candidates = [
      candidate('taskmanager.network.netty.client.tcp.keepIdleSec', ['taskmanager', 'idle']),
      candidate('resourcemanager.taskmanager-timeout', words),
    ];
    const context = { lower: '空闲的taskmanager多久会被释放', terms: words, words: new Set(words), variants: new Map() };
    expect(order(rankCandidates(candidates, context))[0]).toBe('taskmanager.network.netty.client.tcp.keepIdleSec');
    expect(order(rankCandidates(candidates, { ...context, translated: true }))).toEqual([
      'resourcemanager.taskmanager-timeout',
      'taskmanager.network.netty.client.tcp.keepIdleSec',
    ]);
    // End to end, with the built-in glossary. The translated reading is the Latin words and the glossary's English, not
    // the glossary's Chinese for the word typed in English (TaskManager, 任务管理器), which no English description says.
    const search = searchOf(
      {
        'idle.md': table([
          '| resourcemanager.taskmanager-timeout | 30 s | Duration | Timeout for idle task managers to be released. |',
          '| taskmanager.network.netty.client.tcp.keepIdleSec | (none) | Integer | The time (in seconds) the connection needs to remain idle before TCP starts sending keepalive probes. |',
          '| taskmanager.numberOfTaskSlots | 1 | Integer | The number of parallel operator or user function instances that a single TaskManager can run. |',
        ]),
      },
      'zh',
    );
    expect(keys(search('空闲的TaskManager多久会被释放', 2))).toEqual([
      'resourcemanager.taskmanager-timeout',
      'taskmanager.network.netty.client.tcp.keepIdleSec',
    ]);
  });

  it('10. an option whose type answers the question ranks higher: 多久 a Duration, 多大 a size, 几次 a count, 是否 a switch', () => {
    // Five options alike in all but their type and a last key word no query says: without the question, they tie,
    // and the first by key (alpha, a String) comes first.
    const types = { alpha: 'String', beta: 'MemorySize', gamma: 'Integer', delta: 'Duration', epsilon: 'Boolean' };
    const search = searchOf(
      {
        'buffers.md': table(
          Object.entries(types).map(([word, type]) => `| network.in-flight.${word} | (none) | ${type} | The in-flight buffered data. |`),
        ),
      },
      'zh',
    );
    const first = (query: string) => keys(search(query, 1))[0];
    expect(first('in-flight数据')).toBe('network.in-flight.alpha');
    expect(first('in-flight数据多久')).toBe('network.in-flight.delta');
    expect(first('in-flight数据间隔几个小时')).toBe('network.in-flight.delta');
    // A magnitude: the size, or as well a number (beta before gamma by key).
    expect(first('in-flight数据多大')).toBe('network.in-flight.beta');
    expect(first('in-flight数据几次')).toBe('network.in-flight.gamma');
    expect(first('in-flight数据是否')).toBe('network.in-flight.epsilon');
    expect(first('how long in-flight data')).toBe('network.in-flight.delta');
    expect(first('how many in-flight data')).toBe('network.in-flight.gamma');
    expect(first('whether in-flight data')).toBe('network.in-flight.epsilon');
    // Only question words ask: 好几个 is "several", 最多长度 "the longest length", 能不能 "can I".
    expect(answerTypes('配了好几个reporter')).toBeUndefined();
    expect(answerTypes('消息体最多长度')).toBeUndefined();
    expect(answerTypes('能不能调大网络缓冲内存')).toBeUndefined();
    expect(answerTypes('rocksdb批量写最多占多少内存')).toEqual(new Set(['MemorySize', 'Integer', 'Long', 'Double']));
  });

  it('11. the less of a Chinese query the glossary translates, the more BM25 counts', async () => {
    // 缓冲区大小老是来回小幅调整 ("the buffer size keeps being adjusted back and forth a little"): the glossary reads
    // 缓冲区 and 大小 (buffer, size), 5 of its 13 characters. A key holding both English words matched its English
    // reading whole, as did the option whose Chinese words say the rest (来回, 小幅, 调整), with twice its BM25.
    const glossary = [
      { en: 'buffer', zh: '缓冲区' },
      { en: 'size', zh: '大小' },
    ];
    expect(untranslatedShare('缓冲区大小老是来回小幅调整', glossary)).toBeCloseTo(8 / 13, 6);
    expect(untranslatedShare('缓冲区大小', glossary)).toBe(0);
    expect(untranslatedShare('buffer size', glossary)).toBe(0);
    const typed = tokenize('缓冲区大小老是来回小幅调整');
    const words = ['buffer', 'size'];
    const candidates = [
      { ...candidate('execution.checkpointing.write-buffer-size', [...typed.slice(0, 4), ...words]), score: 462 },
      { ...candidate('taskmanager.network.memory.buffer-debloat.threshold-percentages', [...typed, ...words]), score: 760 },
    ];
    const context = {
      lower: '缓冲区大小老是来回小幅调整',
      terms: [...typed, ...words],
      words: new Set(words),
      variants: new Map(),
      readings: [typed, words],
      translated: true,
    };
    expect(order(rankCandidates(candidates, { ...context, untranslated: 0 }))[0]).toBe('execution.checkpointing.write-buffer-size');
    expect(order(rankCandidates(candidates, { ...context, untranslated: 8 / 13 }))[0]).toBe(
      'taskmanager.network.memory.buffer-debloat.threshold-percentages',
    );
    // At Flink scale, with confref's Chinese words for Flink's options and the built-in glossary.
    const { flink } = await relevanceSources();
    const zh = createSearchIndex(searchDocuments(flink.registry, 'zh', flink.version), flink.registry);
    expect(searchIndex(zh, '缓冲区大小老是来回小幅调整', { limit: 1 })[0]?.key).toBe(
      'taskmanager.network.memory.buffer-debloat.threshold-percentages',
    );
    // A query the glossary reads whole keeps the key that says it first.
    expect(searchIndex(zh, '写缓冲区大小', { limit: 1 })[0]?.key).toMatch(/write-?buffer[.-]size$/);
  });

  it('12. an option whose Chinese name the query says whole ranks higher (作业名称: pipeline.name)', async () => {
    // confref's Chinese words for pipeline.name include 作业名称 ("job name"); Prometheus's jobName holds both of the
    // glossary's words for it (job, name) in its key, pipeline.name one.
    const words = ['job', 'name'];
    const candidates = [candidate('metrics.reporter.prometheus.jobName', words), { ...candidate('pipeline.name', words), named: 1 }];
    const context = { lower: '作业名称', terms: words, words: new Set(words), variants: new Map(), translated: true };
    expect(
      order(
        rankCandidates(
          candidates.map((c) => ({ ...c, named: 0 })),
          context,
        ),
      )[0],
    ).toBe('metrics.reporter.prometheus.jobName');
    expect(order(rankCandidates(candidates, context))).toEqual(['pipeline.name', 'metrics.reporter.prometheus.jobName']);
    // End to end: the names are indexed whole in the Chinese index, for options no note describes in Chinese.
    const notes = {
      'pipeline.md': table([
        '| pipeline.name | (none) | String | The job name used for printing and logging. |',
        '| metrics.reporter.prometheus.jobName | (none) | String | The job name under which metrics will be pushed. |',
        '| execution.attached | false | Boolean | Specifies if the pipeline is submitted in attached or detached mode. |',
      ]),
    };
    const zh = searchOf(notes, 'zh');
    expect(keys(zh('作业名称', 2))).toEqual(['pipeline.name', 'metrics.reporter.prometheus.jobName']);
    // A name marks nothing of its own in the result (its words are the query's terms).
    expect(zh('作业名称', 1)[0]?.terms.filter((term) => term.includes('|'))).toEqual([]);
    // A name with an English word in it is said as typed, with or without a space (detached模式, detached 模式).
    expect(keys(zh('detached模式提交作业', 1))).toEqual(['execution.attached']);
    expect(keys(zh('detached 模式提交作业', 1))).toEqual(['execution.attached']);
    // The English index has no names, and an option a note describes in Chinese gets none.
    const { registry } = build(notes);
    expect(searchDocuments(registry, 'en', null).every((doc) => doc.names === '')).toBe(true);
    expect(
      searchDocuments(registry, 'zh', null)
        .find((doc) => doc.key === 'pipeline.name')
        ?.names.split('\n'),
    ).toContain('作业名称|');
    // A name is never a completion or a correction of a word typed: 作业 is not completed to 作业名称, nor `promjob`
    // corrected to promjob名 (a name of Prometheus's jobName, two edits away).
    const index = createSearchIndex(searchDocuments(registry, 'zh', null), registry);
    expect(index.knows('作业名称|')).toBe(true);
    expect(index.knows('promjob名|')).toBe(true);
    expect(index.completions('作业', 50)).toEqual([]);
    expect(index.completions('promjo', 50)).toEqual([]);
    expect([...index.corrections('promjob', 2).keys()]).toEqual([]);
    // The browser loads the shards of a query's terms, its names' among them, and finds what the whole index finds.
    const bundle = bundleSearch(searchDocuments(registry, 'zh', null), registry);
    for (const query of ['作业名称', 'detached 模式提交作业']) {
      const partial = new LoadedSearch(bundle.core);
      await loadShardsFor(partial, query, (name) => bundle.shards[name]!);
      expect(keys(searchIndex(partial, query, { limit: 2 }))).toEqual(keys(searchIndex(index, query, { limit: 2 })));
    }
    const described = build({ 'p.md': table(['| pipeline.name | (none) | String | 作业的名称，用于打印和日志。 |']) }).registry;
    expect(searchDocuments(described, 'zh', null).find((doc) => doc.key === 'pipeline.name')?.names).toBe('');
    // At Flink scale. A name counts by its share of the query: 写缓冲区大小 is a name of the checkpoint streams' write
    // buffer, but the reader who types rocksdb写缓冲区大小 said RocksDB too.
    const { flink } = await relevanceSources();
    const flinkZh = createSearchIndex(searchDocuments(flink.registry, 'zh', flink.version), flink.registry);
    const first = (query: string) => searchIndex(flinkZh, query, { limit: 1 })[0]?.key;
    expect(first('作业名称')).toBe('pipeline.name');
    expect(first('写缓冲区大小')).toBe('execution.checkpointing.write-buffer-size');
    expect(first('rocksdb写缓冲区大小')).toBe('state.backend.rocksdb.writebuffer.size');
  });

  it('old keys travel in the index only when they are not options themselves and their successor is', () => {
    const index = new Set(['execution.checkpointing.dir', 'state.savepoints.dir']);
    expect(oldKeysFor(index, [{ from: 'a.old', to: 'execution.checkpointing.dir', version: '2.0' }])).toEqual([
      ['a.old', 'execution.checkpointing.dir', '2.0'],
      ['state.backend.fs.checkpointdir', 'execution.checkpointing.dir', null],
      ['state.checkpoints.dir', 'execution.checkpointing.dir', null],
    ]);
  });

  it('the renamed hint as the site shows it, in both locales', () => {
    const text = (locale: 'en' | 'zh') => ({ renamed: UI[locale]['search.renamed'], renamedIn: UI[locale]['search.renamedIn'] });
    expect(renamedHint({ renamedFrom: 'state.checkpoints.dir', renamedIn: null }, text('en'))).toBe('Renamed from state.checkpoints.dir');
    expect(renamedHint({ renamedFrom: 'state.backend', renamedIn: '1.19' }, text('en'))).toBe('Renamed from state.backend in 1.19');
    expect(renamedHint({ renamedFrom: 'state.backend', renamedIn: '1.19' }, text('zh'))).toBe('由 state.backend 更名而来（1.19）');
    expect(renamedHint({}, text('en'))).toBe('');
  });
});
