import { describe, expect, it } from 'vitest';
import type { UiKey } from '../../src/lib/i18n/ui.ts';
import type { Note, Option } from '../../src/lib/registry/schema.ts';
import {
  historyLine,
  metaDescription,
  oembedHead,
  optionHeadings,
  readableDefinitions,
  sectionTrails,
  translationLabel,
  versionLinks,
  withFragment,
  type VersionData,
} from '../../src/lib/site/option-view.ts';
import { keyHistories } from '../../src/lib/versions/history.ts';
import { build, optionOf, table } from '../helpers/notes.ts';

describe('the facts as shown', () => {
  it('each translation state has its badge label', () => {
    expect((['source', 'translated', 'outdated', 'missing'] as const).map(translationLabel)).toEqual([
      'i18n.source',
      'i18n.translated',
      'i18n.outdated',
      'i18n.untranslated',
    ]);
  });

  it('a fragment is added only when there is an id', () => {
    expect(withFragment('/en/notes/a/', 'state')).toBe('/en/notes/a/#state');
    expect(withFragment('/en/notes/a/', null)).toBe('/en/notes/a/');
    expect(withFragment('/en/notes/a/', '')).toBe('/en/notes/a/');
  });
});

describe('where an option is defined', () => {
  const translations = `---\nlang: zh\nkind: translations\n---\n${table(['| s.a | 甲。 | Alpha. |'], '| 键 | 描述 | 原文哈希 |')}`;
  const result = build({
    'ops/state.md': `# Operations\n\n## State\n\n### Backends\n\n${table(['| s.a | 1 | Integer | Alpha. |'])}`,
    '2.0/ops/state.md': `# Operations\n\n## State\n\n${table(['| s.a | 1 | Integer | Alpha. |'])}`,
    'zh/t.md': translations,
  });
  const byFile = new Map(result.registry.notes.map((note) => [note.file, note]));
  const noteOf = (file: string) => byFile.get(file);
  const unversioned = result.registry.options.find((o) => o.key === 's.a' && o.version === null)!;
  const versioned = result.registry.options.find((o) => o.key === 's.a' && o.version === '2.0')!;

  it('lists the definitions in readable notes, not those in translation tables', () => {
    expect(unversioned.sources.map((source) => source.file)).toEqual(['ops/state.md', 'zh/t.md']);
    expect(readableDefinitions(unversioned, noteOf)).toEqual([{ file: 'ops/state.md', line: 9, column: 3 }]);
  });

  it('links the note and its headings when the note is of the current version', () => {
    expect(sectionTrails(unversioned, noteOf, { lang: 'en', base: '/wiki/', current: null })).toEqual([
      {
        note: { text: 'Operations', href: '/wiki/en/notes/ops-state/' },
        // The note's title is its first heading, `Operations`: said once.
        headings: [
          { text: 'State', href: '/wiki/en/notes/ops-state/#state' },
          { text: 'Backends', href: '/wiki/en/notes/ops-state/#backends' },
        ],
      },
    ]);
  });

  it('links a note of another version to its page under that version', () => {
    expect(sectionTrails(versioned, noteOf, { lang: 'zh', base: '/', current: null })).toEqual([
      {
        note: { text: 'Operations', href: '/zh/v/2.0/notes/ops-state/' },
        headings: [{ text: 'State', href: '/zh/v/2.0/notes/ops-state/#state' }],
      },
    ]);
  });

  it('keeps a first heading other than the note title (a front-matter title)', () => {
    const titled = build({ 'ops/b.md': `---\ntitle: Backends (ops team)\n---\n# Backends\n\n${table(['| s.b | 1 | Integer | Beta. |'])}` });
    const option = titled.registry.options.find((o) => o.key === 's.b')!;
    const note = titled.registry.notes[0]!;
    expect(sectionTrails(option, () => note, { lang: 'en', base: '/', current: null })).toEqual([
      {
        note: { text: 'Backends (ops team)', href: '/en/notes/ops-b/' },
        headings: [{ text: 'Backends', href: '/en/notes/ops-b/#backends' }],
      },
    ]);
  });

  it('leaves a heading unlinked when the note has no heading of that text', () => {
    const note = byFile.get('ops/state.md')!;
    const withoutState: Note = { ...note, blocks: note.blocks.filter((block) => !(block.kind === 'heading' && block.text === 'State')) };
    const trails = sectionTrails(unversioned, (file) => (file === note.file ? withoutState : noteOf(file)), {
      lang: 'en',
      base: '/',
      current: null,
    });
    expect(trails.map((trail) => trail.headings)).toEqual([
      [
        { text: 'State', href: undefined },
        { text: 'Backends', href: '/en/notes/ops-state/#backends' },
      ],
    ]);
  });
});

describe('versions and history', () => {
  const version = (v: string, rows: string[], header?: string) => `---\nversion: "${v}"\n---\n${table(rows, header)}`;
  const withDeprecated = '| Key | Default | Type | Description | Deprecated Keys |';
  const { registry } = build({
    'v1.md': version('1.0', [
      '| a.kept | 1 | Integer | Kept. |',
      '| a.old-name | 1 | Integer | Renamed. |',
      '| a.gone | 1 | Integer | Gone. |',
    ]),
    'v2.md': version('2.0', ['| a.kept | 1 | Integer | Kept. | |', '| a.new-name | 1 | Integer | Renamed. | a.old-name |'], withDeprecated),
    'v3.md': version('3.0', ['| a.kept | 1 | Integer | Kept. | |', '| a.new-name | 1 | Integer | Renamed. | a.old-name |'], withDeprecated),
  });
  const byVersionKey = new Map(registry.options.map((option) => [`${option.version}/${option.key}`, option]));
  const site: VersionData = {
    versions: [null, '1.0', '2.0', '3.0'],
    history: keyHistories(registry),
    optionIn: (v, key) => byVersionKey.get(`${v}/${key}`),
  };
  const hrefOf = (option: Option) => `/${option.version}/${option.key}/`;
  const option = (v: string, key: string) => byVersionKey.get(`${v}/${key}`)!;

  it('links the option in each version it is in, and marks this page', () => {
    expect(versionLinks(option('3.0', 'a.kept'), site, hrefOf)).toEqual([
      { version: null, renamed: false, kind: 'absent' },
      { version: '1.0', renamed: false, kind: 'linked', href: '/1.0/a.kept/' },
      { version: '2.0', renamed: false, kind: 'linked', href: '/2.0/a.kept/' },
      { version: '3.0', renamed: false, kind: 'current' },
    ]);
  });

  it('from the version a key was renamed in on, links the new key, marked as renamed', () => {
    expect(versionLinks(option('1.0', 'a.old-name'), site, hrefOf)).toEqual([
      { version: null, renamed: false, kind: 'absent' },
      { version: '1.0', renamed: false, kind: 'current' },
      { version: '2.0', renamed: true, kind: 'linked', href: '/2.0/a.new-name/' },
      { version: '3.0', renamed: true, kind: 'linked', href: '/3.0/a.new-name/' },
    ]);
    expect(versionLinks(option('2.0', 'a.new-name'), site, hrefOf)).toEqual([
      { version: null, renamed: false, kind: 'absent' },
      { version: '1.0', renamed: false, kind: 'absent' },
      { version: '2.0', renamed: false, kind: 'current' },
      { version: '3.0', renamed: false, kind: 'linked', href: '/3.0/a.new-name/' },
    ]);
  });

  it('a removed key has nothing to link to after its last version', () => {
    expect(versionLinks(option('1.0', 'a.gone'), site, hrefOf).map((link) => link.kind)).toEqual(['absent', 'current', 'absent', 'absent']);
  });

  it('says which imported versions have the key (no "since" the data does not state), how it ended and what it was before', () => {
    const history = (key: string) => historyLine(site.history.get(key)!, site, hrefOf);
    expect(history('a.kept')).toEqual({
      presence: { kind: 'every', from: '1.0', to: '3.0' },
      added: undefined,
      end: undefined,
      formerly: undefined,
    });
    expect(history('a.gone')).toEqual({
      presence: { kind: 'span', from: '1.0', to: '1.0' },
      added: undefined,
      end: { kind: 'removed', by: '2.0' },
      formerly: undefined,
    });
    expect(history('a.new-name')).toEqual({
      presence: { kind: 'span', from: '2.0', to: '3.0' },
      added: { by: '2.0', notIn: '1.0' },
      end: undefined,
      formerly: { by: '2.0', key: 'a.old-name', href: '/1.0/a.old-name/', evidence: 'evidence.deprecated-key', citation: 'v2.md:7' },
    });
    expect(history('a.old-name')).toEqual({
      presence: { kind: 'span', from: '1.0', to: '1.0' },
      added: undefined,
      end: {
        kind: 'renamed',
        by: '2.0',
        key: 'a.new-name',
        href: '/2.0/a.new-name/',
        evidence: 'evidence.deprecated-key',
        citation: 'v2.md:7',
      },
      formerly: undefined,
    });
  });

  it('dates additions and removals only from versions whose keys are all there (the upstream references)', () => {
    const upstream = (v: string, rows: string[]) => `---\nversion: "${v}"\nupstream: true\n---\n${table(rows)}`;
    // 1.5 is a team's hand copy of part of a table: it leaves out b.kept and b.new, which says nothing of either.
    const { registry: partial } = build({
      'v1.md': upstream('1.0', ['| b.kept | 1 | Integer | Kept. |', '| b.gone | 1 | Integer | Gone. |']),
      'copy.md': version('1.5', ['| b.gone | 1 | Integer | Gone. |', '| b.copied | 1 | Integer | Only in the copy. |']),
      'v2.md': upstream('2.0', ['| b.kept | 1 | Integer | Kept. |', '| b.new | 1 | Integer | New. |']),
    });
    const histories = keyHistories(partial);
    const line = (key: string) => historyLine(histories.get(key)!, { optionIn: () => undefined }, hrefOf);
    expect(histories.get('b.kept')!.whole).toEqual(['1.0', '2.0']);
    expect(line('b.kept')).toMatchObject({ presence: { kind: 'every', from: '1.0', to: '2.0' }, added: undefined, end: undefined });
    expect(line('b.new')).toMatchObject({ presence: { kind: 'span', from: '2.0', to: '2.0' }, added: { by: '2.0', notIn: '1.0' } });
    expect(line('b.gone')).toMatchObject({ added: undefined, end: { kind: 'removed', by: '2.0' } });
    // In the copy only: added by 1.5 (not in 1.0, which is whole); not "removed by 2.0", which the copy cannot tell.
    expect(line('b.copied')).toMatchObject({ added: { by: '1.5', notIn: '1.0' }, end: undefined });
  });

  it('says "since" only when the data states it', () => {
    const { registry: stated } = build({
      'v1.md': version('1.0', ['| a.x | 1 | Integer | X. | 0.9 |'], '| Key | Default | Type | Description | Since |'),
      'v2.md': version('2.0', ['| a.x | 1 | Integer | X. |']),
    });
    const history = keyHistories(stated).get('a.x')!;
    expect(history.since).toBe('0.9');
    expect(historyLine(history, { optionIn: () => undefined }, hrefOf).presence).toEqual({ kind: 'since', version: '0.9' });
  });

  it('names the new key without a link when the site has no page for it', () => {
    const line = historyLine(
      site.history.get('a.old-name')!,
      { optionIn: (v, key) => (key === 'a.new-name' ? undefined : site.optionIn(v, key)) },
      hrefOf,
    );
    expect(line.end).toEqual({
      kind: 'renamed',
      by: '2.0',
      key: 'a.new-name',
      href: undefined,
      evidence: 'evidence.deprecated-key',
      citation: 'v2.md:7',
    });
  });
});

describe("the page's head and table of contents", () => {
  const words = Array.from({ length: 30 }, () => 'abcdefghi');
  const result = build({
    'a.md': table([`| s.long | 1 | Integer | ${words.join(' ')}. |`, '| s.short | 1 | Integer | Short. |', '| s.none | 1 | Integer | |']),
  });

  it('the meta description is the shown description, cut at a word to fit', () => {
    expect(metaDescription(optionOf(result, 's.short'), 'en')).toBe('Short.');
    expect(metaDescription(optionOf(result, 's.short'), 'zh')).toBe('Short.');
    expect(metaDescription(optionOf(result, 's.long'), 'en')).toBe(`${words.slice(0, 20).join(' ')}…`);
    expect(metaDescription(optionOf(result, 's.none'), 'en')).toBeUndefined();
  });

  it('offers oEmbed discovery only with an oEmbed address', () => {
    expect(oembedHead('s.a', 'https://wiki.example.com/oembed/en/options/s.a.json')).toEqual([
      {
        tag: 'link',
        attrs: {
          rel: 'alternate',
          type: 'application/json+oembed',
          href: 'https://wiki.example.com/oembed/en/options/s.a.json',
          title: 's.a',
        },
      },
    ]);
    expect(oembedHead('s.a', undefined)).toEqual([]);
  });

  it('lists the table of contents in the page’s order, each optional part only when the page has it', () => {
    const t = (key: UiKey) => `<${key}>`;
    expect(optionHeadings(t, { examples: true, sayings: true, versions: true })).toEqual([
      { depth: 2, slug: 'description', text: '<option.description>' },
      { depth: 2, slug: 'how-to-set', text: '<option.howToSet>' },
      { depth: 2, slug: 'from-the-notes', text: '<option.fromNotes>' },
      { depth: 2, slug: 'in-your-notes', text: '<option.inNotes>' },
      { depth: 2, slug: 'versions', text: '<option.history>' },
      { depth: 2, slug: 'documented', text: '<option.documented>' },
    ]);
    expect(optionHeadings(t, { examples: false }).map((heading) => heading.slug)).toEqual(['description', 'how-to-set', 'documented']);
  });
});
