/**
 * A YAML map of Flink options, flattened as Flink 1.19+ flattens
 * `config.yaml` (FLIP-366): nested keys joined with dots, flat dotted keys
 * as they are, the two mixed freely; a list's items joined with `;`. Read
 * with eemeli/yaml's Document API, positions from its LineCounter.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import { say } from '../messages.ts';
import { finding } from '../rules.ts';
import { placeAt } from '../positions.ts';
import type { InputFormat, KeyForm, LintEntry, LintFinding } from '../types.ts';

interface Walk {
  counter: LineCounter;
  format: InputFormat;
  entries: LintEntry[];
  findings: LintFinding[];
  /** The document, to resolve aliases (`*ref`) to the nodes they stand for. */
  doc?: Document.Parsed;
  /** The maps being flattened, so that an alias to one of them is not followed again. */
  open?: Set<Node>;
}

/** What an alias stands for (within its document), or the node itself. */
function resolved(node: Node | null, walk: Walk): Node | null {
  if (!isAlias(node) || !walk.doc) return node;
  return (node.resolve(walk.doc) as Node | undefined) ?? node;
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

/** A key as written: a plain scalar's source (`1.10` stays `1.10`, `0x1f` stays `0x1f`), a quoted one's value. */
function keyText(node: Node): string {
  if (isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string') return node.source;
  return String((node as { value?: unknown }).value);
}

/**
 * The settings of `map`, whose keys sit below `prefix` (the written keys of
 * the maps above it). `via` is the alias or merge key (`<<: *base`) the map
 * is read through: its settings are placed there, and --fix leaves them (their
 * key range is empty). `skip` holds keys the map sets itself, above a merge.
 */
export function flattenYamlMap(
  map: YAMLMap,
  prefix: readonly string[],
  walk: Walk,
  ancestors: readonly number[] = [],
  via?: Node,
  skip?: ReadonlySet<string>,
): void {
  const open = (walk.open ??= new Set());
  if (open.has(map)) return;
  open.add(map);
  const seen = new Map<string, Pair>();
  // `<<: *base`: YAML's merge key; the map's own keys win over the merged ones, an earlier merged map over a later.
  const own = new Set<string>(skip);
  for (const pair of map.items) {
    const keyNode = pair.key as Node | null;
    if (isScalar(keyNode) && keyNode.value !== null && typeof keyNode.value !== 'object' && keyText(keyNode) !== '<<')
      own.add(keyText(keyNode));
  }
  for (const pair of map.items) {
    const keyNode = pair.key as Node | null;
    if (skip && isScalar(keyNode) && skip.has(keyText(keyNode))) continue;
    if (isScalar(keyNode) && keyNode.type === 'PLAIN' && keyNode.source === '<<') {
      const merged = resolved(pair.value as Node | null, walk);
      const sources = isSeq(merged) ? merged.items.map((item) => resolved(item as Node | null, walk)) : [merged];
      for (const source of sources)
        if (isMap(source)) {
          flattenYamlMap(source, prefix, walk, ancestors, via ?? keyNode, own);
          for (const item of source.items) if (isScalar(item.key)) own.add(keyText(item.key as Node));
        }
      continue;
    }
    if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
      walk.findings.push(finding('syntax', placeAt(walk.counter, start(keyNode, start(map, 0))), say('syntax.key-not-text')));
      continue;
    }
    const written = keyText(keyNode);
    const keyStart = keyNode.range![0];
    const at = via?.range?.[0];
    const keyPlace = placeAt(walk.counter, at ?? keyStart);
    const key = [...prefix, written].join('.');
    const given = pair.value as Node | null;
    // An alias to a map (`pipeline: *defaults`) is that map's keys, placed at the alias.
    const target = resolved(given, walk);
    const value = isMap(target) ? target : given;
    const earlier = seen.get(written);
    if (earlier) {
      const [wasMap, isMapNow] = [isMap(earlier.value), isMap(value)];
      const first = placeAt(walk.counter, (earlier.key as Node).range![0]).line;
      if (wasMap !== isMapNow)
        walk.findings.push(
          finding(
            'scalar-and-map',
            keyPlace,
            say('scalar-and-map', {
              key,
              now: say(isMapNow ? 'scalar-and-map.map' : 'scalar-and-map.value'),
              was: say(wasMap ? 'scalar-and-map.map' : 'scalar-and-map.value'),
              line: first,
            }),
            say('scalar-and-map.hint', { written }),
            key,
          ),
        );
      else if (isMapNow)
        walk.findings.push(
          finding(
            'duplicate-key',
            keyPlace,
            say('duplicate-key.map', { key, line: first }),
            say('duplicate-key.map.hint', { written }),
            key,
          ),
        );
    } else seen.set(written, pair);
    if (isMap(value)) {
      flattenYamlMap(value, [...prefix, written], walk, [...ancestors, keyStart], via ?? (value === given ? undefined : given!));
      continue;
    }
    const entry: LintEntry = {
      key,
      value: '',
      place: keyPlace,
      valuePlace: at === undefined ? placeAt(walk.counter, start(value, keyNode.range![1])) : keyPlace,
      form: formOf(prefix, written),
      format: walk.format,
      keyRange: at === undefined ? [keyStart, keyNode.range![1]] : [at, at],
      path: [...prefix, written],
      ancestors: [...ancestors],
      scope: 0,
    };
    if (value?.range && at === undefined) entry.valueRange = [value.range[0], value.range[1]];
    // An alias to a value (`interval: *every`) is checked as the value its anchor holds, placed at the alias (where
    // the key takes it), as Flink's YAML reader resolves it.
    const read = isAlias(value) ? target : value;
    if (isSeq(read)) {
      const items = read.items.map((item) => scalarText(resolved(item as Node | null, walk)));
      entry.items = items;
      entry.value = items.map(listItem).join(';');
    } else entry.value = scalarText(read);
    if (isAlias(read)) {
      entry.unresolved = true;
      walk.findings.push(
        finding(
          'syntax',
          entry.valuePlace,
          say('syntax.alias', { name: read.source }),
          say('syntax.alias.hint', { name: read.source }),
          key,
        ),
      );
    }
    walk.entries.push(entry);
  }
  open.delete(map);
}
