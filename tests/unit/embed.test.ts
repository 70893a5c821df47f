import { describe, expect, it } from 'vitest';
import { apiSlugs } from '../../src/lib/export/api.ts';
import { estimatedHeight, oembed } from '../../src/lib/embed/oembed.ts';
import { isPlainKey } from '../../src/lib/urls/plain-key.ts';
import { optionSlug } from '../../src/lib/urls/slugs.ts';

describe('oEmbed', () => {
  it('is a rich embed whose iframe escapes its attributes', () => {
    expect(
      oembed({
        title: 'a"<b>&c',
        src: 'https://wiki.example.com/embed/en/options/a/?x=1&y="2"',
        providerUrl: 'https://wiki.example.com/en/',
        description: 'Short.',
      }),
    ).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'a"<b>&c',
      provider_name: 'confref',
      provider_url: 'https://wiki.example.com/en/',
      html: '<iframe src="https://wiki.example.com/embed/en/options/a/?x=1&#x26;y=&#x22;2&#x22;" title="a&#x22;<b>&#x26;c" width="560" height="172" loading="lazy" style="border:0;width:100%;max-width:560px"></iframe>',
      width: 560,
      height: 172,
    });
  });

  it('estimates the height from the description, Han characters counting double, capped at 600 px', () => {
    expect(estimatedHeight('')).toBe(172);
    expect(estimatedHeight('x'.repeat(140))).toBe(150 + 2 * 22);
    expect(estimatedHeight('快'.repeat(70))).toBe(150 + 2 * 22);
    expect(estimatedHeight('x'.repeat(100_000))).toBe(600);
  });
});

describe('file names of keys', () => {
  it('plain keys are their own file name; the slug map lists only the others, each to its slug', () => {
    const keys = ['state.backend.type', 'metrics.reporter.<name>.class', 'a..b', 'Upper.Case', 'x'.repeat(121)];
    expect(keys.map(isPlainKey)).toEqual([true, false, false, false, false]);
    expect(keys.filter(isPlainKey).map(optionSlug)).toEqual(['state.backend.type']);
    const map = apiSlugs(
      keys.map((key) => ({ key, group: key.split('.').slice(0, 2).join('.'), version: '2.1' })),
      '2.1',
    );
    expect(Object.keys(map.options)).toEqual(['Upper.Case', 'a..b', 'metrics.reporter.<name>.class', 'x'.repeat(121)]);
    for (const [key, slug] of Object.entries(map.options)) expect(slug).toBe(optionSlug(key));
    // Groups are the keys' first two segments: `a.` (of `a..b`) is a plain name, `Upper.Case` and the 121 x's are not.
    expect(map.groups).toEqual({ 'Upper.Case': 'upper.case--cee5d8c7', ['x'.repeat(121)]: `${'x'.repeat(80)}--79072a47` });
    expect([map.current, map.versions]).toEqual(['2.1', {}]);
  });

  it('lists every version but the current one with its folder, and keys of every version', () => {
    const map = apiSlugs(
      [
        { key: 'a.b', group: 'a', version: '2.1' },
        { key: 'old.<x>', group: 'old', version: '1.20 LTS' },
        { key: 'c.d', group: 'c', version: '1.11.3' },
      ],
      '2.1',
    );
    expect(map.current).toBe('2.1');
    expect(map.versions).toEqual({ '1.11.3': '1.11.3', '1.20 LTS': optionSlug('1.20 LTS') });
    expect(Object.keys(map.options)).toEqual(['old.<x>']);
  });
});
