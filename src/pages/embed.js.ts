/** The web component `<confref-option>` / `<confref-group>` (src/scripts/embed-element.ts), at a fixed address. */
import type { APIRoute } from 'astro';
import { config } from '../lib/config/env.ts';
import { embedScript } from '../lib/embed/script.ts';

// Set by astro.config.mjs: the project folder, where the script's source is.
const root = config().root ?? process.cwd();

export const GET: APIRoute = async () =>
  new Response(await embedScript(root), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
