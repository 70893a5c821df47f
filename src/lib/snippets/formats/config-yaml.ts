/**
 * `conf/config.yaml`, Flink 1.19 and later (FLIP-366): standard YAML, keys
 * nested by their dotted parts. Flink joins nested keys with dots, so where a
 * key is both a value and the parent of another key in the same snippet
 * (`fs.s3a.endpoint` and `fs.s3a.endpoint.region`), nesting would lose one of
 * them: the value stays at the key and the children are written below its
 * parent as dotted keys (`endpoint.region`), which Flink reads back the same.
 */
import { Document, isScalar, type Node } from 'yaml';
import { EXAMPLE_NOTE, type SnippetFormat } from '../format.ts';
import { nestKeys } from '../nested-keys.ts';
import type { SnippetSetting } from '../value.ts';

/** Booleans and numbers as YAML scalars when they read back identically; everything else a string. */
function scalar(setting: SnippetSetting): string | number | boolean {
  const { value, option } = setting;
  if (option.baseType === 'Boolean' && (value === 'true' || value === 'false')) return value === 'true';
  if (
    ['Integer', 'Long', 'Float', 'Double'].includes(option.baseType) &&
    String(Number(value)) === value &&
    Number.isSafeInteger(Math.trunc(Number(value)))
  )
    return Number(value);
  return value;
}

export const configYaml: SnippetFormat = {
  id: 'config-yaml',
  label: 'config.yaml',
  lang: 'yaml',
  render(settings) {
    const { tree, placed } = nestKeys(
      settings.map((setting) => ({ key: setting.key, item: setting })),
      scalar,
    );
    const doc = new Document(tree);
    for (const [path, setting] of placed) {
      if (!setting.example) continue;
      const node = doc.getIn(path, true) as Node | undefined;
      if (node && isScalar(node)) node.comment = ` ${EXAMPLE_NOTE}`;
    }
    doc.commentBefore = ' conf/config.yaml (Flink 1.19 and later)';
    return doc.toString({ lineWidth: 0 });
  },
};
