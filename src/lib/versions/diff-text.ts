/** `confref diff` as text: the same `VersionDiff` the page shows, one group after another. */
import type { FieldChange, OptionBrief, VersionDiff } from './diff.ts';
import { wordDiffText } from './word-diff.ts';

const none = (value: string | null): string => value ?? 'none';

function briefLines(sign: string, o: OptionBrief): string[] {
  return [`  ${sign} ${o.key} (${o.type}, default ${none(o.default)})`, ...(o.description ? [`      ${o.description}`] : [])];
}

function changeLines(changes: readonly FieldChange[]): string[] {
  return changes.map((c) =>
    c.field === 'description' ? `      description: ${wordDiffText(c.words)}` : `      ${c.field}: ${none(c.from)} → ${none(c.to)}`,
  );
}

export function formatDiffText(diff: VersionDiff, labels: { from: string; to: string }): string {
  const s = diff.summary;
  const lines = [
    `${labels.from} → ${labels.to}: ${s.common} keys in common, ${s.addedBeforeRenames} added and ${s.removedBeforeRenames} removed before renames; ${s.added} added, ${s.removed} removed, ${s.renamed} renamed, ${s.changed} changed`,
  ];
  for (const p of diff.partial) {
    const [self, other] = p.side === 'from' ? [labels.from, labels.to] : [labels.to, labels.from];
    lines.push(
      `${self} is partial (notes that copy part of it): it does not write ${p.uncovered} of the keys ${other} has, which are therefore not listed as ${p.side === 'from' ? 'added' : 'removed'}`,
    );
  }
  for (const g of diff.groups) {
    lines.push('', `[${g.group}]`);
    for (const o of g.added) lines.push(...briefLines('+', o));
    for (const o of g.removed) lines.push(...briefLines('-', o));
    for (const r of g.renamed)
      lines.push(`  ~ ${r.from} → ${r.to} (${r.evidence}${r.citation ? `: ${r.citation}` : ''})`, ...changeLines(r.changes));
    for (const c of g.changed) lines.push(`  * ${c.key}`, ...changeLines(c.changes));
  }
  return `${lines.join('\n')}\n`;
}
