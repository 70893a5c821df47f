/**
 * Dotted keys nested as Flink 1.19+'s `config.yaml` reads them back (Flink
 * joins nested keys with dots). Where a key is both a value and the parent
 * of other keys (`fs.s3a.endpoint` and `fs.s3a.endpoint.region`), nesting
 * would lose one of them: the value stays at the key and the others are
 * written below its parent as dotted keys (`endpoint.region`). The
 * config.yaml snippet and `confref lint --to` both nest this way.
 */

export type NestedScalar = string | number | boolean;
export type NestedTree = { [key: string]: NestedTree | NestedScalar };

interface Trie<T> {
  item?: T;
  children: Map<string, Trie<T>>;
}

function insert<T>(root: Trie<T>, key: string, item: T): void {
  let node = root;
  for (const part of key.split('.')) {
    let child = node.children.get(part);
    if (!child) node.children.set(part, (child = { children: new Map() }));
    node = child;
  }
  node.item = item;
}

/** Every item below a node, with keys relative to it. */
function flatten<T>(node: Trie<T>, prefix: string, out: Array<[string, T]>): void {
  for (const [name, child] of node.children) {
    const key = `${prefix}.${name}`;
    if (child.item !== undefined) out.push([key, child.item]);
    flatten(child, key, out);
  }
}

function toTree<T>(node: Trie<T>, path: string[], scalar: (item: T) => NestedScalar, placed: Array<[string[], T]>): NestedTree {
  const tree: NestedTree = {};
  for (const [name, child] of node.children) {
    if (child.item === undefined) {
      tree[name] = toTree(child, [...path, name], scalar, placed);
      continue;
    }
    tree[name] = scalar(child.item);
    placed.push([[...path, name], child.item]);
    const below: Array<[string, T]> = [];
    flatten(child, name, below);
    for (const [key, item] of below) {
      tree[key] = scalar(item);
      placed.push([[...path, key], item]);
    }
  }
  return tree;
}

/**
 * The nested tree of `items` (in their order, a later item of the same key
 * replacing the earlier), and where each item ended up: its path of YAML keys.
 */
export function nestKeys<T>(
  items: ReadonlyArray<{ key: string; item: T }>,
  scalar: (item: T) => NestedScalar,
): { tree: NestedTree; placed: Array<[string[], T]> } {
  const root: Trie<T> = { children: new Map() };
  for (const { key, item } of items) insert(root, key, item);
  const placed: Array<[string[], T]> = [];
  return { tree: toTree(root, [], scalar, placed), placed };
}
