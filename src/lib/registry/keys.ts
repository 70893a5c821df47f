/**
 * Option keys: reading a key cell (formatting, labels and deprecation marks
 * are not part of the key), the group a key belongs to, and the deprecation,
 * replacement and fallback wording of descriptions.
 */
import type { PhrasingContent } from 'mdast';
import { cellText } from './markdown.ts';

const INVISIBLE_CHARS = '[\\u200b-\\u200d\\u2060\\ufeff\\u00ad]';
const LABELS = new Map<string, string>([['batch', 'Batch'], ['streaming', 'Streaming']]);
const DEPRECATION_MARK = /^[([（【]?\s*(?:deprecated|已过期|已经过期|已废弃|已弃用|废弃|弃用)\s*[)\]）】]?$/i;

export interface KeyCell {
  key: string;
  labels: string[];
  deprecated: boolean;
  /** Text in the cell beside the key that is neither a label nor a mark. */
  extraText: string;
  /** Invisible characters were removed from the key. */
  hadInvisible: boolean;
  /** Quotes around the key (`"a.b"`, `“a.b”`) were removed. */
  hadQuotes: boolean;
}

const QUOTED = /^(?:"([^"]+)"|'([^']+)'|“([^”]+)”|‘([^’]+)’)$/u;

/** `"a.b"` → `a.b`: quotes around a key are not part of it. */
function unquote(key: string): { key: string; hadQuotes: boolean } {
  const match = QUOTED.exec(key);
  const inner = match?.slice(1).find((group) => group !== undefined);
  return inner === undefined ? { key, hadQuotes: false } : { key: inner, hadQuotes: true };
}

function containsDelete(nodes: readonly PhrasingContent[]): boolean {
  return nodes.some((node) => node.type === 'delete' || ('children' in node && containsDelete(node.children as PhrasingContent[])));
}

function onlyInlineCode(nodes: readonly PhrasingContent[]): string | undefined {
  const meaningful = nodes.filter((node) => !(node.type === 'text' && node.value.trim() === '') && node.type !== 'html');
  if (meaningful.length !== 1) return undefined;
  const [node] = meaningful;
  if (node!.type === 'inlineCode') return node!.value;
  if ('children' in node! && node!.type !== 'delete') return onlyInlineCode(node!.children as PhrasingContent[]);
  return undefined;
}

/** Reads a key cell: `**key**`, `` `key` ``, `<span>key</span>`, `[key](#key)`, `~~key~~`, `key Batch Streaming`. */
export function readKeyCell(nodes: readonly PhrasingContent[]): KeyCell {
  const deprecatedByStrike = containsDelete(nodes);
  const code = onlyInlineCode(nodes);
  const text = code ?? cellText(nodes);
  const hadInvisible = new RegExp(INVISIBLE_CHARS, 'u').test(text);
  const clean = text.replace(new RegExp(INVISIBLE_CHARS, 'gu'), '').trim();
  if (code !== undefined) {
    return { key: clean, labels: [], deprecated: deprecatedByStrike, extraText: '', hadInvisible, hadQuotes: false };
  }
  const [written = '', ...rest] = clean.split(/\s+/);
  const { key: first, hadQuotes } = unquote(written);
  const labels: string[] = [];
  const extra: string[] = [];
  let deprecated = deprecatedByStrike;
  for (const token of rest) {
    const label = LABELS.get(token.toLowerCase());
    if (label) labels.push(label);
    else if (DEPRECATION_MARK.test(token)) deprecated = true;
    else extra.push(token);
  }
  return { key: first, labels, deprecated, extraText: extra.join(' '), hadInvisible, hadQuotes };
}

/**
 * The group of a key: its first two dotted segments (`state.backend.async` →
 * `state.backend`), or the key itself when it has fewer.
 */
export function groupOfKey(key: string): string {
  const parts = key.split('.');
  return parts.length <= 2 ? key : parts.slice(0, 2).join('.');
}

const KEY_IN_TEXT = String.raw`[\x60'"‘“]?([a-z0-9][\w-]*(?:\.[\w<>*-]+)+)[\x60'"’”]?`;
const DEPRECATED_TEXT = /^[\s*_([（【]*(?:deprecated\b|已过期|已经过期|已废弃|已弃用)|\b(?:this|the) (?:option|config(?:uration)?(?: option)?|parameter|key|setting) (?:is|has been) deprecated|(?:该|此|这个)(?:参数|配置项?|选项)?(?:已过期|已经过期|已废弃|已弃用|已被废弃)/iu;
const REPLACEMENT = new RegExp(String.raw`(?:\buse|\breplaced by|\bin favou?r of|请使用|请改用|改用|替换为|请用|使用)\s*(?:the\s+)?(?:option\s+|配置项?\s*|参数\s*)?` + KEY_IN_TEXT, 'giu');
const FALLBACK = new RegExp(String.raw`fall(?:s)?\s*back to\s+(?:the\s+)?(?:option\s+|value of\s+)?` + KEY_IN_TEXT + String.raw`|回退到\s*` + KEY_IN_TEXT, 'giu');

export interface DescriptionMarks {
  deprecated: boolean;
  replacedBy: string[];
  fallbackKeys: string[];
}

/** Deprecation, replacement and fallback wording in a description's plain text. */
export function readDescriptionMarks(text: string): DescriptionMarks {
  const deprecated = DEPRECATED_TEXT.test(text);
  const replacedBy = deprecated ? [...text.matchAll(REPLACEMENT)].map((m) => trimKey(m[1]!)) : [];
  const fallbackKeys = [...text.matchAll(FALLBACK)].map((m) => trimKey((m[1] ?? m[2])!));
  return { deprecated, replacedBy: [...new Set(replacedBy)], fallbackKeys: [...new Set(fallbackKeys)] };
}

function trimKey(key: string): string {
  return key.replace(/[.,;:]+$/, '');
}
