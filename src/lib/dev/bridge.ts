/**
 * `astro dev` only. Astro saves its content store (and only then reloads the
 * browser) 500 ms after a loader's last change; a note's edit would take over
 * a second to show. So the loader also hands the registry it just rebuilt to
 * the pages through this process-wide slot, and reloads the browser at once
 * through the dev server the `confref-dev` integration put here. Builds never
 * set it.
 */
import type { Registry } from '../registry/schema.ts';

export interface DevBridge {
  /** The registry as last rebuilt after a note changed. */
  registry?: Registry;
  /** Tells the browser to reload (set by the confref integration, src/integration.ts). */
  reload?: () => void;
}

const SLOT = Symbol.for('confref.dev');

export function devBridge(): DevBridge {
  const scope = globalThis as { [SLOT]?: DevBridge };
  return (scope[SLOT] ??= {});
}
