/**
 * What kind of value a query asks for: a reader who asks 多久 (how long) wants a duration, 多大 (how big) a size,
 * 几次 (how many times) a count, 是否 (whether) a switch. Among look-alike options (`…buffer-debloat.target`, a
 * Duration, beside `…upload.max-in-flight`, a MemorySize), the one whose type answers the question ranks higher
 * (rank.ts, `answerTypes`). Only question words count: 好几个 (several) asks nothing.
 */

/** Each question's words (Chinese and English), with the option types that answer it. */
const QUESTIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/多久|多长时间|多长|几秒|几分钟|几毫秒|多少秒|多少分钟|多少毫秒|\bhow (?:long|often)\b/i, ['Duration']],
  [/多大|多少内存|多少字节|\bhow (?:big|large|much memory)\b/i, ['MemorySize']],
  [/(?<!好)几[个次条份]|多少[个次条份]|\bhow many\b/i, ['Integer', 'Long']],
  [/是否|要不要|能不能|\bwhether\b/i, ['Boolean']],
];

/** The option types that answer the query's question, if it asks one. */
export function answerTypes(query: string): ReadonlySet<string> | undefined {
  const types = new Set<string>();
  for (const [words, answers] of QUESTIONS) if (words.test(query)) for (const type of answers) types.add(type);
  return types.size > 0 ? types : undefined;
}
