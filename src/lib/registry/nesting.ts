/**
 * Nesting limits. Markdown parsers and HTML tools recurse on nesting, and
 * micromark slows down steeply on deep lists (a 10,000-deep list took minutes,
 * then overflowed the stack; each line of a list costs time in proportion to
 * its depth). Like markdown-it's `maxNesting`, confref reads at most
 * MAX_NESTING levels of block quotes and list items, and keeps syntax trees at
 * most MAX_TREE_DEPTH deep: what is deeper is kept as text at the deepest
 * level, and reported (rule `too-deep`). Real notes nest a few levels.
 */
import type { Node, Parent } from 'unist';
import { fencedLines } from './fences.ts';

export const MAX_NESTING = 32;
/** Tree depth kept: a list level is two mdast levels (list, item) and an HTML one a few, plus inline markup. */
export const MAX_TREE_DEPTH = 4 * MAX_NESTING;

export interface DeepLines {
  /** The text with every line's containers cut to MAX_NESTING (line breaks unchanged). */
  text: string;
  /** 1-based lines that were cut, and the deepest nesting found. */
  lines: number[];
  depth: number;
}

/** One block-container marker: `>`, or a list marker followed by white space or the end of the line. */
const MARKER = /[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;

function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width += 1;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/**
 * Cuts block quotes and list items nested deeper than MAX_NESTING on a line,
 * counting the markers at its start (`> > >`, `- - -`) and, for a line that
 * starts a list item or quote, two columns of indentation as a level.
 */
export function capBlockNesting(text: string): DeepLines {
  const lines = text.split('\n');
  const cut: number[] = [];
  let deepest = 0;
  // Code in fences is left as written, however it is indented.
  const fenced = fencedLines(lines, Infinity);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fenced[i]) continue;
    // Cheap exit: a line can only be too deep with many markers or much indentation.
    if (line.length < MAX_NESTING) continue;
    const indent = indentWidth(line);
    const markers: number[] = [];
    MARKER.lastIndex = 0;
    while (MARKER.test(line)) markers.push(MARKER.lastIndex);
    if (markers.length === 0) continue;
    const depth = Math.floor(indent / 2) + markers.length;
    if (depth <= MAX_NESTING) continue;
    deepest = Math.max(deepest, depth);
    cut.push(i + 1);
    // Keep as many levels of indentation and markers as fit, then the line's content.
    const indentLevels = Math.min(Math.floor(indent / 2), MAX_NESTING - 1);
    const keptMarkers = Math.min(markers.length, MAX_NESTING - indentLevels);
    lines[i] =
      `${' '.repeat(2 * indentLevels)}${line.slice(0, markers[keptMarkers - 1]).trimStart()}${line.slice(markers[markers.length - 1])}`;
  }
  return { text: cut.length === 0 ? text : lines.join('\n'), lines: cut, depth: deepest };
}

interface TextNode extends Node {
  type: 'text';
  value: string;
}

/** The text under a node, without recursion. */
function textUnder(node: Node): string {
  let out = '';
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if ('value' in current && typeof current.value === 'string' && current.type !== 'comment') out += current.value;
    if ('children' in current && Array.isArray(current.children))
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Node);
  }
  return out;
}

/**
 * Replaces every node at MAX_TREE_DEPTH that still has children by a text
 * node of its text (mdast and hast alike), without recursion. Returns the
 * nodes replaced (their positions, when they had them).
 */
export function capTreeDepth(tree: Node): Node[] {
  const cut: Node[] = [];
  const stack: Array<[Parent, number]> = 'children' in tree ? [[tree as Parent, 0]] : [];
  while (stack.length > 0) {
    const [parent, depth] = stack.pop()!;
    parent.children.forEach((child, index) => {
      if (!('children' in child) || !Array.isArray(child.children) || child.children.length === 0) return;
      if (depth + 1 < MAX_TREE_DEPTH) {
        stack.push([child as Parent, depth + 1]);
        return;
      }
      cut.push(child);
      const text: TextNode = { type: 'text', value: textUnder(child), ...(child.position ? { position: child.position } : {}) };
      parent.children[index] = text;
    });
  }
  return cut;
}
