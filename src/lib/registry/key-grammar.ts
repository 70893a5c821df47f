/**
 * Flink's key grammar: dot-separated segments, each made of ASCII letters,
 * digits, `-`, `_` and `<placeholder>` parts (`metrics.reporter.<name>.class`,
 * `external-resource.<resource_name>.param.<param>`), or a lone `#`. A key that does not fit
 * is not published; `keyProblem` says why, for the diagnostic.
 */

const PLACEHOLDER = String.raw`<[A-Za-z0-9_-]+>`;
// Flink also writes a whole segment `#` for an index (`partition.fields.#.date-formatter`).
const SEGMENT = String.raw`(?:(?:[A-Za-z0-9_-]|${PLACEHOLDER})+|#)`;
const KEY = new RegExp(String.raw`^${SEGMENT}(?:\.${SEGMENT})*$`);

/** Segments that name an object's prototype machinery: never a key. */
const RESERVED_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

/** A segment of only `-` and `_` (a `| - |` placeholder row, a rule of underscores) names nothing. */
const WORDLESS = /^[-_]+$/;

export function fitsKeyGrammar(key: string): boolean {
  return KEY.test(key) && !key.split('.').some((segment) => RESERVED_SEGMENTS.has(segment) || WORDLESS.test(segment));
}

/** The first segment of `key` that is reserved (`__proto__`, `constructor`, `prototype`), if any. */
export function reservedSegment(key: string): string | undefined {
  return key.split('.').find((segment) => RESERVED_SEGMENTS.has(segment));
}

/** Why `key` is no key (the first reason found), or undefined when it is one. */
export function keyProblem(key: string): string | undefined {
  if (key === '') return 'it is empty';
  if (/[\p{Cc}]/u.test(key)) return 'it holds a control character';
  if (key.includes('\ufffd')) return 'it holds U+FFFD (bytes that were not valid UTF-8)';
  if (/[\p{Cf}\u180e]/u.test(key)) return 'it holds an invisible character (zero-width space or similar)';
  if (/[\s\u3000]/u.test(key)) return 'it holds white space';
  if (/["'`‘’“”]/u.test(key)) return 'it holds quotes';
  if (/[/\\]/.test(key)) return 'it holds a slash or backslash';
  const reserved = reservedSegment(key);
  if (reserved !== undefined) return `its segment "${reserved}" is reserved`;
  if (key.split('.').some((segment) => segment === '')) return 'it has an empty segment (a leading, trailing or doubled `.`)';
  const wordless = key.split('.').find((segment) => WORDLESS.test(segment));
  if (wordless !== undefined) return `its segment ${quoteForMessage(wordless)} has no letter or digit`;
  if (KEY.test(key)) return undefined;
  const rest = key
    .split('.')
    .filter((segment) => segment !== '#')
    .join('.')
    .replace(new RegExp(PLACEHOLDER, 'g'), '');
  const odd = [...new Set([...rest].filter((ch) => !/[A-Za-z0-9_.-]/.test(ch)))];
  return odd.length > 0
    ? `it holds ${odd
        .slice(0, 5)
        .map((ch) => quoteForMessage(ch))
        .join(', ')}, which a key cannot`
    : 'it does not fit the key grammar';
}

const MESSAGE_LIMIT = 160;

/**
 * Text from a note quoted for a message: JSON string syntax with control,
 * invisible and non-character code points escaped (`\u0000`, `\u200b`,
 * `\ufffd`), cut at a length a message can hold.
 */
export function quoteForMessage(text: string): string {
  const chars = [...text];
  const cut = chars.length > MESSAGE_LIMIT ? `${chars.slice(0, MESSAGE_LIMIT).join('')}…` : text;
  return JSON.stringify(cut).replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u180e\ufffd]/gu, (ch) =>
    Array.from({ length: ch.length }, (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}
