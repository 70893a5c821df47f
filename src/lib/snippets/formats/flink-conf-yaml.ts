/**
 * `conf/flink-conf.yaml`, Flink 1.18 and earlier: one `key: value` a line.
 * Flink's legacy reader cuts a line at `#` and takes the value literally (no
 * YAML quoting): a value with `#`, or one YAML would read differently, cannot
 * be written there, and the snippet says so instead.
 */
import { parse } from 'yaml';
import { EXAMPLE_NOTE, type SnippetFormat } from '../format.ts';

/**
 * Whether `key: value` means the same to Flink's legacy reader (cut at `#`,
 * value taken literally) and to a YAML reader. A value that fails this
 * cannot be written in flink-conf.yaml without breaking one of them.
 */
export function flinkConfYamlCanHold(value: string): boolean {
  if (value.includes('#')) return false;
  try {
    return parse(`k: ${value}`, { schema: 'failsafe' })?.k === value;
  } catch {
    return false;
  }
}

export const flinkConfYaml: SnippetFormat = {
  id: 'flink-conf-yaml',
  label: 'flink-conf.yaml',
  lang: 'yaml',
  render(settings) {
    const lines = ['# conf/flink-conf.yaml (Flink 1.18 and earlier)'];
    for (const { key, value, example } of settings) {
      if (!flinkConfYamlCanHold(value)) {
        const why = value.includes('#')
          ? 'its value holds "#", which starts a comment there'
          : 'Flink reads its value literally there, and YAML would not';
        lines.push(`# ${key} cannot be written in flink-conf.yaml (${why}): use config.yaml or -D.`);
        continue;
      }
      lines.push(`${key}: ${value}${example ? `  # ${EXAMPLE_NOTE}` : ''}`);
    }
    return `${lines.join('\n')}\n`;
  },
};
