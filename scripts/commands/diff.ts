import { loadRegistry } from '../../src/lib/registry/index.ts';
import { diffOptions } from '../../src/lib/versions/diff.ts';
import { contentDir, noPositionals, UsageError } from './shared.ts';
import { resolveTarget } from './versions.ts';

export async function runDiff(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  noPositionals(positionals);
  const [fromSpec, toSpec] = [values['from'], values['to']];
  if (typeof fromSpec !== 'string' || typeof toSpec !== 'string') throw new UsageError('--from and --to are required');
  const { registry } = await loadRegistry(await contentDir(values['content']));
  const [from, to] = [await resolveTarget(fromSpec, registry), await resolveTarget(toSpec, registry)];
  const diff = diffOptions(from.options, to.options, { from: from.version, to: to.version }, registry.renames);
  if (values['json']) {
    process.stdout.write(`${JSON.stringify(diff, null, 2)}\n`);
    return 0;
  }
  const s = diff.summary;
  const lines = [
    `${from.label} → ${to.label}: ${s.common} keys in common, ${s.addedBeforeRenames} added and ${s.removedBeforeRenames} removed before renames; ${s.renamed} renamed, ${s.changed} changed`,
    '',
    `Added (${diff.added.length}):`,
    ...diff.added.map((key) => `  + ${key}`),
    `Removed (${diff.removed.length}):`,
    ...diff.removed.map((key) => `  - ${key}`),
    `Renamed (${diff.renamed.length}):`,
    ...diff.renamed.map((r) => `  ~ ${r.from} → ${r.to} (${r.evidence})`),
    `Changed (${diff.changed.length}):`,
    ...diff.changed.flatMap((c) => [
      `  * ${c.key}`,
      ...c.changes.filter((x) => x.field !== 'description').map((x) => `      ${x.field}: ${x.from ?? 'none'} → ${x.to ?? 'none'}`),
      ...(c.changes.some((x) => x.field === 'description') ? ['      description changed'] : []),
    ]),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
