/**
 * `confref lint --to config.yaml`: a legacy `flink-conf.yaml` as the nested
 * standard `config.yaml` (FLIP-366) with the same effective configuration.
 * Values are read as Flink's legacy reader reads them, and written plain
 * where YAML reads them back the same, quoted where it would not (quotes
 * that were part of the value, `010`, `1.0`, `on`…). Comments go with the
 * setting below them; a key both set and the parent of others keeps its
 * value and gets its children as dotted keys. Every such change is listed.
 */
import { Document, isMap, isScalar, parse, type Node, type Pair, type YAMLMap } from 'yaml';
import { nestKeys } from '../snippets/nested-keys.ts';
import { render } from './messages.ts';
import { hashCutsValue, readFlinkConfLine } from './readers/flink-conf.ts';

export interface ConvertChange {
  line: number;
  message: string;
}

/** A blank line in a run of comments. */
const BLANK = '\u0000';

interface Setting {
  key: string;
  value: string;
  line: number;
  comments: string[];
  trailing: string | null;
}

/** The value YAML should hold: typed when YAML reads the plain text as that type and back as the same text, else the string. */
function yamlValue(value: string): string | number | boolean {
  try {
    const read: unknown = parse(`k: ${value}`, { logLevel: 'error' })?.k;
    if ((typeof read === 'number' || typeof read === 'boolean') && String(read) === value) return read;
  } catch {
    // Not YAML as it stands: written as a string, quoted.
  }
  return value;
}

function pairAt(doc: Document, path: string[]): Pair | undefined {
  let map = doc.contents as Node | null;
  let pair: Pair | undefined;
  for (const name of path) {
    if (!isMap(map)) return undefined;
    pair = (map as YAMLMap).items.find((item) => isScalar(item.key) && item.key.value === name);
    map = (pair?.value as Node | null) ?? null;
  }
  return pair;
}

/**
 * The config.yaml text for a flink-conf.yaml, and what changed on the way.
 * `rename` gives a key's new name (for `--fix`), or null to keep it.
 */
export function flinkConfToConfigYaml(
  text: string,
  rename: (key: string) => string | null = () => null,
): { text: string; changes: ConvertChange[] } {
  const changes: ConvertChange[] = [];
  const byKey = new Map<string, Setting>();
  let comments: string[] = [];
  let header: string[] = [];
  let sawSetting = false;
  // Where each key is set (the last line), as the legacy reader reads it: an old key is not renamed onto a key set too.
  const setAt = new Map<string, number>();
  text.split('\n').forEach((raw, index) => {
    const read = readFlinkConfLine(raw.replace(/\r$/, ''));
    if (read && !read.skipped) setAt.set(read.key, index + 1);
  });
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const number = index + 1;
    if (/^\s*#/.test(line)) {
      // A bare `#` stays one (yaml prints an empty comment line as a blank line).
      comments.push(line.trim().replace(/^#/, '') || ' ');
      return;
    }
    const read = readFlinkConfLine(line);
    if (!read) {
      if (line.trim() === '' && comments.length > 0) comments.push(BLANK);
      return;
    }
    if (read.skipped) {
      changes.push({ line: number, message: `left out "${line.trim()}": Flink skips it (${render(read.skipped, 'en')})` });
      return;
    }
    const renamed = rename(read.key);
    const newLine = renamed !== null && renamed !== read.key ? setAt.get(renamed) : undefined;
    if (newLine !== undefined) {
      // As --fix: the new key is set too, and Flink reads that one, so the old line goes rather than override it.
      changes.push({
        line: number,
        message: `left out "${read.key}": "${renamed}" is set too, on line ${newLine}, and Flink reads that one`,
      });
      return;
    }
    const key = renamed ?? read.key;
    if (key !== read.key) changes.push({ line: number, message: `renamed "${read.key}" to "${key}"` });
    const earlier = byKey.get(key);
    if (earlier) {
      changes.push({ line: earlier.line, message: `left out "${key}": set again on line ${number}, whose value Flink reads` });
      byKey.delete(key);
    }
    const trailing = read.hash === -1 ? null : line.slice(read.hash + 1).trim();
    if (hashCutsValue(line, read))
      changes.push({ line: number, message: `"${key}": Flink reads "${read.value}"; "#${trailing}" stays a comment` });
    // Comments before the first setting, up to a blank line, are the file's header.
    const blank = comments.lastIndexOf(BLANK);
    if (!sawSetting && blank !== -1) {
      header = comments.slice(0, blank);
      comments = comments.slice(blank + 1);
    }
    byKey.set(key, { key, value: read.value, line: number, comments: comments.filter((c) => c !== BLANK), trailing });
    sawSetting = true;
    comments = [];
  });
  const { tree, placed } = nestKeys(
    [...byKey.values()].map((setting) => ({ key: setting.key, item: setting })),
    (setting) => yamlValue(setting.value),
  );
  const doc = new Document(tree);
  // A comment goes before the outermost key its setting brings into the file.
  const firstUnder = new Map<string, Setting>();
  for (const [path, setting] of placed)
    for (let i = 1; i <= path.length; i++)
      if (!firstUnder.has(path.slice(0, i).join('\u0000'))) firstUnder.set(path.slice(0, i).join('\u0000'), setting);
  for (const [path, setting] of placed) {
    const pair = pairAt(doc, path);
    if (!pair) continue;
    const depth = path.findIndex((_, i) => firstUnder.get(path.slice(0, i + 1).join('\u0000')) === setting);
    const owner = pairAt(doc, path.slice(0, depth + 1));
    if (setting.comments.length > 0 && owner && isScalar(owner.key)) owner.key.commentBefore = setting.comments.join('\n');
    if (setting.trailing && isScalar(pair.value)) pair.value.comment = ` ${setting.trailing}`;
    const typed = yamlValue(setting.value);
    const plain = typeof typed === 'string' ? String(new Document(typed)).trim() : String(typed);
    if (plain !== setting.value)
      changes.push({
        line: setting.line,
        message: `"${setting.key}": ${setting.value} written as ${plain}, so that YAML reads the same text`,
      });
  }
  header = header.filter((c) => c !== BLANK);
  if (header.length > 0) doc.commentBefore = header.join('\n');
  comments = comments.filter((c) => c !== BLANK);
  if (comments.length > 0) doc.comment = comments.join('\n');
  changes.sort((a, b) => a.line - b.line || a.message.localeCompare(b.message));
  return { text: doc.toString({ lineWidth: 0 }), changes };
}
