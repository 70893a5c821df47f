/**
 * A lint rule over the merged registry, after remark-lint's habit: one small
 * module per rule, with its id, tested by a fixture showing its message.
 */
import type { RuleId } from '../diagnostics.ts';
import type { Note, Option, SourcePosition } from '../schema.ts';

export interface RuleContext {
  options: readonly Option[];
  notes: readonly Note[];
  report(position: SourcePosition, message: string, hint?: string): void;
}

export interface RegistryRule {
  id: RuleId;
  check(context: RuleContext): void;
}
