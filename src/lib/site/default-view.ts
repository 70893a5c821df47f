/**
 * How a default is laid out: a List default of two or more items is shown one
 * item per line (Flink separates items with `;`, which reads as one long
 * unbroken word), any other as written.
 */
import { parseList } from '../registry/values.ts';
import type { BaseType, DefaultValue } from '../registry/schema.ts';

/**
 * A List default's items as written (quotes removed, split as the registry
 * splits them), or undefined when the default is not a typed list of at
 * least two items.
 */
export function defaultListItems(baseType: BaseType, given: DefaultValue): string[] | undefined {
  if (baseType !== 'List' || given.kind !== 'literal' || !Array.isArray(given.value) || given.value.length < 2) return undefined;
  const items = parseList(given.raw);
  // The typed value has one entry per item; should the split ever differ, the text as written is shown instead.
  return items.length === given.value.length ? items : undefined;
}
