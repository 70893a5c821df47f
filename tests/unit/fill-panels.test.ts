import { afterEach, describe, expect, it, vi } from 'vitest';
// Starlight's own panel processing, as its <Tabs> runs it on the rendered panels (not exported: by file, so a
// Starlight upgrade that changes it fails here).

import { processPanels } from '../../node_modules/@astrojs/starlight/dist/user-components/tabs-processor.js';
import { fillPanels, panelPlaceholder, reusableTabs } from '../../src/lib/caches/fill-panels.ts';

// The build caches ask the process's configuration; these tests switch it (CONFREF_CODE_CACHE) per case.
const settings = vi.hoisted(() => ({ codeCache: true }));
vi.mock('../../src/lib/config/env.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/lib/config/env.ts')>();
  return { ...actual, config: () => ({ ...actual.readConfig({}), ...settings }) };
});

// Panels as Expressive Code renders a snippet (with hast-util-to-html, as Starlight writes panels back): a
// figure with highlighted lines and a copy button.
const block = (lang: string, code: string, attribute = code) =>
  `<div class="expressive-code"><figure class="frame"><figcaption class="header"></figcaption><pre data-language="${lang}"><code><div class="ec-line"><div class="code"><span style="--0:#FF7B72;--1:#BF3441">${code}</span></div></div></code></pre><div class="copy"><div aria-live="polite"></div><button title="Copy to clipboard" data-copied="Copied!" data-code="${attribute}"><div></div></button></div></figure></div>`;
const blocks = [
  block('yaml', 'metrics.reporter.&#x3C;name>.class: List&#x3C;String>', 'metrics.reporter.<name>.class: List<String>'),
  block('sql', "SET 'a' = 'b';", 'SET &#x27;a&#x27; = &#x27;b&#x27;;'),
  block('sh', '--conf "$x" &#x26;', '--conf &#x22;$x&#x22; &#x26;'),
];
const item = (label: string, inner: string) => `<starlight-tab-item data-label="${label}">${inner}</starlight-tab-item>`;
const labels = ['YAML', 'SQL', 'CLI'];

describe('FillPanels: the tabs rendered around placeholders, the code put in after', () => {
  it('gives exactly what Starlight makes of the full panels', () => {
    const whole = processPanels(labels.map((label, i) => item(label, blocks[i]!)).join(''), 0);
    const light = processPanels(labels.map((label, i) => item(label, panelPlaceholder(i))).join(''), 0);
    expect(light.panels).toEqual(whole.panels);
    expect(fillPanels(light.html, blocks)).toBe(whole.html);
    // The first panel shown, the others hidden, none made focusable itself (each holds a copy button).
    expect(whole.html.match(/role="tabpanel"( hidden)?>/g)).toEqual([
      'role="tabpanel">',
      'role="tabpanel" hidden>',
      'role="tabpanel" hidden>',
    ]);
  });

  it('fails loudly rather than lose or repeat a panel', () => {
    expect(() => fillPanels('<div></div>', ['a'])).toThrow('placeholder 0 found nowhere');
    expect(() => fillPanels(panelPlaceholder(0).repeat(2), ['a'])).toThrow('placeholder 0 found twice');
  });

  it('takes nothing a panel spells for a placeholder, and leaves a `$` as text', () => {
    const tabs = `<a>A</a><a>B</a><div>${panelPlaceholder(0)}</div><div>${panelPlaceholder(1)}</div>`;
    const spelling = `<button data-code="${panelPlaceholder(1)}${panelPlaceholder(0)}">$& $1 $\`</button>`;
    expect(fillPanels(tabs, [spelling, 'second'])).toBe(`<a>A</a><a>B</a><div>${spelling}</div><div>second</div>`);
  });
});

describe('FillPanels: tabs reused across pages', () => {
  afterEach(() => {
    settings.codeCache = true;
  });

  it("reuses a page's first tab set for the next page with the same labels, never a second set of a page", () => {
    const [one, two, three] = [{}, {}, {}];
    const first = reusableTabs(one, ['A', 'B']);
    expect(first.tabs).toBeUndefined();
    first.remember('<tabs A B>');
    // A second set on the same page is numbered differently and has no inlined scripts: rendered, not reused, not kept.
    const second = reusableTabs(one, ['A', 'B']);
    expect(second.tabs).toBeUndefined();
    second.remember('<second set>');
    expect(reusableTabs(two, ['A', 'B']).tabs).toBe('<tabs A B>');
    // Other labels, other tabs.
    expect(reusableTabs(three, ['A', 'C']).tabs).toBeUndefined();
  });

  it('is off with the code cache (CONFREF_CODE_CACHE=0)', () => {
    settings.codeCache = false;
    const first = reusableTabs({}, ['X']);
    first.remember('<tabs X>');
    expect(reusableTabs({}, ['X']).tabs).toBeUndefined();
  });
});
