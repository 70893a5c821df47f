import { describe, expect, it } from 'vitest';
import { fill } from '../../src/lib/i18n/fill.ts';
import { groupNeighbours } from '../../src/lib/site/group-neighbours.ts';
import { groupItems, prefixOf } from '../../src/lib/site/sidebar.ts';
import { matchesWords, queryWords } from '../../src/scripts/option-filter.ts';
import { build, optionOf, table } from '../helpers/notes.ts';

describe('the sidebar groups options by top-level prefix', () => {
  const link = (group: string) => `/groups/${group}/`;

  it('nests the groups of a prefix in a collapsed entry labelled with its option count, each group with its own count', () => {
    const items = groupItems(
      [
        ['execution.checkpointing', 12],
        ['execution.runtime-mode', 1],
        ['state.backend', 40],
        ['state.checkpoints', 3],
        ['state.savepoints', 2],
      ],
      link,
    );
    expect(items).toEqual([
      {
        label: 'execution (13)',
        collapsed: true,
        items: [
          { label: 'execution.checkpointing (12)', link: '/groups/execution.checkpointing/' },
          { label: 'execution.runtime-mode (1)', link: '/groups/execution.runtime-mode/' },
        ],
      },
      {
        label: 'state (45)',
        collapsed: true,
        items: [
          { label: 'state.backend (40)', link: '/groups/state.backend/' },
          { label: 'state.checkpoints (3)', link: '/groups/state.checkpoints/' },
          { label: 'state.savepoints (2)', link: '/groups/state.savepoints/' },
        ],
      },
    ]);
  });

  it('does not nest a prefix that has one group: a small site stays flat', () => {
    expect(
      groupItems(
        [
          ['parallelism.default', 1],
          ['web.port', 1],
          ['web.timeout', 1],
          ['zookeeper.sasl', 3],
        ],
        link,
      ),
    ).toEqual([
      { label: 'parallelism.default (1)', link: '/groups/parallelism.default/' },
      {
        label: 'web (2)',
        collapsed: true,
        items: [
          { label: 'web.port (1)', link: '/groups/web.port/' },
          { label: 'web.timeout (1)', link: '/groups/web.timeout/' },
        ],
      },
      { label: 'zookeeper.sasl (3)', link: '/groups/zookeeper.sasl/' },
    ]);
  });

  it('sorts by prefix, so a prefix is one entry even where its groups sort apart (`state-x` between `state` groups)', () => {
    const items = groupItems(
      [
        ['state-x.a', 2],
        ['state.a', 1],
        ['state.b', 1],
        ['address', 1],
      ],
      link,
    );
    expect(items.map((item) => item.label)).toEqual(['address (1)', 'state (2)', 'state-x.a (2)']);
    expect(prefixOf('address')).toBe('address');
    expect(prefixOf('state.backend')).toBe('state');
    expect(groupItems([], link)).toEqual([]);
  });
});

describe('prev/next on option pages: the options of the same group, by key', () => {
  const result = build({
    'ops.md': `# Ops\n\n${table([
      '| web.timeout | 10 s | Duration | Timeout. |',
      '| state.backend.b | 1 | Integer | B. |',
      '| state.backend.a | 1 | Integer | A. |',
      '| state.checkpoints.dir | (none) | String | Dir. |',
      '| state.backend.c.deep | 1 | Integer | C. |',
    ])}`,
  });
  const options = result.registry.options;
  const keysAround = (key: string) => {
    const { prev, next } = groupNeighbours(options, optionOf(result, key));
    return [prev?.key, next?.key];
  };

  it('links the option before and after, in key order, whatever the order of the notes', () => {
    expect(keysAround('state.backend.a')).toEqual([undefined, 'state.backend.b']);
    expect(keysAround('state.backend.b')).toEqual(['state.backend.a', 'state.backend.c.deep']);
    expect(keysAround('state.backend.c.deep')).toEqual(['state.backend.b', undefined]);
  });

  it('has neither in a group of one option, and never crosses into another group', () => {
    expect(keysAround('state.checkpoints.dir')).toEqual([undefined, undefined]);
    expect(keysAround('web.timeout')).toEqual([undefined, undefined]);
  });

  it('stays within one version: another version’s options are another list', () => {
    const versioned = build({
      '1.0/ops.md': `# Ops\n\n${table(['| s.g.a | 1 | Integer | A. |', '| s.g.b | 1 | Integer | B. |'])}`,
      '2.0/ops.md': `# Ops\n\n${table(['| s.g.b | 1 | Integer | B. |', '| s.g.c | 1 | Integer | C. |'])}`,
    });
    const of = (version: string) => versioned.registry.options.filter((option) => option.version === version);
    const b2 = of('2.0').find((option) => option.key === 's.g.b')!;
    expect(groupNeighbours(of('2.0'), b2)).toMatchObject({ prev: undefined, next: { key: 's.g.c', version: '2.0' } });
    expect(groupNeighbours(of('1.0'), b2)).toMatchObject({ prev: { key: 's.g.a', version: '1.0' }, next: undefined });
  });
});

describe('the filter box', () => {
  it('matches case-insensitively when the text holds every word of the query', () => {
    const text = 'state.backend.rocksdb.block.cache-size\nthe amount of the cache for data blocks in rocksdb.';
    expect(queryWords('  RocksDB   Cache ')).toEqual(['rocksdb', 'cache']);
    expect(matchesWords(text, queryWords('RocksDB cache'))).toBe(true);
    expect(matchesWords(text, queryWords('block.cache'))).toBe(true);
    expect(matchesWords(text, queryWords('rocksdb memtable'))).toBe(false);
    expect(matchesWords(text, queryWords(''))).toBe(true);
  });

  it('fills its count templates, leaving unknown placeholders as written', () => {
    expect(fill('{shown} of {total} options shown', { shown: 3, total: 64 })).toBe('3 of 64 options shown');
    expect(fill('显示 {total} 个配置项中的 {shown} 个', { shown: 3, total: 64 })).toBe('显示 64 个配置项中的 3 个');
    expect(fill('{shown} {other} {__proto__}', { shown: 1 })).toBe('1 {other} {__proto__}');
  });
});
