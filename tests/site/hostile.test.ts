/**
 * The hostile fixtures and random notes built as one site: the build
 * finishes, every note has its pages, a note that could not be read shows its
 * source and the diagnostic, and every heading has a non-empty id unique on
 * its page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, inject, it } from 'vitest';
import { fitsKeyGrammar } from '../../src/lib/registry/key-grammar.ts';
import { isReadableNote, RegistrySchema, type Registry } from '../../src/lib/registry/schema.ts';
import { brokenReferences, listFiles, readPages } from '../helpers/dist.ts';

const { dist, base, content, randomNotes } = inject('sites').hostile;
const registry: Registry = RegistrySchema.parse(JSON.parse(readFileSync(join(dist, 'api/registry.json'), 'utf8')));
const pages = listFiles(dist).filter((file) => file.endsWith('.html'));

describe('hostile notes and random notes, built as one site', () => {
  it('holds every note: the fixtures and the random ones', () => {
    const files = registry.notes.map((note) => note.file);
    expect(files.filter((file) => file.startsWith('random-'))).toHaveLength(randomNotes);
    for (const file of [
      'empty-headings.md',
      'comments.md',
      'emphasis-run.md',
      'binary.md',
      'utf16.md',
      'a b.md',
      'a-b.md',
      'UPPER.MD',
      '中文 笔记.md',
      'empty.md',
    ])
      expect(files).toContain(file);
  });

  it('gives every readable note a page in both languages, and notes whose ids collide each their own', () => {
    const readable = registry.notes.filter(isReadableNote);
    for (const note of readable)
      for (const lang of ['en', 'zh']) expect(pages, `${note.file} (${lang})`).toContain(join(dist, lang, 'notes', note.id, 'index.html'));
    expect(
      registry.notes
        .filter((n) => n.file === 'a b.md' || n.file === 'a-b.md')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['a-b', 'a-b-2']);
  });

  it('shows a note over its budget as its source text, with the diagnostic, in both languages', () => {
    for (const [id, file] of [
      ['comments', 'comments.md'],
      ['emphasis-run', 'emphasis-run.md'],
    ] as const) {
      const note = registry.notes.find((n) => n.file === file)!;
      expect(note.failure?.rule).toBe('too-complex');
      for (const lang of ['en', 'zh']) {
        const tree = fromHtml(readFileSync(join(dist, lang, 'notes', id, 'index.html'), 'utf8'));
        const notice = selectAll('.confref-notice--failed', tree);
        expect(notice).toHaveLength(1);
        expect(toString(notice[0]!)).toContain(`${file}:1:1`);
        expect(toString(notice[0]!)).toContain('[too-complex]');
        expect(toString(selectAll('pre.confref-note-source', tree)[0]!)).toBe(readFileSync(join(content, file), 'utf8'));
      }
    }
  });

  it('gives every element id on every page a value, once per page (empty-slug headings get section-<n>)', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const ids = selectAll('[id]', fromHtml(readFileSync(file, 'utf8'))).map((element) => String(element.properties['id']));
      expect(
        ids.filter((id) => id.trim() === ''),
        file,
      ).toEqual([]);
      expect(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        file,
      ).toEqual([]);
    }
    const headings = selectAll(
      'main h2[id], main h3[id]',
      fromHtml(readFileSync(join(dist, 'en/notes/empty-headings/index.html'), 'utf8')),
    ).map((h) => String(h.properties['id']));
    expect(headings).toEqual(['section-2', 'section-3', 'section-4', 'section-5', 'section-6', 'section-7']);
  });

  it('registers only keys that fit the key grammar (rows are conserved: tests/unit/hardening.test.ts)', () => {
    expect(registry.options.length).toBeGreaterThan(0);
    expect(registry.options.map((o) => o.key).filter((key) => !fitsKeyGrammar(key))).toEqual([]);
  });

  it('links only to pages and anchors that exist', () => {
    const broken = brokenReferences(dist, base, readPages(dist, base));
    // Random notes may link to notes and images that do not exist: those are the notes' own links.
    expect(broken.filter((line) => !/random-\d+|\.\.\/x\.png|other\.md/.test(line))).toEqual([]);
  });
});
