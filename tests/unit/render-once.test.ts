import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepRendered, renderedBefore } from '../../src/lib/site/render-once.ts';
import { sidebarGroupCount, sidebarMarksPage, type SidebarEntry } from '../../src/lib/site/sidebar.ts';

// Sidebars as Starlight's route data holds them.
const link = (isCurrent = false): SidebarEntry => ({ type: 'link', isCurrent });
const group = (...entries: SidebarEntry[]): SidebarEntry => ({ type: 'group', entries });

describe('sidebar parts rendered once per build', () => {
  afterEach(() => vi.unstubAllEnvs());

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
    vi.stubEnv('CONFREF_CODE_CACHE', '0');
    expect(renderedBefore('k1')).toBeUndefined();
    keepRendered('k3', '<ul>three</ul>');
    vi.unstubAllEnvs();
    expect(renderedBefore('k3')).toBeUndefined();
  });
});
