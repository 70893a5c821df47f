import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepRendered, renderedBefore } from '../../src/lib/caches/render-once.ts';
import { sidebarGroupCount, sidebarMarksPage, type SidebarEntry } from '../../src/lib/caches/shared-sidebar.ts';

// The build caches ask the process's configuration; these tests switch it (CONFREF_CODE_CACHE) per case.
const settings = vi.hoisted(() => ({ codeCache: true }));
vi.mock('../../src/lib/config/env.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/lib/config/env.ts')>();
  return { ...actual, config: () => ({ ...actual.readConfig({}), ...settings }) };
});

// Sidebars as Starlight's route data holds them.
const link = (isCurrent = false): SidebarEntry => ({ type: 'link', isCurrent });
const group = (...entries: SidebarEntry[]): SidebarEntry => ({ type: 'group', entries });

describe('sidebar parts rendered once per build', () => {
  afterEach(() => {
    settings.codeCache = true;
  });

  it('tells a sidebar that marks its page (on one page only) from one that marks none (shared)', () => {
    expect(sidebarMarksPage([link(), group(link(), link())])).toBe(false);
    expect(sidebarMarksPage([link(), group(link(), link(true))])).toBe(true);
    expect(sidebarMarksPage([link(true)])).toBe(true);
    expect(sidebarMarksPage([group(group(group(link(true))))])).toBe(true);
    expect(sidebarMarksPage([])).toBe(false);
  });

  it('counts groups as Starlight numbers them, nested ones included', () => {
    expect(sidebarGroupCount([link(), group(link()), group(group(link()), link())])).toBe(3);
    expect(sidebarGroupCount([link()])).toBe(0);
  });

  it('keeps HTML by key, and keeps nothing with CONFREF_CODE_CACHE=0', () => {
    expect(renderedBefore('k1')).toBeUndefined();
    keepRendered('k1', '<ul>one</ul>');
    expect(renderedBefore('k1')).toBe('<ul>one</ul>');
    expect(renderedBefore('k2')).toBeUndefined();
    settings.codeCache = false;
    expect(renderedBefore('k1')).toBeUndefined();
    keepRendered('k3', '<ul>three</ul>');
    settings.codeCache = true;
    expect(renderedBefore('k3')).toBeUndefined();
  });
});
