/** Which lines of a note are code fences or inside fenced code: line scans that must leave code alone use this. */

/**
 * For each line, whether it opens, closes or lies inside a fenced code block.
 * `maxIndent`: how far a fence may be indented (3 at the top level; fences in
 * list items are indented further). A fence closes at a line of the same
 * character, at least as long, with nothing after it.
 */
export function fencedLines(lines: readonly string[], maxIndent = 3): boolean[] {
  const opening = new RegExp(`^[ \\t]{0,${Number.isFinite(maxIndent) ? maxIndent : ''}}(\`{3,}|~{3,})`);
  const fenced: boolean[] = new Array<boolean>(lines.length).fill(false);
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = opening.exec(line)?.[1];
    if (fence) {
      fenced[i] = true;
      if (
        marker &&
        marker[0] === fence[0] &&
        marker.length >= fence.length &&
        line.slice(line.indexOf(marker) + marker.length).trim() === ''
      )
        fence = undefined;
    } else if (marker) {
      fenced[i] = true;
      fence = marker;
    }
  }
  return fenced;
}
