/**
 * What kind of value a query asks for: a reader who asks 多久 (how long) wants a duration, 多大 (how big) a size or
 * another magnitude, 几次 (how many times) a count, 是否 (whether) a switch. Among look-alike options
 * (`…buffer-debloat.target`, a Duration, beside `…upload.max-in-flight`, a MemorySize), the one whose type answers the
 * question ranks higher (rank.ts, `answerTypes`). Only question words count, and only where they ask: 好几个 is
 * "several", 最多长度 "the longest length", 几个小时 "how many hours" (a duration), 能不能 "can I" (not a switch).
 */

/** Time units after 几 (how many) that make the question one of duration: 几个小时, 几天. */
const TIME_UNIT = '(?:个?小时|个?钟头|天|分钟|秒|毫秒|个?月|个?星期|周)';

/** Each question's words (Chinese and English), with the option types that answer it. */
const QUESTIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [new RegExp(`多久|多长时间|(?:几|多少)${TIME_UNIT}|\\bhow (?:long|often|many (?:hours|minutes|seconds|days)\\b)`, 'i'), ['Duration']],
  // 多大 asks for a magnitude: a size, and as often a number (并行度设多大).
  [/(?<!最)多大|多少内存|多少字节|\bhow (?:big|large|much memory)\b/i, ['MemorySize', 'Integer', 'Long', 'Double']],
  [
    new RegExp(
      `(?<!好)几[个次条份](?!${TIME_UNIT})|多少[个次条份](?!${TIME_UNIT})|\\bhow many\\b(?! (?:hours|minutes|seconds|days)\\b)`,
      'i',
    ),
    ['Integer', 'Long'],
  ],
  [/是否|\bwhether\b/i, ['Boolean']],
];

/** The option types that answer the query's question, if it asks one. */
export function answerTypes(query: string): ReadonlySet<string> | undefined {
  const types = new Set<string>();
  for (const [words, answers] of QUESTIONS) if (words.test(query)) for (const type of answers) types.add(type);
  return types.size > 0 ? types : undefined;
}
