/**
 * `confref lint <file…>`: Flink configuration files checked against one
 * version of the registry (src/lib/lint/); `--fix` rewrites renamed keys in
 * place, `--to FILE` writes a flink-conf.yaml as a nested config.yaml. The
 * files are read and written here; the checking is the library's.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { flinkConfToConfigYaml } from '../../src/lib/lint/convert.ts';
import { fixRenames } from '../../src/lib/lint/fix.ts';
import { countLintSeverities, formatLintReport, LINT_FORMATS, type FileFindings, type LintFormat } from '../../src/lib/lint/format.ts';
import {
  detectFormat,
  flinkVersionOf,
  INPUT_FORMATS,
  isInputFormat,
  lintReference,
  lintText,
  type InputFormat,
  type LintReference,
} from '../../src/lib/lint/index.ts';
import { openContent, UsageError } from './shared.ts';
import { latestVersion } from './versions.ts';

const BOM = '\uFEFF';
/** Files that began with a byte order mark: it is left out while checking and written back by --fix. */
const withBom = new Set<string>();

async function readText(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`cannot read ${file}`);
  });
  if (!text.startsWith(BOM)) return text;
  withBom.add(file);
  return text.slice(1);
}

async function writeText(file: string, text: string): Promise<void> {
  await writeFile(file, withBom.has(file) ? `${BOM}${text}` : text).catch(() => {
    throw new UsageError(`cannot write ${file}`);
  });
}

/** Renamed keys rewritten in the file itself; what changed goes to stderr. */
async function fixFile(
  file: string,
  text: string,
  format: InputFormat,
  reference: LintReference,
  referenceOf?: (version: string) => LintReference,
): Promise<string> {
  const { text: fixed, changes, refused } = fixRenames(text, format, reference, referenceOf);
  if (refused) process.stderr.write(`${file}: not fixed: ${refused}\n`);
  for (const change of changes)
    process.stderr.write(
      change.skipped
        ? `${file}:${change.line}: left "${change.from}" as it is: ${change.skipped}\n`
        : `${file}:${change.line}: renamed "${change.from}" to "${change.to}"\n`,
    );
  if (fixed !== text) await writeText(file, fixed);
  return fixed;
}

export async function runLint(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  if (positionals.length === 0) throw new UsageError('give one or more configuration files');
  const format = (values['format'] ?? 'text') as LintFormat;
  if (!LINT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${LINT_FORMATS.join(', ')}, not "${format}"`);
  const forced = values['input-format'];
  if (typeof forced === 'string' && !isInputFormat(forced))
    throw new UsageError(`--input-format must be one of ${INPUT_FORMATS.join(', ')}, not "${forced}"`);
  const to = values['to'];
  if (typeof to === 'string' && positionals.length !== 1) throw new UsageError('--to converts one flink-conf.yaml at a time');
  const texts = await Promise.all(positionals.map(readText));
  const formats = positionals.map((file, i) => (typeof forced === 'string' ? forced : detectFormat(file, texts[i]!)) as InputFormat);
  if (typeof to === 'string' && formats[0] !== 'flink-conf')
    throw new UsageError(
      `--to converts a flink-conf.yaml; ${positionals[0]} reads as ${formats[0]} (set --input-format flink-conf if it is one)`,
    );

  const { registry } = await (await openContent(values)).build();
  const requested = values['version'];
  if (typeof requested === 'string' && !registry.versions.includes(requested))
    throw new UsageError(
      `--version must be a version of the content (${registry.versions.join(', ') || 'it names none'}), not "${requested}"`,
    );
  const fallback = registry.current ?? latestVersion(registry);
  /** The version a file is checked against: --version, else the one a FlinkDeployment names (1.20 → 1.20 or 1.20.x), else the default. */
  const versionOf = (text: string, inputFormat: InputFormat): string | null => {
    if (typeof requested === 'string') return requested;
    const named = inputFormat === 'kubernetes' ? flinkVersionOf(text) : null;
    return (named && contentVersion(named)) ?? fallback;
  };
  /** The content's version for a named one (1.20 → 1.20 or its latest 1.20.x). */
  const contentVersion = (named: string): string | undefined => registry.versions.findLast((v) => v === named || v.startsWith(`${named}.`));
  const references = new Map<string | null, LintReference>();
  const referenceFor = (version: string | null): LintReference => {
    const made = references.get(version) ?? lintReference(registry, version);
    references.set(version, made);
    return made;
  };

  const reports: FileFindings[] = [];
  for (const [i, file] of positionals.entries()) {
    let text = texts[i]!;
    let inputFormat = formats[i]!;
    let name = file;
    const reference = referenceFor(versionOf(text, inputFormat));
    // Without --version, each resource of a Kubernetes file is checked against the version it names.
    const own = typeof requested === 'string' ? undefined : (named: string) => referenceFor(contentVersion(named) ?? fallback);
    if (typeof to === 'string') {
      const renamed = (key: string): string | null => {
        const found = reference.lookup(key);
        return values['fix'] === true && found.kind === 'old' && found.old.kind !== 'removed' ? found.old.to : null;
      };
      const converted = flinkConfToConfigYaml(text, renamed);
      for (const change of converted.changes) process.stderr.write(`${file}:${change.line}: ${change.message}\n`);
      await writeText(to, converted.text);
      process.stderr.write(`wrote ${to}\n`);
      [text, inputFormat, name] = [converted.text, 'config-yaml', to];
    } else if (values['fix'] === true) text = await fixFile(file, text, inputFormat, reference, own);
    reports.push({ file: name, findings: lintText(text, inputFormat, reference, own).findings });
  }
  process.stdout.write(formatLintReport(reports, format, { color: format === 'text' && process.stdout.isTTY, cwd: process.cwd() }));
  const counts = countLintSeverities(reports);
  const used = [...references.keys()];
  const versionsText =
    used.length === 1 && used[0] === null ? 'the unversioned options' : `version ${used.map((v) => v ?? 'unversioned').join(', ')}`;
  if (format === 'text')
    process.stderr.write(
      `${reports.length} ${reports.length === 1 ? 'file' : 'files'} checked against ${versionsText}; ${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos\n`,
    );
  return counts.error > 0 ? 1 : 0;
}
