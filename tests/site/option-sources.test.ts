/**
 * Option pages of notes that overlap (tests/fixtures/overlapping-notes): each
 * lists every note that defines its key, marks where the sources disagree,
 * and sets only values valid for the type in its snippets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadRegistry } from '../../src/lib/registry/load.ts';
import { LOCALES, type Option } from '../../src/lib/registry/schema.ts';
import { optionSlug } from '../../src/lib/urls/slugs.ts';
import { root } from '../helpers/astro.ts';

const { dist } = inject('sites').overlapping;
const content = join(root, 'tests/fixtures/overlapping-notes');
let options: Option[] = [];

beforeAll(async () => {
  options = (await loadRegistry(content, { threads: 0, budget: { baseMs: 0, msPerMiB: 0, memoryMiB: 0 } })).registry.options;
});

function page(lang: string, option: Option): Root {
  return fromHtml(readFileSync(join(dist, lang, 'options', optionSlug(option.key), 'index.html'), 'utf8'));
}

/** The text of the fact whose label is the n-th <dt> matching `label`. */
function fact(tree: Root, index: number): string {
  const values = selectAll('dl.confref-facts > dd', tree);
  return toText(values[index]!).replace(/\s+/g, ' ').trim();
}

describe('option pages over overlapping notes', () => {
  it('the fixture has what the page must show: agreement, disagreement, an invalid value, a misspelling, Chinese', () => {
    const keys = (pick: (o: Option) => boolean) => options.filter(pick).map((o) => o.key);
    expect(keys((o) => o.definitions.length >= 2).length).toBeGreaterThanOrEqual(5);
    expect(keys((o) => o.resolved.default === 'disagree')).toEqual([
      'execution.checkpointing.interval',
      'state.backend.type',
      'state.savepoints.dir',
    ]);
    expect(keys((o) => o.resolved.type === 'disagree')).toEqual(['taskmanager.memory.managed.fraction']);
    expect(options.some((o) => o.definitions.some((d) => d.default?.kind === 'invalid'))).toBe(true);
    expect(options.some((o) => o.definitions.some((d) => d.locale === 'zh'))).toBe(true);
  });

  it('lists every note that defines the key, linked to its row, in both languages', () => {
    for (const lang of LOCALES) {
      for (const option of options) {
        const tree = page(lang, option);
        const listed = selectAll('ul.confref-sayings > li', tree).map((item) => {
          const link = select('.confref-saying-head a', item)!;
          return { place: toText(select('.confref-place', item)!).trim(), href: String(link.properties['href']) };
        });
        const notes = option.definitions.filter((d) => d.kind === 'note');
        expect(
          listed.map((entry) => entry.place),
          `${lang} ${option.key}`,
        ).toEqual(notes.map((d) => `${d.source.file}:${d.source.line}`));
        for (const entry of listed) expect(entry.href, `${lang} ${option.key}`).toMatch(new RegExp(`^/o/${lang}/notes/[^/]+/#.+$`));
      }
    }
  });

  it('marks a disagreement on the default or type, with every value and its sources, and shows no value there', () => {
    for (const lang of LOCALES) {
      for (const option of options) {
        const tree = page(lang, option);
        for (const disagreement of option.disagreements.filter((d) => d.field !== 'required')) {
          const index = disagreement.field === 'type' ? 0 : option.enumValues.length > 0 ? 2 : 1;
          const text = fact(tree, index);
          const resolution = option.resolved[disagreement.field];
          const badge = selectAll('dl.confref-facts > dd', tree)[index]!;
          if (resolution === 'disagree') {
            expect(select('.confref-badge--disagree', badge), `${lang} ${option.key} ${disagreement.field}`).toBeDefined();
            for (const value of disagreement.values) {
              expect(text).toContain(value.value === 'none' && lang === 'zh' ? '无' : value.value);
              for (const source of value.sources) expect(text).toContain(`${source.file}:${source.line}`);
            }
          } else {
            expect(select('.confref-badge--differs', badge), `${lang} ${option.key} ${disagreement.field}`).toBeDefined();
          }
        }
      }
    }
  });

  it("shows a note's own default only where it differs: written otherwise with the same value is no difference", () => {
    const sayings = (key: string) =>
      selectAll(
        'ul.confref-sayings > li',
        page(
          'en',
          options.find((o) => o.key === key)!,
        ),
      ).map((item) => ({
        place: toText(select('.confref-place', item)!).trim(),
        own: select('.confref-facts--small code', item) ? toText(select('.confref-facts--small code', item)!) : null,
      }));
    // `65536 kb` and `64 mb` are one value: the notes agree.
    expect(sayings('state.backend.rocksdb.writebuffer.size')).toEqual([
      { place: 'oncall-cheatsheet.md:12', own: null },
      { place: 'rocksdb-tuning.md:12', own: null },
      { place: 'sre-runbook.md:10', own: null },
      { place: 'sre-runbook.md:24', own: null },
    ]);
    // Where the notes disagree, each says its own.
    expect(sayings('state.backend.type')).toEqual([
      { place: 'oncall-cheatsheet.md:10', own: 'hashmap' },
      { place: 'platform-defaults.md:7', own: 'rocksdb' },
      { place: 'rocksdb-tuning.md:9', own: 'hashmap' },
      { place: 'sre-runbook.md:9', own: 'hashmap' },
    ]);
  });

  it('sets only values valid for the type in the snippets: never an invalid default or an expression', () => {
    for (const option of options) {
      const snippets = selectAll('.expressive-code pre', page('en', option))
        .map((pre) => toText(pre))
        .join('\n');
      expect(snippets, option.key).toContain(option.key.includes('<') ? '' : option.key.split('.').at(-1)!);
      for (const definition of option.definitions) {
        const raw = definition.default?.raw;
        if (raw && (definition.default!.kind === 'invalid' || definition.default!.kind === 'expression')) {
          expect(snippets, `${option.key}: ${raw}`).not.toContain(raw);
        }
      }
    }
  });
});
