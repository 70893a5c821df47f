import { describe, expect, it } from 'vitest';
import { locatePage } from '../../src/lib/site/page-location.ts';
import { optionSlug } from '../../src/lib/urls/slugs.ts';

const site = { versions: [null, '1.20 LTS', '2.1'], current: null };

describe('locatePage: a page learns its locale, version and kind from its path', () => {
  it('reads the plain paths as the current version', () => {
    expect(locatePage('/', '/zh/options/state.backend.type/', site)).toEqual({
      lang: 'zh',
      version: null,
      kind: 'option',
      slug: 'state.backend.type',
    });
    expect(locatePage('/', '/en/', site)).toEqual({ lang: 'en', version: null, kind: 'home', slug: null });
  });

  it('reads a version folder by its slug, under a base', () => {
    expect(locatePage('/wiki/flink/', '/wiki/flink/en/v/2.1/groups/state.backend/', site)).toEqual({
      lang: 'en',
      version: '2.1',
      kind: 'group',
      slug: 'state.backend',
    });
    expect(locatePage('/wiki/', `/wiki/en/v/${optionSlug('1.20 LTS')}/search/`, site)).toMatchObject({
      version: '1.20 LTS',
      kind: 'search',
    });
    expect(locatePage('/wiki/', '/wiki/zh/v/2.1/check/', site)).toEqual({ lang: 'zh', version: '2.1', kind: 'check', slug: null });
  });

  it('keeps a note id with slashes whole, and calls anything else "other"', () => {
    expect(locatePage('/', '/en/v/2.1/notes/ops/memory/', site)).toMatchObject({ version: '2.1', kind: 'note', slug: 'ops/memory' });
    expect(locatePage('/', '/en/glossary/', site)).toMatchObject({ kind: 'other', slug: null });
    expect(locatePage('/', '/en/diff/1.20..2.1/', site)).toMatchObject({ version: null, kind: 'other' });
  });

  it('takes an unknown version folder as another page of the current version, never as a version', () => {
    expect(locatePage('/', '/en/v/9.9/options/x/', site)).toMatchObject({ version: null, kind: 'other' });
  });
});
