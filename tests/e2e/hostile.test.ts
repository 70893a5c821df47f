/**
 * The hostile fixtures' pages in Chromium, in both languages: no dialog, no
 * `window.__xss`, no element injected by a note, nothing hidden.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserAvailable, launch } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

const { dist, base } = inject('sites').hostile;
// The fixtures' own note pages (the random notes are checked as files by tests/site/hostile.test.ts).
const notePages = readdirSync(join(dist, 'en/notes')).filter((id) => !id.startsWith('random-'));

describe.runIf(browserAvailable)('hostile notes in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serve(dist, base);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['en', 'zh'])('%s: no page fires a dialog, sets __xss or gains an element from a note', async (lang) => {
    const context = await browser.newContext();
    const dialogs: string[] = [];
    for (const id of notePages) {
      const page = await context.newPage();
      page.on('dialog', (dialog) => (dialogs.push(`${id}: ${dialog.message()}`), void dialog.dismiss()));
      const response = await page.goto(`${server.origin}${base}${lang}/notes/${encodeURIComponent(id)}/`);
      expect(response?.status(), id).toBe(200);
      const state = await page.evaluate(() => ({
        xss: (window as { __xss?: unknown }).__xss,
        // The site's own scripts are modules it serves (Expressive Code's copy button); a script from a note would be inline or elsewhere.
        injected: document.querySelectorAll(
          `main img[onerror], main script:not([type="module"][src^="${location.pathname.split('/').slice(0, 2).join('/')}/_astro/"]), main iframe, main object, main embed`,
        ).length,
        title: document.title,
        hidden: getComputedStyle(document.body).display === 'none',
      }));
      expect(state, id).toMatchObject({ xss: undefined, injected: 0, hidden: false });
      await page.close();
    }
    await context.close();
    expect(dialogs).toEqual([]);
  });
});
