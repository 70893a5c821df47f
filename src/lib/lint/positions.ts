/** Offsets in a text as lines and columns (both from 1), through yaml's LineCounter, which the YAML readers use too. */
import { LineCounter } from 'yaml';
import type { Place } from './types.ts';

export function lineCounterOf(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  return counter;
}

export function placeAt(counter: LineCounter, offset: number): Place {
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}
