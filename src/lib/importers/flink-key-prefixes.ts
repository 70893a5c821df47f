/**
 * Keys that Flink's generated tables print relative to a prefix Flink adds when it reads them
 * (`address` is set as `sql-gateway.endpoint.rest.address`). Where a table's page says the prefix in
 * its own prose, the importer takes it from there; where the HTML carries no evidence, from the
 * table of known prefixes below. This module is the one place that knowledge lives.
 */

/** A table file whose keys Flink reads under a prefix the generated HTML leaves out. */
export interface KnownKeyPrefix {
  /** The table's file name without `.html` and without `_zh`. */
  table: string;
  /** Written before every key of the table that does not already start with it. */
  prefix: string;
  /** Where Flink says so: its docs page and option classes. */
  source: string;
}

/**
 * Checked against apache/flink: the docs pages that include these tables and the option classes
 * that generate them. Later generators print the reporter prefixes themselves
 * (`@Documentation.SuffixOption`), so a table that already carries the prefix is left as it is.
 */
export const KNOWN_KEY_PREFIXES: readonly KnownKeyPrefix[] = [
  {
    table: 'sql_gateway_rest_configuration',
    prefix: 'sql-gateway.endpoint.rest.',
    source:
      'Flink docs dev/table/sql-gateway/rest.md ("Endpoint Options": sql-gateway.endpoint.rest.address, …); ' +
      'SqlGatewayRestOptions keys are read under SqlGatewayEndpointFactoryUtils.GATEWAY_ENDPOINT_PREFIX ' +
      '"sql-gateway.endpoint" + the endpoint identifier "rest"',
  },
  {
    table: 'influxdb_reporter_configuration',
    prefix: 'metrics.reporter.influxdb.',
    source:
      'Flink docs deployment/metric_reporters.md (example metrics.reporter.influxdb.host: localhost); ' +
      'InfluxdbReporterOptions keys are read under metrics.reporter.<name>., and later generated tables print ' +
      'metrics.reporter.influxdb.*',
  },
  {
    table: 'prometheus_push_gateway_reporter_configuration',
    prefix: 'metrics.reporter.prometheus.',
    source:
      'PrometheusPushGatewayReporterOptions: @Documentation.SuffixOption(METRICS_REPORTER_PREFIX + "prometheus"); ' +
      'keys are read under metrics.reporter.<name>., and later generated tables print metrics.reporter.prometheus.*',
  },
];

/** How a table's prefix was found. */
export type PrefixEvidence =
  | { kind: 'prose-statement'; prefix: string; quote: string }
  | { kind: 'prose-examples'; prefix: string; examples: string[] }
  | { kind: 'known'; prefix: string; source: string };

/** A key as the table printed it and as the importer writes it. */
export interface QualifiedKey {
  from: string;
  to: string;
}

/** The known prefix for a table file (`sql_gateway_rest_configuration.html`, or its `_zh` copy). */
export function knownKeyPrefix(fileName: string): KnownKeyPrefix | undefined {
  const table = fileName.replace(/\.html?$/i, '').replace(/_zh$/, '');
  return KNOWN_KEY_PREFIXES.find((known) => known.table === table);
}

// A dotted key as prose writes it: segments of letters, digits, `-`, `_`, `#` and `<placeholders>`.
const SEGMENT = String.raw`(?:[A-Za-z0-9_#-]+|<[A-Za-z0-9_-]+>)`;
const DOTTED = new RegExp(String.raw`${SEGMENT}(?:\.${SEGMENT})+`, 'g');
// "prefixed with `x.y.`", "relative to x.y.*", "前缀 x.y." — a prefix ends in `.` or `.*`.
const STATEMENT = new RegExp(
  String.raw`(?:prefix(?:ed)?(?:\s+(?:with|by|of))?|relative\s+to|前缀(?:为|是)?)\s*[:：]?\s*[\x60"'“‘]?(${SEGMENT}(?:\.${SEGMENT})*)\.\*?(?=[\x60"'”’\s,;)]|$)`,
  'gi',
);

/**
 * The prefix a page's prose gives for its table's keys: an explicit statement ("keys are prefixed
 * with `x.`"), else the prefix that examples in the prose (`x.address: …`) put before the most of
 * the table's keys. `keys` are the keys as the table prints them; undefined when the prose is silent
 * or names more than one prefix equally.
 */
export function prefixFromProse(prose: string, keys: readonly string[]): PrefixEvidence | undefined {
  const statements = new Map<string, string>();
  for (const match of prose.matchAll(STATEMENT)) {
    const prefix = `${match[1]!}.`;
    if (!statements.has(prefix)) statements.set(prefix, match[0].trim());
  }
  const [statement] = statements;
  if (statement && statements.size === 1) return { kind: 'prose-statement', prefix: statement[0], quote: statement[1] };
  if (statements.size > 1) return undefined;
  const examples = new Map<string, Set<string>>();
  const keySet = new Set(keys);
  for (const [token] of prose.matchAll(DOTTED)) {
    if (keySet.has(token)) continue;
    for (const key of keys) {
      if (!token.endsWith(`.${key}`)) continue;
      const prefix = token.slice(0, token.length - key.length);
      if (!examples.has(prefix)) examples.set(prefix, new Set());
      examples.get(prefix)!.add(token);
    }
  }
  const ranked = [...examples].sort(([a, x], [b, y]) => y.size - x.size || a.localeCompare(b));
  const [best, second] = ranked;
  if (!best || (second && second[1].size === best[1].size)) return undefined;
  return { kind: 'prose-examples', prefix: best[0], examples: [...best[1]].sort() };
}

/**
 * Whether a prefix found in examples applies to a table: more than half the keys it would change
 * either have no dot (a top-level key is rare; a table of them is relative) or appear in the prose
 * with the prefix. A table of full keys that the prose happens to mention under a longer name stays
 * as it is.
 */
export function examplesApply(evidence: PrefixEvidence & { kind: 'prose-examples' }, keys: readonly string[]): boolean {
  const changed = keys.filter((key) => !key.startsWith(evidence.prefix));
  const seen = new Set(evidence.examples);
  const relative = changed.filter((key) => !key.includes('.') || seen.has(`${evidence.prefix}${key}`));
  return changed.length > 0 && relative.length * 2 > changed.length;
}

/**
 * The keys as written under a prefix. Those that already start with it stay. A known prefix is for the
 * single names its tables print (`host`), so a dotted key there is taken as a full key and stays too;
 * the page's own prose speaks for all the keys of its table.
 */
export function qualifyKeys(keys: readonly string[], evidence: PrefixEvidence): QualifiedKey[] {
  const { prefix } = evidence;
  return keys
    .filter((key) => key !== '' && !key.startsWith(prefix) && (evidence.kind !== 'known' || !key.includes('.')))
    .map((key) => ({ from: key, to: `${prefix}${key}` }));
}

/** One line saying how a prefix was found, for `confref import`'s report. */
export function describeEvidence(evidence: PrefixEvidence): string {
  switch (evidence.kind) {
    case 'prose-statement':
      return `the page's prose ("${evidence.quote}")`;
    case 'prose-examples':
      return `the page's examples (${evidence.examples.slice(0, 3).join(', ')})`;
    case 'known':
      return `the known prefix of this table (${evidence.source})`;
  }
}
