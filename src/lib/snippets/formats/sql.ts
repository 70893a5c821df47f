/** Flink SQL (SQL client, Table API `executeSql`): `SET 'key' = 'value';`, quotes doubled inside literals. */
import { EXAMPLE_NOTE, type SnippetFormat } from '../format.ts';

export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

export const sql: SnippetFormat = {
  id: 'sql',
  label: 'SQL',
  lang: 'sql',
  render(settings) {
    return `${settings.map(({ key, value, example }) => `SET ${sqlString(key)} = ${sqlString(value)};${example ? ` -- ${EXAMPLE_NOTE}` : ''}`).join('\n')}\n`;
  },
};
