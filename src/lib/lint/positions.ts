/**
 * Offsets in a text as lines and columns (both from 1). The YAML readers
 * place with yaml's LineCounter, which its parser fills; the other readers
 * with `lineCounterOf`, the same search without the YAML library, so that
 * the check page loads the YAML parser only for YAML.
 */
import type { Place } from './types.ts';

/** What `placeAt` needs of yaml's LineCounter. */
export interface LinePositions {
  linePos(offset: number): { line: number; col: number };
}

/** The line starts of `text` (after each `\n`), searched as yaml's LineCounter searches them. */
export function lineCounterOf(text: string): LinePositions {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    linePos(offset) {
      // The last line starting at or before `offset`.
      let low = 0;
      let high = starts.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (starts[mid]! <= offset) low = mid + 1;
        else high = mid;
      }
      return { line: low, col: offset - starts[low - 1]! + 1 };
    },
  };
}

export function placeAt(counter: LinePositions, offset: number): Place {
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}
