/**
 * The value a snippet sets: the option's default, written the way Flink
 * writes that type (`10 s`, `64 mb`, `a;b`, `k:v,k2:v2`), or, where there is
 * no usable default, an example value valid for the type and plausible for
 * the key, marked as such. Keys with placeholders (`metrics.reporter.<name>.class`)
 * get an example name in their place.
 */
import type { Option, TypedValue } from '../registry/schema.ts';

export interface SnippetSetting {
  /** The key to set, placeholders filled in. */
  key: string;
  /** The value in Flink's string form. */
  value: string;
  /** The value (or the key's placeholder) is an example, not the default. */
  example: boolean;
  option: Option;
}

const DURATION_UNITS: Array<[number, string]> = [
  [86_400_000, 'd'],
  [3_600_000, 'h'],
  [60_000, 'min'],
  [1_000, 's'],
  [1, 'ms'],
];

/** Milliseconds as Flink prints a Duration: the largest whole unit (`600000` → `10 min`). */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0 ms';
  for (const [factor, unit] of DURATION_UNITS) if (ms % factor === 0) return `${ms / factor} ${unit}`;
  return `${ms} ms`;
}

const SIZE_UNITS: Array<[bigint, string]> = [
  [1024n ** 4n, 'tb'],
  [1024n ** 3n, 'gb'],
  [1024n ** 2n, 'mb'],
  [1024n, 'kb'],
];

/** Bytes as Flink prints a MemorySize (`67108864` → `64 mb`). */
export function formatMemorySize(bytes: number | string): string {
  const value = BigInt(bytes);
  if (value === 0n) return '0 bytes';
  for (const [factor, unit] of SIZE_UNITS) if (value % factor === 0n) return `${value / factor} ${unit}`;
  return `${value} bytes`;
}

/**
 * Flink's `escapeWithSingleQuote`: single quotes (doubled inside) around text
 * holding a separator or a quote, so its splitter reads it back whole.
 */
function quoteItem(item: string, separators: string): string {
  return [...separators, "'", '"'].some((c) => item.includes(c)) ? `'${item.replaceAll("'", "''")}'` : item;
}

/** A typed default in Flink's string form. */
export function flinkString(option: Option, value: TypedValue): string {
  switch (option.baseType) {
    case 'Duration':
      return formatDuration(Number(value));
    case 'MemorySize':
      return formatMemorySize(value as number | string);
    case 'List':
      return (value as TypedValue[])
        .map((item) =>
          option.elementType === 'Duration'
            ? formatDuration(Number(item))
            : option.elementType === 'MemorySize'
              ? formatMemorySize(item as number)
              : quoteItem(String(item), ';'),
        )
        .join(';');
    case 'Map':
      return (
        Object.entries(value as Record<string, string>)
          // As Flink writes a map: key and value escaped for ':', then the entry for ','.
          .map(([k, v]) => quoteItem(`${quoteItem(k, ':')}:${quoteItem(v, ':')}`, ','))
          .join(',')
      );
    default:
      return String(value);
  }
}

/** Well-known keys whose plausible values are not derivable from the type. */
const KNOWN_EXAMPLES = new Map<string, string>(
  Object.entries({
    'state.backend': 'rocksdb',
    'state.backend.type': 'rocksdb',
    'high-availability': 'zookeeper',
    'high-availability.type': 'zookeeper',
    'restart-strategy': 'fixed-delay',
    'restart-strategy.type': 'fixed-delay',
    'execution.runtime-mode': 'BATCH',
    'execution.target': 'yarn-application',
  }),
);

function lastWord(key: string): string {
  return key.split('.').at(-1) ?? key;
}

function exampleString(key: string): string {
  const known = KNOWN_EXAMPLES.get(key);
  if (known) return known;
  const last = lastWord(key).toLowerCase();
  const parts = key.split('.');
  // `savepoint-dir` names what it holds; `execution.checkpointing.dir` leaves it to the segment before.
  const named = /^([a-z]+)-(?:dirs?|paths?|director(?:y|ies))$/.exec(last)?.[1];
  const subject = named ?? (parts.length > 1 ? parts.at(-2)! : 'flink');
  if (/dirs?$|(?:^|-)(?:path|paths|directory|directories)$/.test(last)) {
    return /local|tmp|root/.test(key) ? `/data/flink/${subject}` : `hdfs:///flink/${subject}`;
  }
  if (/host(?:name)?s?$|address$/.test(last)) return 'localhost';
  if (/port$/.test(last)) return '8081';
  if (/(?:url|uri|endpoint)$/.test(last)) return 'http://localhost:8081';
  if (/class$|factory$/.test(last)) return 'com.example.MyImplementation';
  if (/password|secret|token/.test(last)) return 'change-me';
  if (/user(?:name)?$/.test(last)) return 'flink';
  if (/name$/.test(last)) return 'my-flink-job';
  if (/jars?$/.test(last)) return 'file:///opt/flink/usrlib/my-job.jar';
  return 'my-value';
}

/** An example value valid for the option's type and plausible for its key. */
export function exampleValue(option: Option, key: string): string {
  switch (option.baseType) {
    case 'Boolean':
      return option.default?.value === true ? 'false' : 'true';
    case 'Integer':
      return /port$/.test(key) ? '8081' : /parallelism/.test(key) ? '4' : '10';
    case 'Long':
      return '1000';
    case 'Float':
    case 'Double':
      return '0.5';
    case 'Duration':
      return '30 s';
    case 'MemorySize':
      return '64 mb';
    case 'Enum':
      return option.enumValues.find((value) => value !== option.default?.value) ?? option.enumValues[0] ?? exampleString(key);
    case 'List':
      if (option.elementType === 'Enum' && option.enumValues.length > 0) return option.enumValues.slice(0, 2).join(';');
      if (option.elementType === 'Duration') return '1 s;10 s';
      if (option.elementType === 'MemorySize') return '32 mb;64 mb';
      if (option.elementType === 'Integer' || option.elementType === 'Long') return '1;2';
      return /jars?$/.test(key) ? 'file:///opt/flink/usrlib/a.jar;file:///opt/flink/usrlib/b.jar' : 'value-1;value-2';
    case 'Map':
      return 'key1:value1,key2:value2';
    default:
      return exampleString(key);
  }
}

/** `metrics.reporter.<name>.class` → `metrics.reporter.my_name.class`. */
export function concreteKey(key: string): string {
  return key.replace(/<([^>]+)>/g, (_, name: string) => `my_${name.replace(/\W+/g, '_')}`);
}

export function snippetSetting(option: Option): SnippetSetting {
  const key = concreteKey(option.key);
  const placeholder = key !== option.key;
  // A literal, or arithmetic (`4 * 1024`) evaluated to a value valid for the type: never the expression itself.
  const value = option.default?.kind === 'literal' || option.default?.kind === 'expression' ? option.default.value : null;
  const usable =
    value !== null &&
    !(Array.isArray(value) && value.length === 0) &&
    !(typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) &&
    value !== '';
  if (usable) return { key, value: flinkString(option, value), example: placeholder, option };
  return { key, value: exampleValue(option, option.key), example: true, option };
}
