import type { LineCounter, YAMLError } from 'yaml';
import { say } from '../messages.ts';
import { finding } from '../rules.ts';
import { placeAt } from '../positions.ts';
import type { LintFinding } from '../types.ts';

/** yaml's parse errors as `syntax` findings, the first line of each message only (the rest is a source excerpt). */
export function yamlErrors(errors: readonly YAMLError[], counter: LineCounter): LintFinding[] {
  return errors.map((error) =>
    finding(
      'syntax',
      placeAt(counter, error.pos[0]),
      say('syntax.yaml', { error: { yaml: error.code, message: error.message.split('\n')[0]! } }),
      say('syntax.yaml.hint'),
    ),
  );
}
