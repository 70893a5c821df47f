/** PyFlink: a `Configuration` handed to the execution environment. */
import { EXAMPLE_NOTE, type SnippetFormat } from '../format.ts';

/** A Python string literal (JSON's escapes are Python's). */
export function pythonString(text: string): string {
  return JSON.stringify(text);
}

export const python: SnippetFormat = {
  id: 'python',
  label: 'PyFlink',
  lang: 'python',
  render(settings) {
    return `${[
      'from pyflink.common import Configuration',
      'from pyflink.datastream import StreamExecutionEnvironment',
      '',
      'config = Configuration()',
      ...settings.map(
        ({ key, value, example }) =>
          `config.set_string(${pythonString(key)}, ${pythonString(value)})${example ? `  # ${EXAMPLE_NOTE}` : ''}`,
      ),
      'env = StreamExecutionEnvironment.get_execution_environment(config)',
    ].join('\n')}\n`;
  },
};
