/**
 * Ends every test run with the plain line CI reads: `N passed, N failed`
 * (and `, N skipped` when tests were skipped, e.g. corpus tests without ../shared).
 * Before it, one line per distinct skip note (`context.skip(note)`), so a run says why tests did not run.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    const notes = new Set<string>();
    for (const module of testModules) {
      // A module or suite whose collection or hooks failed counts as a failure of its own.
      failed += module.errors().length;
      for (const suite of module.children.allSuites()) failed += suite.errors().length;
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === 'passed') passed++;
        else if (result.state === 'failed') failed++;
        else {
          skipped++;
          if (result.state === 'skipped' && result.note) notes.add(result.note);
        }
      }
    }
    const lines = [...notes].sort().map((note) => `skipped: ${note}\n`);
    process.stdout.write(`\n${lines.join('')}${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
