/**
 * `confref import flink-html <dir> --out <dir> [--version V]`: Flink's
 * generated option tables → notes. Reports rows read, files written and what
 * was left out, and which keys it qualified and how; progress goes to stderr on long runs.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { importFlinkHtml } from '../../src/lib/importers/flink-html.ts';
import { loadRegistry, ROW_RULES, toDiagnostics } from '../../src/lib/registry/index.ts';
import { UsageError } from './shared.ts';

/** `1.20.0` from a folder named `1.20.0`, `2.1` from `2.1-SNAPSHOT-8e93850`. */
export function versionFromDirName(dir: string): string | undefined {
  return /^v?(\d+(?:\.\d+)+)/.exec(basename(resolve(dir)))?.[1];
}

export async function runImport(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  const [source, dir, ...rest] = positionals;
  if (source !== 'flink-html')
    throw new UsageError(source ? `unknown import source "${source}" (known: flink-html)` : 'missing import source (flink-html)');
  if (!dir || rest.length > 0) throw new UsageError('give exactly one folder of HTML tables');
  const out = values['out'];
  if (typeof out !== 'string') throw new UsageError('--out DIR is required');
  const version = typeof values['version'] === 'string' ? values['version'] : versionFromDirName(dir);
  if (!version) throw new UsageError(`cannot tell the Flink version from "${dir}": pass --version`);
  const files = (
    await readdir(dir).catch(() => {
      throw new UsageError(`cannot read ${dir}`);
    })
  )
    .filter((name) => /\.html?$/i.test(name))
    .sort();
  await mkdir(out, { recursive: true });
  let rows = 0;
  let written = 0;
  let qualified = 0;
  const skipped: string[] = [];
  const progress = process.stderr.isTTY && files.length > 20;
  for (const [index, name] of files.entries()) {
    if (progress) process.stderr.write(`\rimporting ${index + 1}/${files.length} ${name.padEnd(60).slice(0, 60)}`);
    const html = await readFile(join(dir, name), 'utf8');
    const note = importFlinkHtml(name, html, { version });
    if (!note) {
      skipped.push(`${name}: no option table${/class="rest-api/.test(html) ? ' (a REST API table: it lists endpoints, not options)' : ''}`);
      continue;
    }
    for (const message of note.notes) skipped.push(`${name}: ${message}`);
    await writeFile(join(out, note.file), note.markdown);
    rows += note.rows;
    qualified += note.qualified.length;
    written++;
  }
  if (progress) process.stderr.write('\n');
  for (const line of skipped) process.stderr.write(`  ${line}\n`);
  process.stderr.write(
    `imported Flink ${version}: ${rows} option rows from ${written} tables into ${out} (${files.length - written} files without option tables)\n`,
  );
  // Keys a table prints without the prefix Flink reads them under; each is listed above with its evidence.
  if (qualified > 0) process.stderr.write(`${qualified} keys qualified with the prefix Flink reads them under (listed above)\n`);
  // Nothing dropped: every row read is an option, a repeat merged into one, or named in a diagnostic.
  const { registry, stats, files: checked } = await loadRegistry(resolve(out));
  const sourced = new Set(registry.options.flatMap((o) => o.sources.map((s) => `${s.file}:${s.line}`)));
  const diagnosed = new Set(
    toDiagnostics(checked)
      .filter((d) => ROW_RULES.has(d.rule))
      .map((d) => `${d.file}:${d.line}`)
      .filter((line) => !sourced.has(line)),
  );
  const optionRows = registry.options.length;
  process.stderr.write(
    `${stats.tableRows} rows read = ${optionRows} options + ${sourced.size - optionRows} merged repeats and translations + ${diagnosed.size} rows in diagnostics\n`,
  );
  return 0;
}
