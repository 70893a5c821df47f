/** Flink 1.19+ `config.yaml`: standard YAML, keys nested, flat or both (FLIP-366). */
import { isMap, LineCounter, parseDocument, type Node } from 'yaml';
import { say } from '../messages.ts';
import { finding } from '../rules.ts';
import { placeAt } from '../positions.ts';
import type { ReadResult } from '../types.ts';
import { yamlErrors } from './yaml-errors.ts';
import { flattenYamlMap } from './yaml-map.ts';

export function readConfigYaml(text: string): ReadResult {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
  const result: ReadResult = { entries: [], findings: yamlErrors(doc.errors, counter) };
  const root = doc.contents as Node | null;
  if (isMap(root)) flattenYamlMap(root, [], { counter, format: 'config-yaml', doc, ...result });
  else if (root !== null && doc.errors.length === 0)
    result.findings.push(finding('syntax', placeAt(counter, root.range?.[0] ?? 0), say('syntax.not-a-map')));
  return result;
}
