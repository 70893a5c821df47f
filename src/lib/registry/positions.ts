/** Moving the positions of a parsed piece to where it is in the whole note. */
import type { Nodes } from 'mdast';

export type Point = { line: number; offset?: number | undefined };

/** Calls `move` on the start and end of every node under (and including) `node`, without recursion. */
export function movePoints(node: Nodes, move: (point: Point) => void): void {
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.position) {
      move(current.position.start);
      move(current.position.end);
    }
    if ('children' in current) stack.push(...(current.children as Nodes[]));
  }
}

/** Moves a node's points down by whole lines and on by an offset (columns stay). */
export function shiftPoints(node: Nodes, lines: number, offset: number): void {
  movePoints(node, (point) => {
    point.line += lines;
    if (point.offset !== undefined) point.offset += offset;
  });
}
