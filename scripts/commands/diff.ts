import { diffOptions } from '../../src/lib/versions/diff.ts';
import { formatDiffText } from '../../src/lib/versions/diff-text.ts';
import { wholeSides } from '../../src/lib/versions/whole.ts';
import { noPositionals, openContent, UsageError } from './shared.ts';
import { resolveTarget } from './versions.ts';

export async function runDiff(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  noPositionals(positionals);
  const [fromSpec, toSpec] = [values['from'], values['to']];
  if (typeof fromSpec !== 'string' || typeof toSpec !== 'string') throw new UsageError('--from and --to are required');
  const { registry } = await (await openContent(values)).build();
  const choice = { noCache: values['no-cache'] === true };
  const [from, to] = [await resolveTarget(fromSpec, registry, choice), await resolveTarget(toSpec, registry, choice)];
  const whole = wholeSides(from.upstream, to.upstream);
  const diff = diffOptions(from.options, to.options, { from: from.version, to: to.version }, registry.renames, whole);
  process.stdout.write(values['json'] ? `${JSON.stringify(diff, null, 2)}\n` : formatDiffText(diff, { from: from.label, to: to.label }));
  return 0;
}
