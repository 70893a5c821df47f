import { describe, expect, it } from 'vitest';
import { linkOptionKeys } from '../../src/lib/site/link-keys.ts';
import { optionSlug } from '../../src/lib/urls/slugs.ts';

const keys = new Set(['state.backend', 'state.backend.async', 'metrics.reporter.<name>.class']);
const hrefOf = (key: string) => (keys.has(key) ? `/en/options/${optionSlug(key)}/` : undefined);

describe('linkOptionKeys', () => {
  it('links keys in code spans and in plain text, the longest key first, not a sentence-ending dot', () => {
    expect(linkOptionKeys('<p>Set <code>state.backend</code> and state.backend.async. Not state.backends.</p>', hrefOf)).toBe(
      '<p>Set <a href="/en/options/state.backend/" class="confref-key-link"><code>state.backend</code></a> and <a href="/en/options/state.backend.async/" class="confref-key-link">state.backend.async</a>. Not state.backends.</p>',
    );
  });
  it('leaves existing links, headings and code blocks alone', () => {
    const html = '<a href="x">state.backend</a><h2>state.backend</h2><pre><code>state.backend: rocksdb</code></pre>';
    expect(linkOptionKeys(html, hrefOf)).toBe(html);
  });
  it('keeps placeholder keys as written', () => {
    expect(linkOptionKeys('<code>metrics.reporter.&#x3C;name>.class</code>', hrefOf)).toBe(
      `<a href="/en/options/${optionSlug('metrics.reporter.<name>.class')}/" class="confref-key-link"><code>metrics.reporter.&#x3C;name>.class</code></a>`,
    );
  });
});

describe('optionSlug', () => {
  it('keeps safe keys, and gives unsafe ones a readable slug with a hash: unique, never leaving its folder', () => {
    expect(optionSlug('state.backend.fs.memory-threshold')).toBe('state.backend.fs.memory-threshold');
    const odd = [
      'metrics.reporter.<name>.class',
      'metrics.reporter.[name].class',
      '../etc/passwd',
      'Key With Spaces',
      '__proto__',
      'A.B',
      'a.b',
    ];
    const slugs = odd.map(optionSlug);
    expect(new Set(slugs).size).toBe(odd.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
    for (const slug of slugs) expect(slug.includes('..')).toBe(false);
  });
});
