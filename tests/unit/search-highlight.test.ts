/**
 * What a result marks (src/lib/search/highlight.ts, with the terms a hit
 * carries): the part of a key or excerpt the query said, never more.
 */
import { describe, expect, it } from 'vitest';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { highlightSpans } from '../../src/lib/search/highlight.ts';
import { createSearchIndex, searchIndex } from '../../src/lib/search/index.ts';
import { build, table } from '../helpers/notes.ts';

const marked = (text: string, terms: readonly string[]): string =>
  highlightSpans(text, terms)
    .map((span) => (span.mark ? `[${span.text}]` : span.text))
    .join('');

describe('highlightSpans', () => {
  it('marks each matched term, case-insensitively, the longer of two overlapping terms first', () => {
    expect(highlightSpans('Checkpoint dir', ['checkpoint'])).toEqual([
      { text: 'Checkpoint', mark: true },
      { text: ' dir', mark: false },
    ]);
    expect(marked('state.backend.type and state', ['state', 'state.backend'])).toBe('[state.backend].type and [state]');
  });
  it('leaves text without a term of 2 characters or more unmarked', () => {
    expect(highlightSpans('a.b', ['a'])).toEqual([{ text: 'a.b', mark: false }]);
    expect(highlightSpans('', ['state'])).toEqual([]);
  });
});

describe('the terms a hit marks', () => {
  const { registry } = build({
    'c.md': table([
      '| `classloader.resolve-order` | child-first | String | Defines the class resolution strategy when loading classes from user code. |',
      '| `classloader.check-leaked-classloader` | true | Boolean | Fails attempts at loading classes after the job finished. |',
      '| `execution.checkpointing.interval` | (none) | Duration | Gets the interval in which checkpoints are triggered. |',
    ]),
  });
  const index = createSearchIndex(searchDocuments(registry, 'en', null), { glossary: [] });
  const hit = (query: string, key: string) => searchIndex(index, query).find((h) => h.key === key)!;

  it('a prefix being typed marks only what was typed, not the whole key it completes to', () => {
    const found = hit('class', 'classloader.resolve-order');
    expect(marked(found.key, found.terms)).toBe('[class]loader.resolve-order');
    expect(marked(found.description, found.terms)).toBe('Defines the [class] resolution strategy when loading [class]es from user code.');
  });
  it('a key typed whole is marked whole, a corrected typo as the word it was corrected to', () => {
    const whole = hit('classloader.resolve-order', 'classloader.resolve-order');
    expect(marked(whole.key, whole.terms)).toBe('[classloader.resolve-order]');
    const typo = hit('intervall', 'execution.checkpointing.interval');
    expect(marked(typo.key, typo.terms)).toBe('execution.checkpointing.[interval]');
  });
});
