/**
 * A note's headings as its page shows them, the note's text unchanged:
 * - each heading's level in the page's outline, under the page's h1 (the
 *   note's title): a note that starts at `###`, or skips from `##` to `####`,
 *   still reads h2, h3… in order, as screen readers and axe's `heading-order` expect;
 * - the headings of empty sections, which the page marks "(empty)" (the same
 *   ones `confref check` reports as `empty-section`).
 */
import { emptySectionHeadings } from '../registry/rules/empty-section.ts';
import type { NoteBlock } from '../registry/schema.ts';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface NoteOutline {
  /** Each shown heading's level, by its id. */
  levels: Map<string, HeadingLevel>;
  /** The ids of the shown headings whose sections are empty. */
  empty: Set<string>;
}

type HeadingBlock = Extract<NoteBlock, { kind: 'heading' }>;

/** The note's first-level heading equal to its title: the page's h1 shows it, its block is only an anchor. */
export function isTitleHeading(heading: HeadingBlock, title: string): boolean {
  return heading.depth === 1 && heading.text === title;
}

export function noteOutline(blocks: readonly NoteBlock[], title: string): NoteOutline {
  const levels = new Map<string, HeadingLevel>();
  // The headings still open above the current one: their depth as written and their level on the page.
  const open: Array<{ depth: number; level: number }> = [];
  for (const block of blocks) {
    if (block.kind !== 'heading' || isTitleHeading(block, title)) continue;
    while (open.length > 0 && open.at(-1)!.depth >= block.depth) open.pop();
    const level = Math.min(6, (open.at(-1)?.level ?? 1) + 1) as HeadingLevel;
    open.push({ depth: block.depth, level });
    levels.set(block.id, level);
  }
  const empty = new Set(emptySectionHeadings(blocks).flatMap((heading) => (levels.has(heading.id) ? [heading.id] : [])));
  return { levels, empty };
}
