#!/usr/bin/env node
// The `confref` command. The CLI is TypeScript run by Node's own type
// stripping (on by default from Node 22.18; turned on here for 22.12–22.17).
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../scripts/confref.ts', import.meta.url));
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `confref needs Node.js >= 22.12 (this is ${process.version}); run it through npm (npx confref), which uses the project's pinned Node.`,
  );
  process.exit(2);
}
if (process.features.typescript) {
  // V8's code for every module, kept between runs (in NODE_COMPILE_CACHE, else Node's folder under the temporary
  // directory): TypeScript is stripped once, not on every call, which is most of a warm call's time.
  module.enableCompileCache?.();
  await import(main);
} else {
  // Imported only here: loading child_process costs every other call about 7 ms.
  const { spawnSync } = await import('node:child_process');
  const result = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', main, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
