/**
 * Option keys: reading a key cell (formatting, labels and deprecation marks
 * are not part of the key), the group a key belongs to, and the deprecation,
 * replacement and fallback wording of descriptions.
 */
import type { PhrasingContent } from 'mdast';
import { literalMarkers } from './cell-text.ts';
import { closingTagNames, FORMATTING_TAGS, htmlNodesIn, isComment, isPlaceholderTag, STRIKE_TAGS, tagOf } from './cell-html.ts';

const LABELS = new Map<string, string>([
  ['batch', 'Batch'],
  ['streaming', 'Streaming'],
  ['批', 'Batch'],
  ['批处理', 'Batch'],
  ['流', 'Streaming'],
  ['流处理', 'Streaming'],
]);
const LABEL_WORDS = String.raw`batch|streaming|批处理|流处理|批|流`;
/** Labels in brackets, one or more: `(Batch)`, `[Streaming]`, `（批）`, `(Batch, Streaming)`, `【批/流】`. */
const BRACKETED_LABELS = new RegExp(String.raw`[(\[（【]\s*((?:${LABEL_WORDS})(?:\s*[,，、/|]\s*(?:${LABEL_WORDS}))*)\s*[)\]）】]`, 'giu');
const MARK_WORDS = String.raw`deprecated|已经过期|已过期|已废弃|已弃用|废弃|弃用`;
/** A deprecation mark in brackets, anywhere: `(deprecated)`, `[deprecated]`, `（已经过期）`, `【已废弃】`. */
const BRACKETED_MARK = new RegExp(String.raw`[(\[（【]\s*(?:${MARK_WORDS})\s*[)\]）】]`, 'giu');
const HAS_BRACKETED_MARK = new RegExp(BRACKETED_MARK.source, 'iu');
/** A deprecation mark as a word of its own beside the key. */
const BARE_MARK = new RegExp(String.raw`^(?:${MARK_WORDS})$`, 'iu');
/** The text of a heading's anchor link, as docs pages scraped to Markdown have it: `[Anchor link for: key](…)`, `[¶](#key)`, `[#](…)`. */
const ANCHOR_TEXT = /^\s*(?:anchor link for\b.*|¶|#|§|🔗)\s*$/isu;
/** White space that separates words (not U+FEFF or zero-width characters, which stay in the key and make it invalid). */
const WHITE_SPACE = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;
const QUOTED = /^(?:"([^"]+)"|'([^']+)'|“([^”]+)”|‘([^’]+)’)$/u;
/** Tags that stand alone (no closing tag): never a placeholder. */
const VOID_TAGS = new Set(['br', 'wbr']);

export interface KeyCell {
  /** What is left of the cell once formatting, labels and marks are taken out: the key, if it is one. */
  key: string;
  /** The words left, in order (more than one: text beside the key, or a caption). */
  words: string[];
  labels: string[];
  deprecated: boolean;
  /** HTML in the cell that is neither formatting nor a placeholder (`<script>`, `<iframe src=…>`): kept in `key`, which is then no key. */
  html: string[];
  /** The key read with `_` emphasis markers as characters (`__proto__` where `key` is `proto`); `key` when the cell has none. */
  literal: string;
}

/** `"a.b"` → `a.b`: quotes around a whole key are not part of it. */
function unquote(key: string): string {
  const match = QUOTED.exec(key);
  return match?.slice(1).find((group) => group !== undefined) ?? key;
}

/**
 * The cell's text with only known formatting taken out, read from its
 * syntax tree and its source: emphasis with `*`, and with `_` around a
 * whole word (inside a key `_` is part of it: `a.__x__.b` stays), code, links
 * (their text), anchor links (dropped),
 * formatting tags, strikethrough; escapes and entities decoded by the parser.
 */
function cellKeyText(
  nodes: readonly PhrasingContent[],
  source: string,
): { text: string; literal: string; struck: boolean; html: string[] } {
  const closers = closingTagNames(htmlNodesIn(nodes));
  const html: string[] = [];
  let struck = false;
  // `out` is the cell without formatting; `literal` keeps `_` emphasis markers, the other way to read them.
  let out = '';
  let literal = '';
  const emit = (text: string): void => {
    out += text;
    literal += text;
  };
  const walk = (list: readonly PhrasingContent[]): void => {
    for (const node of list) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          emit(node.value);
          break;
        case 'html': {
          if (isComment(node.value)) break;
          const tag = tagOf(node.value);
          if (tag && STRIKE_TAGS.has(tag.name)) struck = true;
          if (tag && !VOID_TAGS.has(tag.name) && isPlaceholderTag(tag, closers)) emit(`<${tag.name}>`);
          else if (tag && FORMATTING_TAGS.has(tag.name)) emit(tag.name === 'br' ? ' ' : '');
          // Other HTML is no formatting: kept as written, so the key cell is no key.
          else {
            emit(node.value);
            html.push(node.value);
          }
          break;
        }
        case 'break':
          emit(' ');
          break;
        case 'strong':
        case 'emphasis': {
          // `*` around a key is emphasis; `_` inside one (`a.__x__.b`, `a__b__`) is its characters. `_` around a
          // whole word (`__a.b__`) reads both ways: as emphasis for the key, as written for the reserved-segment check.
          const markers = literalMarkers(node, source, { underscores: true });
          const around = markers !== '' && wrapsWord(node, source);
          if (around) literal += markers;
          else emit(markers);
          walk(node.children);
          if (around) literal += markers;
          else emit(markers);
          break;
        }
        case 'delete':
          struck = true;
          walk(node.children);
          break;
        case 'link':
        case 'linkReference':
          if (!ANCHOR_TEXT.test(plainText(node.children))) walk(node.children);
          break;
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
          emit(' ');
          break;
        default: {
          // Phrasing containers from extensions (footnotes and the like).
          const other = node as { children?: PhrasingContent[] };
          if (other.children) walk(other.children);
        }
      }
    }
  };
  walk(nodes);
  return { text: out, literal, struck, html };
}

/** Characters a key is made of: emphasis next to one is inside the key, not around it. */
const KEY_CHAR = /[\p{L}\p{N}._<>#-]/u;

/** Whether emphasis stands around a whole word: nothing of a key right before or after it. */
function wrapsWord(node: PhrasingContent, source: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start !== undefined && end !== undefined && !KEY_CHAR.test(source[start - 1] ?? '') && !KEY_CHAR.test(source[end] ?? '');
}

function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => ('value' in node ? node.value : 'children' in node ? plainText(node.children as PhrasingContent[]) : ''))
    .join('');
}

/**
 * Reads a key cell from its nodes and the source they point into:
 * `**key**`, `` `key` ``, `<span>key</span>`, `[key](#key)`, `~~key~~`,
 * `##### key [Anchor link for: key](…)`, `key Batch Streaming`,
 * `key <span style="color:red">（已经过期）</span>`. The key is what is left:
 * the caller checks it against the key grammar.
 */
export function readKeyCell(nodes: readonly PhrasingContent[], source: string): KeyCell {
  const { text, literal, struck, html } = cellKeyText(nodes, source);
  const read = readKeyText(text);
  return { ...read, literal: literal === text ? read.key : readKeyText(literal).key, deprecated: struck || read.deprecated, html };
}

/** The key, the words and labels left in a key cell's text, and whether it holds a deprecation mark. */
function readKeyText(text: string): Pick<KeyCell, 'key' | 'words' | 'labels' | 'deprecated'> {
  let deprecated = false;
  const labels: string[] = [];
  const unmarked = text
    .replace(BRACKETED_MARK, () => {
      deprecated = true;
      return ' ';
    })
    .replace(BRACKETED_LABELS, (_, inside: string) => {
      for (const word of inside.split(/\s*[,，、/|]\s*/)) labels.push(LABELS.get(word.toLowerCase())!);
      return ' ';
    });
  const words = unmarked.split(WHITE_SPACE).filter((word) => word !== '');
  // Heading markers before the key (`##### key`), and closing ones after it.
  while (words.length > 0 && /^#{1,6}$/.test(words[0]!)) words.shift();
  const kept: string[] = [];
  for (const [index, word] of words.entries()) {
    const label = LABELS.get(word.toLowerCase());
    if (index > 0 && label) labels.push(label);
    else if (BARE_MARK.test(word)) deprecated = true;
    else if (index > 0 && /^(?:#{1,6}|¶|§|🔗)$/u.test(word)) continue;
    else {
      // Emphasis markers left unpaired (`**key`, `key*`).
      const bare = word.replace(/^\*+|\*+$/g, '');
      if (bare !== '') kept.push(bare);
    }
  }
  const key = kept.length === 1 ? unquote(kept[0]!) : kept.join(' ');
  return { key, words: kept, labels: [...new Set(labels)], deprecated };
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
const DEPRECATED_TEXT =
  /^[\s*_([（【]*(?:deprecated\b|已过期|已经过期|已废弃|已弃用)|\b(?:this|the) (?:option|config(?:uration)?(?: option)?|parameter|key|setting) (?:is|has been) deprecated|(?:该|此|这个)(?:参数|配置项?|选项)?(?:已过期|已经过期|已废弃|已弃用|已被废弃)/iu;
/**
 * Chinese wording that marks a deprecation wherever it stands; 已过期 only at
 * the end, since inside a sentence it is as often "expired" (已过期的检查点,
 * 已过期数据).
 */
const DEPRECATED_ANYWHERE = /已废弃|已弃用|已被废弃|已被弃用|已经?过期[\s。.!！)）]*$/u;
const REPLACEMENT = new RegExp(
  String.raw`(?:\buse|\breplaced by|\bin favou?r of|请使用|请改用|改用|替换为|请用|使用)\s*(?:the\s+)?(?:option\s+|配置项?\s*|参数\s*)?` +
    KEY_IN_TEXT,
  'giu',
);
const FALLBACK = new RegExp(
  String.raw`fall(?:s)?\s*back to\s+(?:the\s+)?(?:option\s+|value of\s+)?` + KEY_IN_TEXT + String.raw`|回退到\s*` + KEY_IN_TEXT,
  'giu',
);

export interface DescriptionMarks {
  deprecated: boolean;
  replacedBy: string[];
  fallbackKeys: string[];
}

/**
 * Deprecation, replacement and fallback wording in a description's plain
 * text. With `keyDeprecated` (a mark in the key cell), "use x" names the
 * replacement as it does after a mark in the description.
 */
export function readDescriptionMarks(text: string, { keyDeprecated = false } = {}): DescriptionMarks {
  const deprecated = keyDeprecated || DEPRECATED_TEXT.test(text) || HAS_BRACKETED_MARK.test(text) || DEPRECATED_ANYWHERE.test(text);
  const replacedBy = deprecated ? [...text.matchAll(REPLACEMENT)].map((m) => trimKey(m[1]!)) : [];
  const fallbackKeys = [...text.matchAll(FALLBACK)].map((m) => trimKey((m[1] ?? m[2])!));
  return { deprecated, replacedBy: [...new Set(replacedBy)], fallbackKeys: [...new Set(fallbackKeys)] };
}

function trimKey(key: string): string {
  return key.replace(/[.,;:]+$/, '');
}
