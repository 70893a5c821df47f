import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/astro.ts';
import { browserAvailable, launch } from '../helpers/browser.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';

describe.runIf(browserAvailable)('astro dev', () => {
  const content = mkdtempSync(join(tmpdir(), 'confref-content-'));
  let dev: DevServer;

  beforeAll(async () => {
    cpSync(join(root, 'content'), content, { recursive: true });
    dev = await startDevServer(content);
  });
  afterAll(async () => dev?.stop());

  it("prints the notes' diagnostics with file:line:col", () => {
    expect(dev.log()).toMatch(
      /checkpointing\.md:38:306 warning Description of "taskmanager\.state\.local\.root-dirs" ends with "Related Config Options"/,
    );
  });

  it('reloads an open page by itself when a note changes (the latency is measured in npm run bench)', async () => {
    const browser = await launch();
    const page = await browser.newPage();
    await page.goto(`${dev.origin}/en/options/state.backend/`);
    await expect(page.locator('.confref-description').innerText()).resolves.toBe(
      'The state backend to be used to store and checkpoint state.',
    );
    const note = join(content, 'checkpointing.md');
    writeFileSync(
      note,
      readFileSync(note, 'utf8').replace(
        'The state backend to be used to store and checkpoint state.',
        'The state backend, edited while the page is open.',
      ),
    );
    await page.waitForFunction(
      () => document.querySelector('.confref-description')?.textContent?.includes('edited while the page is open'),
      null,
      { timeout: 15_000 },
    );
    await browser.close();
  });
});
