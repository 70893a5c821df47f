/** Which input format a file is: told by its name, else by its content. */
import type { InputFormat } from './types.ts';

const KUBERNETES = /^\s*kind:\s*["']?Flink(?:Deployment|SessionJob)\b/m;

export function detectFormat(name: string, text: string): InputFormat {
  const base = (name.split(/[\\/]/).at(-1) ?? name).toLowerCase();
  if (/^flink-conf\.ya?ml$/.test(base)) return 'flink-conf';
  if (base.endsWith('.sql')) return 'sql';
  if (/\.(?:sh|bash|zsh|args|argfile|cmd)$/.test(base)) return 'cli';
  if (KUBERNETES.test(text)) return 'kubernetes';
  if (/\.ya?ml$/.test(base)) return 'config-yaml';
  if (/^\s*SET\s/im.test(text)) return 'sql';
  if (/(?:^|\s)["']?-D[\w.-]+=/.test(text)) return 'cli';
  return 'config-yaml';
}
