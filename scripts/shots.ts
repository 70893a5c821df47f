/**
 * `npm run shots`: screenshots of every page type (tests/helpers/page-types.ts) at 320, 390, 768 and 1280 px, light
 * and dark, in both languages, for a person to review; they are not committed. Builds the fixture site
 * (tests/fixtures/site) unless `--dist DIR` names a build of it (at base /wiki/flink/), serves it, and writes
 * `test-results/shots/<lang>-<page>-<width>-<scheme>.png` with Debian's Chromium (CHROMIUM_PATH to use another).
 * The layout test (tests/e2e/layout.test.ts) loads the same pages and checks them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite, root } from '../tests/helpers/astro.ts';
import { launch } from '../tests/helpers/browser.ts';
import { PAGE_TYPES, SCHEMES, WIDTHS } from '../tests/helpers/page-types.ts';
import { serve } from '../tests/helpers/serve.ts';

const base = '/wiki/flink/';
const { values } = parseArgs({ options: { dist: { type: 'string' }, out: { type: 'string' } } });
const out = values.out ?? join(root, 'test-results/shots');
mkdirSync(out, { recursive: true });

let dist = values.dist;
if (dist === undefined) {
  console.log('building the fixture site (tests/fixtures/site)…');
  dist = buildSite({ content: join(root, 'tests/fixtures/site'), base }).dist;
}
const server = await serve(dist, base);
const browser = await launch();
let count = 0;
try {
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
      for (const lang of ['en', 'zh'] as const) {
        for (const type of PAGE_TYPES) {
          const page = await context.newPage();
          await page.goto(`${server.origin}${base}${type.path(lang)}`);
          await page.screenshot({ path: join(out, `${lang}-${type.name}-${width}-${scheme}.png`), fullPage: true });
          await page.close();
          count += 1;
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${count} screenshots in ${out}`);
