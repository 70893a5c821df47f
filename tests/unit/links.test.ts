import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { droppedProtocol, localTarget, siteLinkOf } from '../../src/lib/registry/links.ts';
import { readContent } from '../../src/lib/registry/load.ts';
import { resolveSiteLink, resolveSiteLinks } from '../../src/lib/urls/site-links.ts';
import { build, diagnosticsOf } from '../helpers/notes.ts';

describe('localTarget: relative links and images, from the note’s folder', () => {
  it.each([
    ['ops/a.md', 'other.md', 'link', { kind: 'note', path: 'ops/other.md', id: 'ops-other', fragment: '' }],
    ['ops/a.md', './other.md#Restart-Steps', 'link', { kind: 'note', path: 'ops/other.md', id: 'ops-other', fragment: 'Restart-Steps' }],
    ['ops/a.md', '../x/other.md?plain=1#anchor', 'link', { kind: 'note', path: 'x/other.md', id: 'x-other', fragment: 'anchor' }],
    ['zh/1.20/a.md', 'state.zh.md', 'link', { kind: 'note', path: 'zh/1.20/state.zh.md', id: 'state', fragment: '' }],
    ['a.md', 'my%20notes/%E5%9B%BE.md', 'link', { kind: 'note', path: 'my notes/图.md', id: 'my-notes-图', fragment: '' }],
    ['ops/a.md', '../imgs/x.PNG', 'image', { kind: 'asset', path: 'imgs/x.PNG' }],
    ['ops/a.md', 'img\\a.svg', 'image', { kind: 'asset', path: 'ops/img/a.svg' }],
    ['ops/a.md', 'diagram.webp', 'link', { kind: 'asset', path: 'ops/diagram.webp' }],
    ['ops/a.md', '../../../etc/passwd', 'image', { kind: 'outside', path: '../../../etc/passwd' }],
    ['a.md', '../secret.md', 'link', { kind: 'outside', path: '../secret.md' }],
    ['a.md', 'report.pdf', 'image', { kind: 'not-image', path: 'report.pdf' }],
  ] as const)('%s: %s (%s)', (note, url, use, target) => expect(localTarget(note, url, use)).toEqual(target));

  it.each([
    ['https://flink.apache.org/x.md'],
    ['//cdn.example.com/x.png'],
    ['/abs/x.md'],
    ['#section'],
    ['mailto:a@b.c'],
    ['conf/flink-conf.yaml'],
    ['../folder/'],
    [''],
  ])('%j is not a local target', (url) => expect(localTarget('ops/a.md', url, 'link')).toBeUndefined());

  it('site links do not depend on the base path or the locale', () => {
    expect(siteLinkOf({ kind: 'note', path: 'x/o.md', id: 'x-o', fragment: 'a-b' })).toBe('/_confref/notes/x-o/#a-b');
    expect(siteLinkOf({ kind: 'asset', path: 'imgs/图 1.png' })).toBe('/_confref/assets/imgs/%E5%9B%BE%201.png');
  });
});

describe('resolveSiteLinks: the base path and the page’s locale put in at render time', () => {
  it.each([
    ['/_confref/notes/x-o/#a-b', '/', 'en', '/en/notes/x-o/#a-b'],
    ['/_confref/notes/x-o/', '/wiki/flink/', 'zh', '/wiki/flink/zh/notes/x-o/'],
    ['/_confref/assets/imgs/a%20b.png', '/wiki/flink/', 'zh', '/wiki/flink/note-assets/imgs/a%20b.png'],
    ['/_confref/assets/imgs/a.png', '/', 'en', '/note-assets/imgs/a.png'],
    ['../x.yaml', '/wiki/flink/', 'en', '../x.yaml'],
  ] as const)('%s under %s in %s', (url, base, lang, expected) => expect(resolveSiteLink(url, base, lang)).toBe(expected));

  it('rewrites links and images in HTML, nothing else', () => {
    const html = '<p><a href="/_confref/notes/o/">o</a> <img src="/_confref/assets/i.png" alt="/_confref/notes/x/"> /_confref/notes/y/</p>';
    expect(resolveSiteLinks(html, '/wiki/', 'en')).toBe(
      '<p><a href="/wiki/en/notes/o/">o</a> <img src="/wiki/note-assets/i.png" alt="/_confref/notes/x/"> /_confref/notes/y/</p>',
    );
    expect(resolveSiteLinks('<p>plain</p>', '/wiki/', 'en')).toBe('<p>plain</p>');
  });
});

describe('links in notes', () => {
  const notes = {
    'ops/run.md':
      '# Run\n\nSee [memory](../memory.md#size) and [gone](gone.md).\n\n![arch](img/arch.png) <img src="img/none.png">\n\n[home](https://example.com/) and [x](javascript:alert(1)).\n',
    'memory.md': '# Memory\n\n## Size\n\nHow much.\n',
    'ops/img/arch.png': '',
  };

  it('rewrites links to notes and images in prose and lists the note’s images', () => {
    const result = build(notes);
    const run = result.registry.notes.find((n) => n.file === 'ops/run.md')!;
    expect(run.assets).toEqual(['ops/img/arch.png', 'ops/img/none.png']);
    expect(run.blocks.flatMap((b) => (b.kind === 'prose' ? [b.html] : []))).toEqual([
      '<p>See <a href="/_confref/notes/memory/#size">memory</a> and <a href="/_confref/notes/ops-gone/">gone</a>.</p>',
      '<p><img src="/_confref/assets/ops/img/arch.png" alt="arch"> <img src="/_confref/assets/ops/img/none.png"></p>',
      '<p><a href="https://example.com/">home</a> and <a>x</a>.</p>',
    ]);
    expect(diagnosticsOf(result)).toEqual([
      'memory.md:1:1 info no-options',
      'ops/run.md:1:1 info no-options',
      'ops/run.md:3:37 warning missing-link-target',
      'ops/run.md:5:23 warning missing-link-target',
      'ops/run.md:7:34 warning unsafe-link',
    ]);
    // Only Markdown files are notes.
    expect(result.stats.notes).toBe(2);
  });

  it('droppedProtocol follows the sanitizer: protocols before any / ? #, case as written', () => {
    expect(
      ['javascript:x', 'JAVASCRIPT:x', 'data:image/png;base64,AA', 'tel:123', 'file:///etc/passwd'].map((u) => droppedProtocol(u, 'href')),
    ).toEqual(['javascript', 'JAVASCRIPT', 'data', 'tel', 'file']);
    expect(['https://a', 'mailto:a@b', 'a/b:c', '?q=a:b', '#x:y', 'plain'].map((u) => droppedProtocol(u, 'href'))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(droppedProtocol('mailto:a@b', 'src')).toBe('mailto');
  });
});

describe('readContent lists the content folder’s other files as link targets', () => {
  it('with empty contents, skipping hidden folders and symbolic links', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'confref-links-'));
    try {
      await mkdir(join(dir, 'imgs'));
      await mkdir(join(dir, '.git'));
      await writeFile(join(dir, 'a.md'), '# A\n\n![x](imgs/x.png)\n');
      await writeFile(join(dir, 'imgs', 'x.png'), new Uint8Array([137, 80, 78, 71]));
      await writeFile(join(dir, '.git', 'HEAD'), 'ref');
      await symlink('/etc/hostname', join(dir, 'imgs', 'link.png'));
      const sources = await readContent(dir);
      expect(sources.map((s) => [s.path, s.contents.length])).toEqual([
        ['a.md', 22],
        ['imgs/x.png', 0],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
