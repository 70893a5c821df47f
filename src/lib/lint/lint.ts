/**
 * `confref lint`'s core: a configuration file's text → its settings and
 * the findings about them, against one version's options. Pure (no Node
 * API), so the CLI and the browser share it.
 */
import { lintRead, type LintResult } from './lint-read.ts';
import { readConfig } from './read.ts';
import type { LintReference } from './reference.ts';
import type { InputFormat } from './types.ts';

export type { LintResult };

/** `referenceOf`: as for `lintRead`, the reference for a version a resource names. */
export function lintText(
  text: string,
  format: InputFormat,
  reference: LintReference,
  referenceOf?: (version: string) => LintReference,
): LintResult {
  return lintRead(readConfig(text, format), format, reference, referenceOf);
}
