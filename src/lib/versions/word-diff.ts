/**
 * A word diff of two descriptions (jsdiff's `diffWords`): runs of kept,
 * deleted and inserted text, which the diff page shows with `<del>`/`<ins>`
 * and the CLI with `[-…-]`/`{+…+}`.
 */
import { diffWords } from 'diff';

export interface WordPart {
  op: 'same' | 'del' | 'ins';
  text: string;
}

export function wordDiff(from: string, to: string): WordPart[] {
  return diffWords(from, to).map((change) => ({
    op: change.added ? 'ins' : change.removed ? 'del' : 'same',
    text: change.value,
  }));
}

/** The parts as one line of text: `kept [-deleted-]{+inserted+}` (git's `--word-diff=plain`). */
export function wordDiffText(parts: readonly WordPart[]): string {
  return parts.map((p) => (p.op === 'same' ? p.text : p.op === 'del' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');
}
