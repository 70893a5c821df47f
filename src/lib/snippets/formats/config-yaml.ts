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
import type { SnippetSetting } from '../value.ts';

interface Trie {
  value?: SnippetSetting;
  children: Map<string, Trie>;
}

type Tree = { [key: string]: Tree | string | number | boolean };

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

function insert(root: Trie, setting: SnippetSetting): void {
  let node = root;
  for (const part of setting.key.split('.')) {
    let child = node.children.get(part);
    if (!child) node.children.set(part, (child = { children: new Map() }));
    node = child;
  }
  node.value = setting;
}

/** Every setting below a node, with keys relative to it. */
function flatten(node: Trie, prefix: string, out: Array<[string, SnippetSetting]>): void {
  for (const [name, child] of node.children) {
    const key = `${prefix}.${name}`;
    if (child.value) out.push([key, child.value]);
    flatten(child, key, out);
  }
}

function toTree(node: Trie, path: string[], examples: string[][]): Tree {
  const tree: Tree = {};
  for (const [name, child] of node.children) {
    if (child.value && child.children.size > 0) {
      tree[name] = scalar(child.value);
      if (child.value.example) examples.push([...path, name]);
      const below: Array<[string, SnippetSetting]> = [];
      flatten(child, name, below);
      for (const [key, setting] of below) {
        tree[key] = scalar(setting);
        if (setting.example) examples.push([...path, key]);
      }
    } else if (child.value) {
      tree[name] = scalar(child.value);
      if (child.value.example) examples.push([...path, name]);
    } else {
      tree[name] = toTree(child, [...path, name], examples);
    }
  }
  return tree;
}

export const configYaml: SnippetFormat = {
  id: 'config-yaml',
  label: 'config.yaml',
  lang: 'yaml',
  render(settings) {
    const root: Trie = { children: new Map() };
    for (const setting of settings) insert(root, setting);
    const examples: string[][] = [];
    const doc = new Document(toTree(root, [], examples));
    for (const path of examples) {
      const node = doc.getIn(path, true) as Node | undefined;
      if (node && isScalar(node)) node.comment = ` ${EXAMPLE_NOTE}`;
    }
    doc.commentBefore = ' conf/config.yaml (Flink 1.19 and later)';
    return doc.toString({ lineWidth: 0 });
  },
};
