/**
 * Every reader by input format, as `READERS` (read.ts) holds them, each
 * module loaded when first asked for: the check page loads the YAML parser
 * only for the YAML formats. The CLI reads through `READERS`, synchronously.
 */
import type { InputFormat, ReadResult } from './types.ts';

type Reader = (text: string) => ReadResult;

const LOADERS: Record<InputFormat, () => Promise<Reader>> = {
  'config-yaml': () => import('./readers/config-yaml.ts').then((module) => module.readConfigYaml),
  'flink-conf': () => import('./readers/flink-conf.ts').then((module) => module.readFlinkConf),
  sql: () => import('./readers/sql.ts').then((module) => module.readSql),
  cli: () => import('./readers/cli.ts').then((module) => module.readCli),
  kubernetes: () => import('./readers/kubernetes.ts').then((module) => module.readKubernetes),
};

export function loadReader(format: InputFormat): Promise<Reader> {
  return LOADERS[format]();
}
