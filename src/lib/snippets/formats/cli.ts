/**
 * Command line: `-Dkey=value` for `flink run` and `sql-client.sh`, each
 * argument quoted for a POSIX shell so that any value (spaces, quotes, `$`,
 * `;`) reaches Flink unchanged.
 */
import { EXAMPLE_NOTE, type SnippetFormat } from '../format.ts';

/** POSIX shell quoting: bare when safe, else single quotes with `'\''` for a quote. */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

export const cli: SnippetFormat = {
  id: 'cli',
  label: 'CLI',
  lang: 'shell',
  render(settings) {
    const args = settings.map(({ key, value }) => shellQuote(`-D${key}=${value}`));
    const examples = settings.filter((s) => s.example).map((s) => `# ${s.key}: ${EXAMPLE_NOTE}`);
    const command = (head: string, tail: string[]): string => [head, ...args.map((arg) => `  ${arg}`), ...tail].join(' \\\n');
    return `${[
      ...examples,
      '# Submit a job with these options',
      command('./bin/flink run', ['  ./path/to/your-job.jar']),
      '',
      '# Start the SQL client with these options',
      command('./bin/sql-client.sh', []),
    ].join('\n')}\n`;
  },
};
