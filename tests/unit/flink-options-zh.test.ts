/**
 * confref's Chinese words for Flink's options (src/lib/search/flink-options-zh.ts): one entry for each option of Flink
 * 2.1's, 1.20's and 1.11.3's tables, searched by the Chinese index of an option with no Chinese description of its own,
 * never shown.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { flinkOptionsZh, flinkOptionZh } from '../../src/lib/search/flink-options-zh.ts';
import { createSearchIndex, searchIndex } from '../../src/lib/search/index.ts';
import { FLINK_CORPUS_VERSIONS, importFolder } from '../helpers/flink-corpus.ts';
import { build, table } from '../helpers/notes.ts';
import { relevanceSources } from '../helpers/relevance.ts';
import { flinkCorpus, itWith } from '../helpers/shared.ts';

const messages = table([
  '| pekko.framesize | 10485760b | String | Maximum size of messages which are sent between the JobManager and the TaskManagers. If Flink fails because messages exceed this limit, then you should increase it. The message size requires a size-unit specifier. |',
  '| blob.offload.minsize | 1048576 | Integer | The minimum size for messages to be offloaded to the BlobServer. |',
  '| rest.server.max-content-length | 104857600 | Integer | The maximum content length in bytes that the server will handle. |',
]);

const zhNote = [
  '---',
  'lang: zh',
  '---',
  table(['| pekko.framesize | 10485760b | String | JobManager 与 TaskManager 之间单条消息的上限。 |']),
].join('\n');

describe("Chinese words for Flink's options", () => {
  it("has an entry for every option of Flink 2.1's tables, and none for a key Flink lacks", async () => {
    const { flink } = await relevanceSources();
    const keys = flink.registry.options.map((option) => option.key);
    expect(keys).toHaveLength(903);
    expect(keys.filter((key) => !flinkOptionsZh().has(key))).toEqual([]);
    expect(flinkOptionZh('my.team.option')).toBe('');
  });

  itWith(flinkCorpus, "has exactly the keys of Flink 1.11.3's, 1.20's and 2.1's tables (needs ../shared/corpus/flink)", () => {
    const keys = new Set(
      FLINK_CORPUS_VERSIONS.flatMap(([folder, version]) =>
        importFolder(join(flinkCorpus, folder), version).result.registry.options.map((option) => option.key),
      ),
    );
    expect(keys.size).toBe(1026);
    expect([...flinkOptionsZh().keys()].sort()).toEqual([...keys].sort());
  });

  it('finds an English-only Flink option by what a Chinese reader says of it', () => {
    const { registry } = build({ 'rpc.md': messages });
    const zh = createSearchIndex(searchDocuments(registry, 'zh', null), registry);
    // Uploading a jar that is too large is refused: the description says "maximum content length", nothing the
    // glossary reads in the query; the table's words say it.
    expect(searchIndex(zh, '上传jar太大被拒绝', { limit: 1 }).map((hit) => hit.key)).toEqual(['rest.server.max-content-length']);
  });

  it("finds Flink 2.1's option by a name no description says, among its 903 options", async () => {
    const { flink } = await relevanceSources();
    const zh = createSearchIndex(searchDocuments(flink.registry, 'zh', '2.1'), flink.registry);
    const first = (query: string) => searchIndex(zh, query, { limit: 1 }).map((hit) => hit.key);
    // SSL cipher suites: the key and description say algorithms (eighth without the table).
    expect(first('ssl加密套件')).toEqual(['security.ssl.algorithms']);
    // RPC timeout: "timeout used for all futures and blocking Pekko calls" (ninth without the table).
    expect(first('RPC 超时')).toEqual(['pekko.ask.timeout']);
  });

  it('is searched in Chinese only, and only for an option that no note describes in Chinese', () => {
    const english = build({ 'rpc.md': messages }).registry;
    const about = (registry: typeof english, locale: 'en' | 'zh') =>
      Object.fromEntries(searchDocuments(registry, locale, null).map((doc) => [doc.key, doc.about]));
    expect(about(english, 'en')).toEqual({ 'pekko.framesize': '', 'blob.offload.minsize': '', 'rest.server.max-content-length': '' });
    expect(about(english, 'zh')['pekko.framesize']).toBe(flinkOptionZh('pekko.framesize'));
    // Its sentence, its words and its questions, as one text.
    const entry = flinkOptionsZh().get('pekko.framesize')!;
    expect(flinkOptionZh('pekko.framesize')).toBe([entry.zh, ...entry.terms, ...entry.questions].join(' '));
    expect(entry.questions).toHaveLength(3);
    // A team note's own Chinese description is what its option is found by; the table's words are left out.
    const described = build({ 'rpc.md': messages, 'rpc.zh.md': zhNote }).registry;
    expect(about(described, 'zh')['pekko.framesize']).toBe('');
    expect(about(described, 'zh')['blob.offload.minsize']).toBe(flinkOptionZh('blob.offload.minsize'));
  });
});
