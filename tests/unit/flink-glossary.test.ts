/**
 * The built-in glossary of Flink terms from Flink's Chinese documentation
 * (src/lib/search/flink-glossary-zh.ts): every pair names its page, and a
 * Chinese query finds English-only options through it.
 */
import { describe, expect, it } from 'vitest';
import { FLINK_GLOSSARY_ZH } from '../../src/lib/search/flink-glossary-zh.ts';
import { DEFAULT_GLOSSARY, mergeGlossaries } from '../../src/lib/search/glossary-default.ts';
import { expandQuery } from '../../src/lib/search/glossary.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { createSearchIndex, searchIndex } from '../../src/lib/search/index.ts';
import { DESCRIPTION_WORDS_ZH } from '../../src/lib/search/description-words-zh.ts';
import { KEY_WORDS_ZH } from '../../src/lib/search/key-words-zh.ts';
import { MORE_KEY_WORDS_ZH } from '../../src/lib/search/more-key-words-zh.ts';
import { FILLER, keyWords } from '../../src/lib/search/rank.ts';
import { HAN, singular } from '../../src/lib/search/tokenize.ts';
import { build, table } from '../helpers/notes.ts';
import { relevanceSources } from '../helpers/relevance.ts';

describe("Flink's Chinese glossary", () => {
  it('names a page of docs/content.zh/docs for every pair, with a Chinese term and an English one', () => {
    const bad = FLINK_GLOSSARY_ZH.filter(
      (pair) => !/^[a-z-]+(?:\/[a-z_-]+)*\.md$/.test(pair.source) || !HAN.test(pair.zh) || !/^[a-z][a-z -]*$/.test(pair.en),
    );
    expect(bad).toEqual([]);
  });

  it('adds the pairs the hand-written list lacks, each once; a Chinese term keeps each of its senses, in order', () => {
    const pairs = DEFAULT_GLOSSARY.map((pair) => `${pair.zh} ${pair.en}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(DEFAULT_GLOSSARY.filter((pair) => pair.zh === '背压')).toEqual([{ en: 'backpressure', zh: '背压' }]);
    const senses = new Map<string, string[]>();
    for (const { zh, en } of DEFAULT_GLOSSARY) senses.set(zh, [...(senses.get(zh) ?? []), en]);
    // The hand-written sense first (保留 "retained", 延迟 "latency"), then the one Flink's pages add, then the
    // words of the keys (保留 is also the key word retention), then the words of the descriptions (keep, kept).
    expect(senses.get('保留')).toEqual(['retained', 'retain', 'retention', 'keep', 'kept']);
    expect(senses.get('延迟')).toEqual(['latency', 'delay', 'delayed']);
    expect(senses.get('恢复')).toEqual(['recovery', 'restore', 'restored']);
    expect(senses.get('策略')).toEqual(['strategy', 'policy']);
  });

  it("gives the words of Flink's keys their Chinese: each English word of the list is a word of a Flink 2.1 key", async () => {
    const { flink } = await relevanceSources();
    const forms = new Set(flink.registry.options.flatMap((option) => keyWords(option.key).flat()));
    // The other Chinese for the same words (more-key-words-zh.ts) keeps to them too; a filler word (`number of
    // threads`) is no word of a key.
    const bad = [...KEY_WORDS_ZH, ...MORE_KEY_WORDS_ZH].filter(
      ([en, zh]) =>
        !HAN.test(zh) ||
        !en
          .split(' ')
          .filter((word) => !FILLER.has(word))
          .every((word) => forms.has(word) || forms.has(singular(word))),
    );
    expect(bad).toEqual([]);
    // Words Flink's pages translate only inside a longer term have their own: 策略 alone is strategy.
    expect(expandQuery('策略', DEFAULT_GLOSSARY)).toEqual(['strategy', 'policy']);
    expect(expandQuery('重启策略', DEFAULT_GLOSSARY)).toEqual(['restart strategy']);
  });

  it("gives the words of Flink's descriptions their Chinese: each English word is in at least 3 of Flink 2.1's descriptions", async () => {
    const { flink } = await relevanceSources();
    const texts = flink.registry.options.map((option) => ` ${(option.descriptions.en?.text ?? '').toLowerCase()} `);
    // The word as written, or with a plural, -ed or -ing ending (`remove`: removes, removed, removing).
    const inDescriptions = (word: string): number => {
      const whole = new RegExp(`[^a-z](?:${word}|${word.replace(/e$/, '')})(?:s|es|d|ed|ing)?[^a-z]`);
      return texts.filter((text) => whole.test(text)).length;
    };
    const bad = DESCRIPTION_WORDS_ZH.filter(([en, zh]) => !HAN.test(zh) || !/^[a-z]+$/.test(en) || inDescriptions(en) < 3);
    expect(bad).toEqual([]);
    // A description word brings what the reader describes: 释放 is release, 定期 periodically.
    expect(expandQuery('空闲连接多久释放', DEFAULT_GLOSSARY)).toEqual([
      'idle',
      'idleness',
      'connect',
      'connection',
      'join',
      'release',
      'released',
    ]);
    expect(expandQuery('定期触发', DEFAULT_GLOSSARY)).toEqual(['trigger', 'triggered', 'periodically', 'periodic']);
  });

  it('expands Chinese compounds longest first, as the Chinese pages name them', () => {
    expect(expandQuery('反压', DEFAULT_GLOSSARY)).toEqual(['backpressure']);
    expect(expandQuery('框架堆外内存', DEFAULT_GLOSSARY)).toEqual(['framework off-heap memory']);
    expect(expandQuery('缓冲消胀', DEFAULT_GLOSSARY)).toEqual(['buffer debloat']);
    expect(expandQuery('重启延迟', DEFAULT_GLOSSARY)).toEqual(['restart delay']);
    // A term with two senses brings both: 延迟 is latency (metrics) and delay (restart strategies), and a
    // description's delayed.
    expect(expandQuery('延迟', DEFAULT_GLOSSARY)).toEqual(['latency', 'delay', 'delayed']);
    expect(
      expandQuery('延迟', [
        { en: 'latency', zh: '延迟' },
        { en: 'delay', zh: '延迟' },
        { en: 'delay', zh: '延迟' },
      ]),
    ).toEqual(['latency', 'delay']);
    expect(expandQuery('状态有效期', DEFAULT_GLOSSARY)).toEqual(['state ttl']);
  });

  it("keeps a content glossary's English for a term over Flink's", () => {
    expect(expandQuery('反压', mergeGlossaries([{ en: 'back pressure', zh: '反压' }]))).toEqual(['back pressure']);
  });

  describe('a Chinese query on English-only options', () => {
    const { registry } = build({
      'network.md': table([
        '| `taskmanager.network.memory.buffer-debloat.enabled` | false | Boolean | Whether to adapt the in-flight data to the throughput. |',
        '| `taskmanager.network.memory.buffers-per-channel` | 2 | Integer | Exclusive network buffers for each channel. |',
        '| `execution.checkpointing.unaligned.enabled` | false | Boolean | Checkpoints that overtake in-flight data under backpressure. |',
        '| `restart-strategy.fixed-delay.delay` | 1 s | Duration | Delay between two restart attempts. |',
        '| `restart-strategy.fixed-delay.attempts` | 1 | Integer | The number of restart attempts. |',
        '| `table.exec.state.ttl` | 0 ms | Duration | How long idle state is kept. |',
        '| `table.local-time-zone` | default | String | The session time zone. |',
        '| `kubernetes.container.image.ref` | (none) | String | Image to use for Flink containers. |',
        '| `kubernetes.namespace` | default | String | The namespace of the pods. |',
        '| `high-availability.zookeeper.path.root` | /flink | String | The root ZooKeeper node. |',
        '| `high-availability.zookeeper.quorum` | (none) | String | The ZooKeeper quorum. |',
        '| `table.exec.async-lookup.timeout` | 3 min | Duration | The async timeout for the asynchronous operation to complete. |',
        '| `pekko.lookup.timeout` | 10 s | Duration | Timeout used for the lookup of the JobManager. |',
        '| `slot.request.timeout` | 5 min | Duration | The timeout for requesting a slot from Slot Pool. |',
        '| `slot.idle.timeout` | 50 s | Duration | The timeout for a idle slot in Slot Pool. |',
      ]),
    });
    const index = createSearchIndex(searchDocuments(registry, 'zh', null), { glossary: [] });
    const first = (query: string): string | undefined => searchIndex(index, query, { limit: 1 })[0]?.key;

    it.each([
      ['反压', 'execution.checkpointing.unaligned.enabled'],
      ['缓冲消胀', 'taskmanager.network.memory.buffer-debloat.enabled'],
      ['独占缓冲区', 'taskmanager.network.memory.buffers-per-channel'],
      ['重启延迟', 'restart-strategy.fixed-delay.delay'],
      ['重启尝试', 'restart-strategy.fixed-delay.attempts'],
      ['状态有效期', 'table.exec.state.ttl'],
      // dev/table/timezone.md
      ['时区', 'table.local-time-zone'],
      // deployment/resource-providers/standalone/kubernetes.md, and k8s for Kubernetes
      ['k8s 镜像', 'kubernetes.container.image.ref'],
      // the words of the keys: 根路径 (root path), zk for ZooKeeper; async is asynchronous (异步); 请求 (request)
      ['zk根路径', 'high-availability.zookeeper.path.root'],
      ['异步 lookup 超时', 'table.exec.async-lookup.timeout'],
      ['slot 请求超时', 'slot.request.timeout'],
    ])('%s finds %s first', (query, key) => {
      expect(first(query)).toBe(key);
    });
  });
});
