/** The test helpers other suites lean on: the CLI runner and the note for tests over ../shared. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/astro.ts';
import { confref } from '../helpers/cli.ts';
import { missingNote } from '../helpers/shared.ts';

describe('missingNote', () => {
  it('is undefined for a path that is there', () => {
    expect(missingNote(join(root, 'content'))).toBeUndefined();
  });

  it('names a missing path relative to the project, and in full', () => {
    const path = join(root, '../shared/no-such-corpus');
    expect(missingNote(path)).toBe(`needs ../shared/no-such-corpus, which is missing (${path})`);
  });
});

describe('confref (the CLI helper)', () => {
  it('returns the exit code and both streams', () => {
    const usage = confref('frobnicate');
    expect([usage.status, usage.stdout, usage.stderr.length > 0]).toEqual([2, '', true]);
  });

  it('reads ./content, not a CONFREF_CONTENT from the shell that ran the tests', () => {
    const saved = process.env['CONFREF_CONTENT'];
    process.env['CONFREF_CONTENT'] = join(root, 'tests/fixtures/rules/missing-key');
    try {
      const { status, stderr } = confref('check');
      // The fixture's notes have errors (exit 1); the bundled content has warnings only.
      expect([status, /^4 notes, 10 options from 30 table rows; 0 errors, 13 warnings/m.test(stderr)]).toEqual([0, true]);
    } finally {
      if (saved === undefined) delete process.env['CONFREF_CONTENT'];
      else process.env['CONFREF_CONTENT'] = saved;
    }
  });
});
