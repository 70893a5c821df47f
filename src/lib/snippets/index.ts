/**
 * Example snippets for options, one pure function per format: an option (or
 * a group's options together) → the code that sets it in each way Flink is
 * configured. The site highlights them with shiki at build time.
 */
import type { Option } from '../registry/schema.ts';
import type { SnippetContext, SnippetFormat } from './format.ts';
import { cli } from './formats/cli.ts';
import { configYaml } from './formats/config-yaml.ts';
import { flinkConfYaml } from './formats/flink-conf-yaml.ts';
import { java } from './formats/java.ts';
import { kubernetes } from './formats/kubernetes.ts';
import { python } from './formats/python.ts';
import { sql } from './formats/sql.ts';
import { snippetSetting } from './value.ts';

export const SNIPPET_FORMATS: readonly SnippetFormat[] = [configYaml, flinkConfYaml, sql, java, python, cli, kubernetes];

export interface Snippet {
  format: SnippetFormat;
  code: string;
}

/** One option's snippets, made once however many pages show them (its page in each locale). */
const ofOneOption = new WeakMap<Option, readonly Snippet[]>();

/** Every format's snippet for one option or several (a group), in format order. */
export function snippetsFor(options: readonly Option[]): readonly Snippet[] {
  const [only] = options;
  if (options.length !== 1 || !only) return makeSnippets(options);
  const made = ofOneOption.get(only) ?? makeSnippets(options);
  ofOneOption.set(only, made);
  return made;
}

function makeSnippets(options: readonly Option[]): Snippet[] {
  const settings = options.map(snippetSetting);
  const context: SnippetContext = { version: options[0]?.version ?? null };
  return SNIPPET_FORMATS.map((format) => ({ format, code: format.render(settings, context) }));
}

export { snippetSetting, type SnippetSetting } from './value.ts';
export type { SnippetFormat } from './format.ts';
