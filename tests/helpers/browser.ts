/**
 * Debian's Chromium driven by playwright-core (no browser download). Browser
 * tests need `chromium` (and `fonts-noto-cjk` for Chinese); .ci/run installs both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Outside CI a machine without Chromium skips the browser tests (saying so); in CI they must run. */
export const browserAvailable = existsSync(CHROMIUM) || process.env['CI'] === 'true';
if (!existsSync(CHROMIUM) && process.env['CI'] !== 'true') {
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH)`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core's WCAG 2 A/AA violations, of every impact; with `bestPractice`, also those of axe's best-practice rules
 * (a page's heading order and its level-one heading, empty table headers, landmarks).
 */
export async function axeViolations(page: Page, { bestPractice = false } = {}): Promise<AxeViolation[]> {
  // Expressive Code makes a code block that scrolls sideways focusable (tabindex, role=region) from a ResizeObserver,
  // 250 ms after a resize; a test that has just resized the page waits for that, as a reader would meet the page.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.expressive-code pre')].every(
      (pre) => pre.scrollWidth > pre.clientWidth === pre.hasAttribute('tabindex'),
    ),
  );
  await page.addScriptTag({ content: axeSource });
  const tags = bestPractice ? [...WCAG, 'best-practice'] : WCAG;
  return page.evaluate(async (values) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            options: object,
          ) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  }, tags);
}

/** axe-core's WCAG 2 A/AA violations of impact serious or critical. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
