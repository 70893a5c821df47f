import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { countBySeverity } from '../../src/lib/registry/diagnostics.ts';
import { registryJson } from '../../src/lib/registry/json-schema.ts';
import { formatReport } from '../../src/lib/registry/report.ts';
import { noPositionals, openContent } from './shared.ts';

export async function runRegistry(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  noPositionals(positionals);
  const { registry, files } = await (await openContent(values)).build();
  const json = `${registryJson(registry, 2)}\n`;
  const out = values['out'];
  if (typeof out === 'string') {
    await mkdir(dirname(resolve(out)), { recursive: true });
    await writeFile(out, json);
    process.stderr.write(`wrote ${registry.options.length} options to ${out}\n`);
  } else {
    process.stdout.write(json);
  }
  const counts = countBySeverity(files);
  if (counts.error > 0) {
    process.stderr.write(
      formatReport(
        files.map((file) => file),
        'text',
        { color: process.stderr.isTTY },
      ),
    );
    return 1;
  }
  return 0;
}
