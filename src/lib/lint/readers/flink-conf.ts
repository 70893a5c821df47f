/**
 * The legacy `flink-conf.yaml`, read as Flink 1.18 and earlier read it
 * (GlobalConfiguration.loadYAMLResource), not as YAML: each line is cut at
 * its first `#`, trimmed, and split at its first `": "`; key and value are
 * trimmed and taken literally (quotes stay part of the value, nothing
 * nests). A line without `": "`, or with an empty key or value, is skipped.
 */
import { say, type LintText } from '../messages.ts';
import { finding } from '../rules.ts';
import type { LintEntry, ReadResult } from '../types.ts';

/** One line as Flink's legacy reader sees it, with the offsets (in the line) of what it keeps. */
export interface FlinkConfLine {
  /** The text before the first `#`. */
  content: string;
  /** Where the `#` is, or -1. */
  hash: number;
  key: string;
  value: string;
  keyAt: number;
  valueAt: number;
  /** Why Flink skips the line (it has content but no setting), or null. */
  skipped: LintText | null;
}

export function readFlinkConfLine(line: string): FlinkConfLine | null {
  const hash = line.indexOf('#');
  const content = hash === -1 ? line : line.slice(0, hash);
  if (content.trim() === '') return null;
  const split = content.indexOf(': ');
  const lead = content.length - content.trimStart().length;
  const empty = { content, hash, key: '', value: '', keyAt: lead, valueAt: lead };
  if (split === -1) {
    return { ...empty, skipped: say(content.trimEnd().endsWith(':') ? 'ignored-line.no-value' : 'ignored-line.no-separator') };
  }
  const key = content.slice(0, split).trim();
  const rest = content.slice(split + 2);
  const value = rest.trim();
  const valueAt = split + 2 + (rest.length - rest.trimStart().length);
  if (key === '' || value === '')
    return { ...empty, key, keyAt: lead, skipped: say(key === '' ? 'ignored-line.empty-key' : 'ignored-line.empty-value') };
  return { content, hash, key, value, keyAt: lead, valueAt, skipped: null };
}

/**
 * Whether the line's `#` cuts what was meant as part of the value: right
 * after the value's text, or inside quotes it opened (after a space, outside
 * quotes, it is an ordinary comment).
 */
export function hashCutsValue(line: string, read: FlinkConfLine): boolean {
  if (read.hash === -1) return false;
  const unclosed = /^["']/.test(read.value) && (read.value.length === 1 || !read.value.endsWith(read.value[0]!));
  return unclosed || !/\s/.test(line[read.hash - 1] ?? ' ');
}

export function readFlinkConf(text: string): ReadResult {
  const result: ReadResult = { entries: [], findings: [] };
  let offset = 0;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const lineStart = offset;
    offset += raw.length + 1;
    const read = readFlinkConfLine(line);
    if (!read) return;
    const at = (column: number) => ({ line: index + 1, column: column + 1 });
    if (read.skipped) {
      const nested = /^\s/.test(line) || read.content.trimEnd().endsWith(':');
      result.findings.push(
        finding(
          'ignored-line',
          at(read.keyAt),
          say('ignored-line', { why: read.skipped }),
          say(nested ? 'ignored-line.nested.hint' : 'ignored-line.hint'),
        ),
      );
      return;
    }
    const entry: LintEntry = {
      key: read.key,
      value: read.value,
      place: at(read.keyAt),
      valuePlace: at(read.valueAt),
      form: 'flat',
      format: 'flink-conf',
      keyRange: [lineStart + read.keyAt, lineStart + read.keyAt + read.key.length],
      scope: 0,
    };
    result.entries.push(entry);
    if (hashCutsValue(line, read))
      result.findings.push(
        finding(
          'hash-in-value',
          at(read.hash),
          say('hash-in-value', { key: read.key, value: read.value, cut: line.slice(read.hash).trimEnd() }),
          say('hash-in-value.hint'),
          read.key,
        ),
      );
    if (/^(["']).*\1$/.test(read.value) && read.value.length >= 2)
      result.findings.push(
        finding(
          'quoted-value',
          at(read.valueAt),
          say('quoted-value', { key: read.key, value: read.value }),
          say('quoted-value.hint'),
          read.key,
        ),
      );
  });
  return result;
}
