/**
 * Summaries of long descriptions (registry/cut-text.ts, export/summary.ts):
 * cut between characters and, where it can, between words; the HTML stays
 * well-formed and sanitized, entities and tags whole, and it links to the
 * whole text.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeDescription } from '../../src/lib/export/summary.ts';
import { characterCount, cutIndex, cutText } from '../../src/lib/registry/cut-text.ts';

const more = { href: '/en/options/a.b/', label: 'Read the whole description' };

describe('cutText', () => {
  it('keeps a text within the budget as it is', () => {
    expect(cutText('short text', 10)).toEqual({ text: 'short text', cut: false });
    expect(cutText('快'.repeat(10), 10)).toEqual({ text: '快'.repeat(10), cut: false });
    // Ten characters in more than ten UTF-16 units still fit.
    expect(cutText('🧪'.repeat(10), 10)).toEqual({ text: '🧪'.repeat(10), cut: false });
  });

  it('cuts at the last space within the last tenth of the budget, else at the budget', () => {
    // 102 characters end inside the 21st word; the space before it is within the last ten.
    expect(cutText('word '.repeat(30), 102)).toEqual({ text: `${Array.from({ length: 20 }, () => 'word').join(' ')}…`, cut: true });
    expect(cutText('abcdefghijklmnopqrstuvwxyz', 10)).toEqual({ text: 'abcdefghij…', cut: true });
    // The space is more than a tenth of the budget back: the word is cut.
    expect(cutText(`ab ${'c'.repeat(100)}`, 50)).toEqual({ text: `ab ${'c'.repeat(47)}…`, cut: true });
    expect(cutText(`${'a'.repeat(95)} bcdefghij`, 100)).toEqual({ text: `${'a'.repeat(95)}…`, cut: true });
  });

  it('cuts Chinese between characters, and never splits a surrogate pair, an emoji sequence or a combining mark', () => {
    expect(cutText('检查点的间隔时间决定了恢复的速度', 5)).toEqual({ text: '检查点的间…', cut: true });
    expect(cutText('🧪🔥🧪🔥', 3)).toEqual({ text: '🧪🔥🧪…', cut: true });
    const family = '👩‍👩‍👧';
    expect(cutText(`${family}${family}${family}`, 2)).toEqual({ text: `${family}${family}…`, cut: true });
    expect(cutText('e\u0301e\u0301e\u0301', 2)).toEqual({ text: 'e\u0301e\u0301…', cut: true });
    expect(characterCount(`${family}e\u0301快🔥`)).toBe(4);
  });

  it('looks at a window of a very long text only, and always stays within the budget', () => {
    const long = 'word '.repeat(1_000_000);
    const cut = cutText(long, 4000);
    expect(cut.cut).toBe(true);
    expect(characterCount(cut.text)).toBeLessThanOrEqual(4001);
    expect(cutIndex(long, 4000)).toBe(3999);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 1, max: 120 }), (text, budget) => {
        const { text: out, cut } = cutText(text, budget);
        expect(cut).toBe(characterCount(text) > budget);
        if (!cut) {
          expect(out).toBe(text);
          return;
        }
        expect(out.endsWith('…')).toBe(true);
        const kept = out.slice(0, -1);
        expect(text.startsWith(kept)).toBe(true);
        expect(characterCount(kept)).toBeLessThanOrEqual(budget);
        // The cut falls between characters.
        expect(characterCount(kept) + characterCount(text.slice(kept.length))).toBe(characterCount(text));
      }),
    );
  });
});

describe('summarizeDescription', () => {
  it('gives a short description back as it is', () => {
    const description = { html: '<p>Short <code>a.b</code>.</p>', text: 'Short a.b.' };
    expect(summarizeDescription(description, 100, more)).toEqual({ ...description, truncated: false });
  });

  it('bounds HTML whose text is short: a link with a huge URL is dropped, the text kept, the link to the whole text added', () => {
    const url = `https://example.org/${'a'.repeat(200_000)}`;
    const summary = summarizeDescription({ html: `<p>See <a href="${url}">x</a> and more.</p>`, text: 'See x and more.' }, 100, more);
    expect(summary.truncated).toBe(true);
    expect(summary.text).toBe('See x and more.');
    expect(summary.html.length).toBeLessThan(100 * 16 + 1024);
    expect(summary.html).toContain('<a href="/en/options/a.b/">Read the whole description</a>');
  });

  it('cuts the HTML as a tree: open elements closed, the ellipsis and the link to the whole text at the end', () => {
    const html =
      '<p>Use <strong>bold <em>words</em> here</strong> and <a href="https://example.org/x">a link</a> then more text.</p><p>Second paragraph.</p>';
    const text = 'Use bold words here and a link then more text.\nSecond paragraph.';
    // The text backs off to the space before "here"; the HTML is cut by its text nodes, at the same place here.
    expect(summarizeDescription({ html, text }, 15, more)).toEqual({
      html: '<p>Use <strong>bold <em>words</em></strong>… <a href="/en/options/a.b/">Read the whole description</a></p>',
      text: 'Use bold words…',
      truncated: true,
    });
  });

  it('never cuts inside an entity or a tag, and entities come back as text', () => {
    const html = `<p>${'&amp;&lt;&#x3C;'.repeat(10)}<code class="language-yaml">x &gt; y</code></p>`;
    const text = `${'&<<'.repeat(10)}x > y`;
    const summary = summarizeDescription({ html, text }, 7, more);
    expect(summary.html).toBe(
      '<p>&#x26;&#x3C;&#x3C;&#x26;&#x3C;&#x3C;&#x26;… <a href="/en/options/a.b/">Read the whole description</a></p>',
    );
    expect(summary.text).toBe('&<<&<<&…');
  });

  it('cuts Chinese and emoji between characters', () => {
    const html = '<p>检查点🧪的间隔<b>时间决定了</b>恢复的速度</p>';
    const summary = summarizeDescription({ html, text: '检查点🧪的间隔时间决定了恢复的速度' }, 9, more);
    expect(summary.html).toBe('<p>检查点🧪的间隔<b>时间</b>… <a href="/en/options/a.b/">Read the whole description</a></p>');
    expect(summary.text).toBe('检查点🧪的间隔时间…');
  });

  it('after a block that is not a paragraph, the link follows the kept blocks', () => {
    const html = '<ul><li>one</li><li>two three four</li></ul>';
    expect(summarizeDescription({ html, text: 'one\ntwo three four' }, 6, more).html).toBe(
      '<ul><li>one</li><li>two</li></ul>… <a href="/en/options/a.b/">Read the whole description</a>',
    );
  });

  it('stays sanitized and well-formed on a 5 MB description, reading a window of it', () => {
    const unit = '<p>Flush <b>often</b> &amp; <code>early</code>, 检查点 🧪 <a href="https://example.org/">docs</a>.</p>';
    const html = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const text = toString(fromHtml(unit, { fragment: true })).repeat(Math.ceil(5_000_000 / unit.length));
    const summary = summarizeDescription({ html, text }, 4000, more);
    expect(summary.truncated).toBe(true);
    expect(summary.html.length).toBeLessThan(40_000);
    const tree = fromHtml(summary.html, { fragment: true });
    // Well-formed: serialising the parsed summary gives it back unchanged.
    expect(toHtml(tree)).toBe(summary.html);
    expect(characterCount(toString(tree))).toBeLessThanOrEqual(4000 + 2 + more.label.length);
    expect(selectAll('a', tree).at(-1)?.properties['href']).toBe(more.href);
    expect(selectAll('script, style, [onclick], [onerror]', tree)).toEqual([]);
  });

  it('sanitizes what it keeps, and a window cut inside a tag drops that tag', () => {
    // Descriptions are sanitized already; the summary is sanitized again on its own.
    const html = `<p>x<img src="x" onerror="alert(1)">${'y'.repeat(50)}</p>`;
    const summary = summarizeDescription({ html, text: `x${'y'.repeat(50)}` }, 10, more);
    expect(summary.html).toBe(`<p>x<img src="x">${'y'.repeat(9)}… <a href="/en/options/a.b/">Read the whole description</a></p>`);
    // Past the window (16 characters of HTML per character of budget, plus 1,024), a tag the window ends in is dropped.
    const cutInTag = summarizeDescription(
      {
        html: `<p>zzzzz<a href="https://example.org/${'q'.repeat(5000)}">link</a>${'w'.repeat(50)}</p>`,
        text: `zzzzzlink${'w'.repeat(50)}`,
      },
      10,
      more,
    );
    expect(cutInTag).toEqual({
      html: '<p>zzzzz… <a href="/en/options/a.b/">Read the whole description</a></p>',
      text: 'zzzzzlinkw…',
      truncated: true,
    });
  });
});
