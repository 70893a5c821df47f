/**
 * Flink's deprecated and fallback keys, shipped with confref. Flink's
 * generated option tables leave deprecated keys out, so a diff of two
 * imported versions cannot see that `state.checkpoints.dir` lives on as a
 * deprecated key of `execution.checkpointing.dir`; this table, read from the
 * `withDeprecatedKeys(...)` / `withFallbackKeys(...)` calls of Flink's option
 * classes, can. Each entry names its class, field and the Flink release it
 * was checked against, so anyone can look it up.
 */
import { z } from 'zod';
import data from './flink-deprecated-keys.json' with { type: 'json' };

export const FlinkKeySourceSchema = z
  .object({
    class: z.string().regex(/^[A-Z]\w*Options$/, 'a Flink option class, e.g. CheckpointingOptions'),
    field: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'the ConfigOption field, e.g. CHECKPOINTS_DIRECTORY'),
    file: z.string().endsWith('.java').describe("The class's source file in apache/flink."),
    flinkVersion: z
      .string()
      .regex(/^\d+\.\d+(\.\d+)?$/)
      .describe('The Flink release the declaration was read from and checked against.'),
  })
  .strict();

export const FlinkDeprecatedKeySchema = z
  .object({
    key: z.string().min(1).describe('The current key.'),
    oldKeys: z.array(z.string().min(1)).min(1).describe('The keys Flink still reads for it, in declaration order.'),
    kind: z.enum(['deprecated', 'fallback']).describe('withDeprecatedKeys or withFallbackKeys.'),
    source: FlinkKeySourceSchema,
  })
  .strict();
export type FlinkDeprecatedKey = z.infer<typeof FlinkDeprecatedKeySchema>;

export const FlinkDeprecatedKeysSchema = z.object({ $comment: z.string(), entries: z.array(FlinkDeprecatedKeySchema).min(1) }).strict();

/** The shipped table, validated when first imported (a broken table fails at once, not on some page). */
export const FLINK_DEPRECATED_KEYS: readonly FlinkDeprecatedKey[] = FlinkDeprecatedKeysSchema.parse(data).entries;

/** An entry's source as a reader checks it: `CheckpointingOptions.CHECKPOINTS_DIRECTORY (Flink 1.20)`. */
export function citeFlinkSource(entry: FlinkDeprecatedKey): string {
  return `${entry.source.class}.${entry.source.field} (Flink ${entry.source.flinkVersion})`;
}
