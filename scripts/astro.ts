/**
 * `npm run build` and `npm run dev`: Astro's command in a process with the
 * bundler's allocator options set (src/lib/runtime/allocator-env.ts), which
 * must be in place before Astro loads. The arguments and the exit status pass
 * through.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withAllocatorEnv } from '../src/lib/runtime/allocator-env.ts';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const run = spawnSync(process.execPath, [astro, ...process.argv.slice(2)], { stdio: 'inherit', env: withAllocatorEnv(process.env) });
if (run.error) throw run.error;
if (run.signal) process.kill(process.pid, run.signal);
process.exit(run.status ?? 1);
