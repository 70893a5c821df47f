/**
 * Which of confref's locales a text is written in, from its script: Chinese
 * when Han characters make up at least a fifth of its letters (a Chinese
 * sentence is short in characters and often holds English identifiers),
 * English when it has Latin letters otherwise, undefined with no letters.
 */
import type { Locale } from '../registry/schema.ts';

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

export function detectTextLocale(text: string): Locale | undefined {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (han + latin === 0) return undefined;
  return han >= 0.2 * (han + latin) ? 'zh' : 'en';
}
