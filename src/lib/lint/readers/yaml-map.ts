/**
 * A YAML map of Flink options, flattened as Flink 1.19+ flattens
 * `config.yaml` (FLIP-366): nested keys joined with dots, flat dotted keys
 * as they are, the two mixed freely; a list's items joined with `;`. Read
 * with eemeli/yaml's Document API, positions from its LineCounter.
 */
import { isAlias, isMap, isScalar, isSeq, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import { finding } from '../rules.ts';
import { placeAt } from '../positions.ts';
import type { InputFormat, KeyForm, LintEntry, LintFinding } from '../types.ts';

interface Walk {
  counter: LineCounter;
  format: InputFormat;
  entries: LintEntry[];
  findings: LintFinding[];
}

const start = (node: Node | null | undefined, fallback: number): number => node?.range?.[0] ?? fallback;

/** A scalar in Flink's string form: plain scalars as written (`010` stays `010`), quoted ones unquoted, null empty. */
function scalarText(node: Node | null): string {
  if (!node || !isScalar(node) || node.value === null) return '';
  if (node.type === 'PLAIN' && typeof node.source === 'string') return node.source;
  return String(node.value);
}

/** A list item in Flink's list syntax: quoted when it holds `;` or a quote, as Flink's own writer quotes it. */
function listItem(text: string): string {
  return /[;'"]/.test(text) ? `'${text.replaceAll("'", "''")}'` : text;
}

function formOf(prefix: readonly string[], written: string): KeyForm {
  if (prefix.length === 0) return 'flat';
  return written.includes('.') ? 'mixed' : 'nested';
}

/** The settings of `map`, whose keys sit below `prefix` (the written keys of the maps above it). */
export function flattenYamlMap(map: YAMLMap, prefix: readonly string[], walk: Walk, ancestors: readonly number[] = []): void {
  const seen = new Map<string, Pair>();
  for (const pair of map.items) {
    const keyNode = pair.key as Node | null;
    if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
      walk.findings.push(
        finding('syntax', placeAt(walk.counter, start(keyNode, start(map, 0))), 'A key that is not plain text: Flink reads only text keys'),
      );
      continue;
    }
    const written = String(keyNode.value);
    const keyStart = keyNode.range![0];
    const keyPlace = placeAt(walk.counter, keyStart);
    const key = [...prefix, written].join('.');
    const value = pair.value as Node | null;
    const earlier = seen.get(written);
    if (earlier) {
      const [wasMap, isMapNow] = [isMap(earlier.value), isMap(value)];
      const first = placeAt(walk.counter, (earlier.key as Node).range![0]).line;
      if (wasMap !== isMapNow)
        walk.findings.push(
          finding(
            'scalar-and-map',
            keyPlace,
            `"${key}" is given a ${isMapNow ? 'map' : 'value'} here and a ${wasMap ? 'map' : 'value'} on line ${first}, in the same map: YAML allows a key once per map, so Flink may refuse the file or keep only one of them`,
            `Write the value as "${written}: …" and the keys below it as dotted keys "${written}.<key>: …" in this map.`,
            key,
          ),
        );
      else if (isMapNow)
        walk.findings.push(
          finding(
            'duplicate-key',
            keyPlace,
            `"${key}" is a key of this map twice (also on line ${first}): YAML allows a key once per map, so Flink may refuse the file or keep one map and drop the other's keys`,
            `Merge the two "${written}" maps into one.`,
            key,
          ),
        );
    } else seen.set(written, pair);
    if (isMap(value)) {
      flattenYamlMap(value, [...prefix, written], walk, [...ancestors, keyStart]);
      continue;
    }
    const entry: LintEntry = {
      key,
      value: '',
      place: keyPlace,
      valuePlace: placeAt(walk.counter, start(value, keyNode.range![1])),
      form: formOf(prefix, written),
      format: walk.format,
      keyRange: [keyStart, keyNode.range![1]],
      path: [...prefix, written],
      ancestors: [...ancestors],
      scope: 0,
    };
    if (value?.range) entry.valueRange = [value.range[0], value.range[1]];
    if (isSeq(value)) {
      const items = value.items.map((item) => scalarText(item as Node | null));
      entry.items = items;
      entry.value = items.map(listItem).join(';');
    } else entry.value = scalarText(value);
    // An alias (`*defaults`) stands for a value set elsewhere: not checked here.
    if (isAlias(value)) entry.unresolved = true;
    walk.entries.push(entry);
  }
}
