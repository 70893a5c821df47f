/** A key as DOM nodes that wrap only after a `.`, `-` or `_` (a `<wbr>` between its parts), as KeyText.astro renders it. */
import { keyParts } from '../lib/site/key-parts.ts';

export function keyNodes(key: string): Node[] {
  return keyParts(key).flatMap((part, i) => [...(i > 0 ? [document.createElement('wbr')] : []), document.createTextNode(part)]);
}
