/** The search page's state in its address: `?q=…&group=…&type=…`, read back as written, unknown filters dropped. */
import { describe, expect, it } from 'vitest';
import { parseSearchState, searchStateQuery, stateFilters } from '../../src/lib/search/page-state.ts';

const facets = { groups: ['state.backend', 'web'], types: ['Boolean', 'List<String>'] };

describe('search page state', () => {
  it('reads the query and the filters from the address', () => {
    expect(parseSearchState('?q=checkpoint+dir&group=web&type=Boolean', facets)).toEqual({
      q: 'checkpoint dir',
      group: 'web',
      type: 'Boolean',
    });
    expect(parseSearchState('?type=List%3CString%3E&q=%E6%A3%80%E6%9F%A5%E7%82%B9', facets)).toEqual({
      q: '检查点',
      group: '',
      type: 'List<String>',
    });
    expect(parseSearchState('', facets)).toEqual({ q: '', group: '', type: '' });
  });

  it("drops a group or type the version's index does not have", () => {
    expect(parseSearchState('?q=port&group=rest&type=Integer', facets)).toEqual({ q: 'port', group: '', type: '' });
    expect(parseSearchState('?q=port&group=', facets)).toEqual({ q: 'port', group: '', type: '' });
  });

  it('writes only what is set, and reads back what it wrote', () => {
    expect(searchStateQuery({ q: 'state backend', group: 'state.backend', type: '' })).toBe('?q=state+backend&group=state.backend');
    expect(searchStateQuery({ q: '  ', group: '', type: 'List<String>' })).toBe('?type=List%3CString%3E');
    expect(searchStateQuery({ q: '', group: '', type: '' })).toBe('');
    for (const state of [
      { q: 'a&b=c #d', group: 'web', type: 'List<String>' },
      { q: '检查点 目录', group: '', type: 'Boolean' },
      { q: 'web.port', group: 'state.backend', type: '' },
    ])
      expect(parseSearchState(searchStateQuery(state), facets)).toEqual(state);
  });

  it('gives the query its filters', () => {
    expect(stateFilters({ q: 'x', group: 'web', type: 'Boolean' })).toEqual({ groups: ['web'], types: ['Boolean'] });
    expect(stateFilters({ q: 'x', group: '', type: '' })).toEqual({});
  });
});
