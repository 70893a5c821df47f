/**
 * How a row's Default, Description and Required cells were meant, when they
 * do not hold what their headers say: a description written in Default with
 * the required flag (是, true, …) alone in Description (the row shifted one
 * cell to the left), a required flag alone in Description, prose in Default.
 * Pure: the caller reports what `readRowShape` found.
 */
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

/**
 * Text that reads as a sentence rather than a value: two or more Han
 * characters, or three or more words of letters making up at least half of
 * the text's words. A quoted text, a path or a URL is a value.
 */
export function looksLikeProse(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || isNoDefault(trimmed)) return false;
  if (/^(["'“‘]).*(["'”’])$/su.test(trimmed) || PATH_OR_URL.test(trimmed)) return false;
  if ((trimmed.match(HAN) ?? []).length >= 2) return true;
  const tokens = trimmed.split(/\s+/);
  const words = tokens.filter((token) => WORD.test(token)).length;
  return words >= 3 && words * 2 >= tokens.length;
}

export interface RowCellsText {
  /** The Default cell's text, or null without a Default column. */
  defaultText: string | null;
  /** The Description cell's text, or null without a Description column. */
  descriptionText: string | null;
  /** The Required cell's text, or null without a Required column. */
  requiredText: string | null;
}

export type RowShape =
  | { kind: 'as-written' }
  /** The description is in Default; Description holds the required flag, or nothing. */
  | { kind: 'shifted'; flag: string | null; required: boolean | null }
  /** Description holds only a required flag. */
  | { kind: 'flag-in-description'; flag: string; required: boolean }
  /** Default holds prose and Description its own text. */
  | { kind: 'prose-default' };

/** Reads what a row's cells hold, against what their headers say. */
export function readRowShape({ defaultText, descriptionText, requiredText }: RowCellsText): RowShape {
  if (descriptionText === null) return { kind: 'as-written' };
  // A lone letter (`y`, `n`) is too little to call a flag in a Description cell.
  const flag = /^\s*[a-z]\s*$/i.test(descriptionText) ? null : readRequired(descriptionText);
  const proseDefault = defaultText !== null && looksLikeProse(defaultText);
  // A Required column with its own value: the flag in Description is then no required flag.
  const requiredFree = requiredText === null || requiredText.trim() === '';
  if (flag !== null && requiredFree) {
    return proseDefault ? { kind: 'shifted', flag: descriptionText.trim(), required: flag } : { kind: 'flag-in-description', flag: descriptionText.trim(), required: flag };
  }
  if (proseDefault && descriptionText.trim() === '') return { kind: 'shifted', flag: null, required: null };
  if (proseDefault) return { kind: 'prose-default' };
  return { kind: 'as-written' };
}
