/**
 * Long notes, parsed a section at a time. micromark holds every event of a
 * document until the end, about 500 bytes per byte of Markdown, so a 3 MB
 * note of 20,000 options needed 1.6 GiB. A note over SPLIT_BYTES is cut
 * before ATX headings where nothing can run across the cut (the line before
 * is blank, and no fence, admonition, HTML block or comment is open), the pieces parsed
 * one by one and joined with their true positions: the tree one parse gives.
 * Notes with link reference or footnote definitions (which reach across the
 * whole note) are parsed whole.
 */
import type { Root, RootContent } from 'mdast';
import { admonitionLines } from './admonitions.ts';
import { fencedLines } from './fences.ts';
import { shiftPoints } from './positions.ts';

export const SPLIT_BYTES = 256 * 1024;
/** Pieces are at least this long (fewer, larger parses). */
const PIECE_BYTES = 64 * 1024;

const HEADING = /^#{1,6}(?:[ \t]|$)/;
const DEFINITION = /^ {0,3}\[[^\]]+\]:/m;
/** HTML blocks that run across blank lines (CommonMark types 1–5) and where they end. */
const RAW_BLOCKS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

export interface Piece {
  text: string;
  /** 0-based line and offset of the piece's start in the whole text. */
  line: number;
  offset: number;
}

/** The whole text as one piece, or (past `splitBytes`) pieces cut before safe headings. */
export function splitSections(text: string, splitBytes = SPLIT_BYTES): Piece[] {
  if (text.length < splitBytes || DEFINITION.test(text)) return [{ text, line: 0, offset: 0 }];
  const pieceBytes = Math.min(PIECE_BYTES, splitBytes / 4);
  const lines = text.split('\n');
  const cuts: Array<{ line: number; offset: number }> = [];
  const fenced = fencedLines(lines);
  const inAdmonition = admonitionLines(lines);
  let rawEnd: RegExp | undefined;
  let offset = 0;
  let pieceStart = 0;
  for (let i = 0; i < lines.length; offset += lines[i]!.length + 1, i++) {
    const line = lines[i]!;
    if (rawEnd) {
      if (rawEnd.test(line)) rawEnd = undefined;
      continue;
    }
    if (fenced[i] || inAdmonition[i]) continue;
    const raw = RAW_BLOCKS.find(([open]) => open.test(line));
    if (raw) {
      // A block that ends on its own first line is closed already.
      if (!raw[1].test(line.replace(raw[0], ''))) rawEnd = raw[1];
      continue;
    }
    if (i > 0 && HEADING.test(line) && lines[i - 1]!.trim() === '' && offset - pieceStart >= pieceBytes) {
      cuts.push({ line: i, offset });
      pieceStart = offset;
    }
  }
  const pieces: Piece[] = [];
  let from = { line: 0, offset: 0 };
  for (const cut of [...cuts, { line: lines.length, offset: text.length + 1 }]) {
    pieces.push({ text: text.slice(from.offset, cut.offset - 1), line: from.line, offset: from.offset });
    from = cut;
  }
  return pieces;
}

/** Parses `text` piece by piece with `parse`, into one tree with the whole text's positions. */
export function parseInPieces(text: string, parse: (text: string) => Root, splitBytes = SPLIT_BYTES): Root {
  const pieces = splitSections(text, splitBytes);
  if (pieces.length === 1) return parse(text);
  const children: RootContent[] = [];
  for (const piece of pieces) {
    const tree = parse(piece.text);
    for (const node of tree.children) shiftPoints(node, piece.line, piece.offset);
    children.push(...tree.children);
  }
  const lines = text.split('\n');
  const end = { line: lines.length, column: lines.at(-1)!.length + 1, offset: text.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}
