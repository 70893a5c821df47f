/**
 * The Flink Kubernetes operator's `FlinkDeployment` (and `FlinkSessionJob`):
 * the options are the map `spec.flinkConfiguration`, flat keys with string
 * values, or nested as newer operators allow. A file may hold several
 * documents; each resource is its own scope.
 */
import { isMap, LineCounter, parseAllDocuments, type Node } from 'yaml';
import type { ReadResult } from '../types.ts';
import { yamlErrors } from './yaml-errors.ts';
import { flattenYamlMap } from './yaml-map.ts';

const KINDS = new Set(['FlinkDeployment', 'FlinkSessionJob']);

export function readKubernetes(text: string): ReadResult {
  const counter = new LineCounter();
  const result: ReadResult = { entries: [], findings: [] };
  const docs = parseAllDocuments(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
  docs.forEach((doc, scope) => {
    result.findings.push(...yamlErrors(doc.errors, counter));
    if (!KINDS.has(String(doc.get('kind')))) return;
    const configuration = doc.getIn(['spec', 'flinkConfiguration'], true) as Node | undefined;
    if (!isMap(configuration)) return;
    const entries: ReadResult['entries'] = [];
    flattenYamlMap(configuration, [], { counter, format: 'kubernetes', entries, findings: result.findings, doc });
    // Each resource is checked against the version it names itself.
    const named = versionNamed(doc.getIn(['spec', 'flinkVersion']));
    for (const entry of entries) result.entries.push({ ...entry, scope, ...(named ? { flinkVersion: named } : {}) });
  });
  return result;
}

/** `spec.flinkVersion: v1_20` → `1.20`, or null. */
function versionNamed(value: unknown): string | null {
  const match = /^v?(\d+)[_.](\d+)$/.exec(String(value ?? ''));
  return match ? `${match[1]}.${match[2]}` : null;
}

/** The Flink version the file's first FlinkDeployment names (`spec.flinkVersion: v1_20` → `1.20`), or null. */
export function flinkVersionOf(text: string): string | null {
  for (const doc of parseAllDocuments(text, { logLevel: 'error' })) {
    if (!KINDS.has(String(doc.get('kind')))) continue;
    const named = versionNamed(doc.getIn(['spec', 'flinkVersion']));
    if (named) return named;
  }
  return null;
}
