/**
 * Chinese words for Flink's options: Flink's generated option tables are English only, so a Chinese reader who
 * describes a setting (上传jar被拒绝, 消息太大报错) finds an English-only option through the glossary's word-for-word
 * translation or not at all. This table gives each option of Flink 2.1's, 1.20's and 1.11.3's tables a sentence or
 * two of Chinese on what it does and when one changes it, the words Chinese readers type for it, and three questions a
 * reader who needs it would ask (a symptom, a how-to, the concept in everyday words). It was written for this project
 * (docs/search.md, "Chinese words for Flink's options"), and is searched, never shown: a page shows Flink's own
 * description. Build side only: the index carries the words, the browser's code does not.
 */
import { z } from 'zod';
import data from './flink-options-zh.json' with { type: 'json' };
import { nameTerm } from './names.ts';

export const FlinkOptionZhSchema = z
  .object({
    zh: z
      .string()
      .regex(/\p{Script=Han}/u, 'Chinese text')
      .describe('What the option does, in Chinese.'),
    terms: z
      .array(z.string().trim().min(1))
      .min(3)
      .max(8)
      .describe('What a Chinese reader types for it (Chinese, or the English words Chinese engineers keep: keytab, vcores).'),
    questions: z
      .array(z.string().trim().min(1))
      .length(3)
      .describe('What a reader who needs the option asks: a symptom, a how-to, the concept in everyday words.'),
  })
  .strict();
export type FlinkOptionZh = z.infer<typeof FlinkOptionZhSchema>;

export const FlinkOptionsZhSchema = z.object({ $comment: z.string(), options: z.record(z.string().min(1), FlinkOptionZhSchema) }).strict();

let table: ReadonlyMap<string, FlinkOptionZh> | undefined;

/**
 * The shipped table by option key, validated the first time it is asked for (a broken table fails at once, on its
 * first use; a command that builds no Chinese index, `confref export`, does not pay the 1,026 entries' check).
 */
export function flinkOptionsZh(): ReadonlyMap<string, FlinkOptionZh> {
  table ??= new Map(Object.entries(FlinkOptionsZhSchema.parse(data).options));
  return table;
}

/** The Chinese search text of a Flink option, if the table has its key: its sentence, words and questions, as one text. */
export function flinkOptionZh(key: string): string {
  const entry = flinkOptionsZh().get(key);
  return entry ? [entry.zh, ...entry.terms, ...entry.questions].join(' ') : '';
}

/** The Chinese names of a Flink option searched whole (names.ts): its words that have Chinese, as indexed terms, one per line. */
export function flinkOptionNamesZh(key: string): string {
  const entry = flinkOptionsZh().get(key);
  return entry ? [...new Set(entry.terms.flatMap((term) => nameTerm(term) ?? []))].join('\n') : '';
}
