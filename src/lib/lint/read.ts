/** Every reader by input format. */
import { readCli } from './readers/cli.ts';
import { readConfigYaml } from './readers/config-yaml.ts';
import { readFlinkConf } from './readers/flink-conf.ts';
import { readKubernetes } from './readers/kubernetes.ts';
import { readSql } from './readers/sql.ts';
import type { InputFormat, ReadResult } from './types.ts';

export const READERS: Record<InputFormat, (text: string) => ReadResult> = {
  'config-yaml': readConfigYaml,
  'flink-conf': readFlinkConf,
  sql: readSql,
  cli: readCli,
  kubernetes: readKubernetes,
};

export function readConfig(text: string, format: InputFormat): ReadResult {
  return READERS[format](text);
}
