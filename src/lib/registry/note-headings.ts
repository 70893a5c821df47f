/**
 * Headings while a note is read: each one's anchor, and the trail of
 * headings above the blocks that follow it (an option row's section trail).
 */
import type GithubSlugger from 'github-slugger';
import { slug } from 'github-slugger';

/** A heading on the trail: its level and its text. */
export interface TrailHeading {
  depth: number;
  text: string;
}

/** The trail after a heading: the headings above it at a lower level, then itself. */
export function trailAfter(trail: readonly TrailHeading[], heading: TrailHeading): TrailHeading[] {
  const end = trail.findLastIndex((above) => above.depth < heading.depth);
  return [...trail.slice(0, end + 1), heading];
}

/**
 * A heading's anchor: GitHub's slug of its text, unique on the page; a heading
 * whose slug is empty (`### ？？？`, a bare `###`) gets `section-<n>`, its
 * place among the note's headings, kept unique by the same slugger.
 */
export function headingId(slugger: GithubSlugger, text: string, index: number): string {
  return slugger.slug(slug(text) === '' ? `section-${index}` : text);
}
