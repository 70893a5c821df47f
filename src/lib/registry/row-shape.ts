/**
 * How a row's Default, Type, Description and Required cells were meant, when
 * they do not hold what their headers say: the row shifted one cell to the
 * left (a description written in Default or Type, a type name in Default, the
 * required flag — 是, true, … — in Type or Description), a required flag
 * alone in Description, prose in Default.
 * Pure: the caller reports what `readRowShape` found.
 */
import { normalizeType } from './types.ts';
import { isNoDefault } from './values.ts';

const YES = /^(?:yes|y|true|required|mandatory|是|必填|必须|必选|√|✓|✔)$/i;
const NO = /^(?:no|n|false|optional|否|非必填|可选|选填|×|✗)$/i;

/** A Required cell's value: true, false, or null when it says neither. */
export function readRequired(text: string): boolean | null {
  const trimmed = text.trim();
  if (YES.test(trimmed)) return true;
  if (NO.test(trimmed)) return false;
  return null;
}

const HAN = /\p{Script=Han}/gu;
const WORD = /^[\p{L}][\p{L}'’-]*[,.;:!?，。；：！？]?$/u;
const PATH_OR_URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|\/|\.{1,2}\/|~\/|[A-Za-z]:\\)\S*$/i;

/** A list of short items (`GET, POST, PUT`, `a; b; c`, `读、写、删`): each item one or two words. */
function isShortList(text: string): boolean {
  const items = text.split(/[,;，；、]/).map((item) => item.trim());
  return items.length >= 2 && items.every((item) => item !== '' && item.split(/\s+/).length <= 2 && (item.match(HAN) ?? []).length <= 2);
}

/**
 * Text that reads as a sentence rather than a value: two or more Han
 * characters, or three or more words of letters making up at least half of
 * the text's words. A quoted text, a path, a URL or a list of short items is
 * a value.
 */
export function looksLikeProse(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || isNoDefault(trimmed)) return false;
  if (/^(["'“‘]).*(["'”’])$/su.test(trimmed) || PATH_OR_URL.test(trimmed) || isShortList(trimmed)) return false;
  if ((trimmed.match(HAN) ?? []).length >= 2) return true;
  const tokens = trimmed.split(/\s+/);
  const words = tokens.filter((token) => WORD.test(token)).length;
  return words >= 3 && words * 2 >= tokens.length;
}

export interface RowCellsText {
  /** The Default cell's text, or null without a Default column. */
  defaultText: string | null;
  /** The Type cell's text, or null without a Type column. */
  typeText?: string | null;
  /** The Description cell's text, or null without a Description column. */
  descriptionText: string | null;
  /** The Required cell's text, or null without a Required column. */
  requiredText: string | null;
}

/** The cells a shifted row's values are read from. */
export type ShiftedCell = 'default' | 'type' | 'description';

export type RowShape =
  | { kind: 'as-written' }
  /**
   * Cells shifted one to the left: the description is in `description` (or
   * nowhere), a type name in Default when `type` is set, and the required
   * flag, if any, is `flag`, found in the `flagIn` cell. The row has no default.
   */
  | {
      kind: 'shifted';
      description: ShiftedCell | null;
      type: 'default' | null;
      flag: string | null;
      flagIn: ShiftedCell | null;
      required: boolean | null;
    }
  /** Description holds only a required flag. */
  | { kind: 'flag-in-description'; flag: string; required: boolean }
  /** Default holds prose and Description its own text. */
  | { kind: 'prose-default' };

/** A required flag, not a lone letter (`y`, `n` are too little to call a flag outside a Required column). */
function flagOf(text: string | null | undefined): boolean | null {
  return text === null || text === undefined || /^\s*[a-z]\s*$/i.test(text) ? null : readRequired(text);
}

/** A type's name (`Integer`, `List<String>`, `字符串`), as a Type cell would hold it. */
function isTypeName(text: string): boolean {
  return text.trim() !== '' && normalizeType(text).recognized;
}

/** Reads what a row's cells hold, against what their headers say. */
export function readRowShape({ defaultText, typeText = null, descriptionText, requiredText }: RowCellsText): RowShape {
  if (descriptionText === null) return { kind: 'as-written' };
  // A Required column with its own value: a flag elsewhere is then no required flag.
  const requiredFree = requiredText === null || requiredText.trim() === '';
  const descriptionFlag = requiredFree ? flagOf(descriptionText) : null;
  const descriptionEmpty = descriptionText.trim() === '';
  const typeFlag = requiredFree ? flagOf(typeText) : null;
  const flagIn = (cell: ShiftedCell, required: boolean | null, text: string | null) =>
    required === null ? { flag: null, flagIn: null, required: null } : { flag: text!.trim(), flagIn: cell, required };

  // A type name in Default with prose or a flag in Type: Type's value, and what follows it, one cell to the left.
  if (defaultText !== null && typeText !== null && isTypeName(defaultText) && !isTypeName(typeText)) {
    if (looksLikeProse(typeText) && (descriptionEmpty || descriptionFlag !== null)) {
      return { kind: 'shifted', description: 'type', type: 'default', ...flagIn('description', descriptionFlag, descriptionText) };
    }
    if (typeFlag !== null && descriptionFlag === null) {
      return {
        kind: 'shifted',
        description: descriptionEmpty ? null : 'description',
        type: 'default',
        ...flagIn('type', typeFlag, typeText),
      };
    }
  }

  const proseDefault = defaultText !== null && looksLikeProse(defaultText);
  if (proseDefault && descriptionEmpty && typeFlag !== null) {
    return { kind: 'shifted', description: 'default', type: null, ...flagIn('type', typeFlag, typeText) };
  }
  if (descriptionFlag !== null) {
    return proseDefault
      ? { kind: 'shifted', description: 'default', type: null, ...flagIn('description', descriptionFlag, descriptionText) }
      : { kind: 'flag-in-description', flag: descriptionText.trim(), required: descriptionFlag };
  }
  if (proseDefault && descriptionEmpty)
    return { kind: 'shifted', description: 'default', type: null, flag: null, flagIn: null, required: null };
  if (proseDefault) return { kind: 'prose-default' };
  return { kind: 'as-written' };
}
