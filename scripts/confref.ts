/**
 * `confref` — thin commands over src/lib. Exit codes: 0 clean or warnings
 * only, 1 errors in the content, 2 usage errors.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './commands/shared.ts';
import { ConfigError } from '../src/lib/config/env.ts';
import { limitHeapGrowth } from '../src/lib/runtime/heap-growth.ts';

type Run = (values: Record<string, string | boolean | undefined>, positionals: string[]) => Promise<number>;

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** The command's module, imported when it runs: `--help` and a warm search load no parser (scripts/cache/). */
  load(): Promise<Run>;
}

const CONTENT = { type: 'string', short: 'c' } as const;
/** Build the registry afresh and replace the cached one (scripts/cache/). */
const NO_CACHE = { type: 'boolean' } as const;

const COMMANDS: Record<string, Command> = {
  check: {
    summary: 'Check the notes and print diagnostics',
    usage: 'confref check [--content DIR] [--format text|json] [--against VERSION|DIR] [--no-cache]',
    options: { content: CONTENT, format: { type: 'string', short: 'f' }, against: { type: 'string' }, 'no-cache': NO_CACHE },
    load: async () => (await import('./commands/check.ts')).runCheck,
  },
  diff: {
    summary: 'What changed between two versions: added, removed, renamed, changed',
    usage: 'confref diff --from V1 --to V2 [--content DIR] [--json] [--no-cache]',
    options: { content: CONTENT, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' }, 'no-cache': NO_CACHE },
    load: async () => (await import('./commands/diff.ts')).runDiff,
  },
  i18n: {
    summary: 'Report translations per locale: translated, missing, outdated',
    usage: 'confref i18n [--content DIR] [--json] [--no-cache]',
    options: { content: CONTENT, json: { type: 'boolean' }, 'no-cache': NO_CACHE },
    load: async () => (await import('./commands/i18n.ts')).runI18n,
  },
  export: {
    summary: 'Print an option, or a group of options, as a Markdown table, Confluence markup, HTML or JSON',
    usage: 'confref export <key|group> [--format md|confluence|html|json] [--locale en|zh] [--site URL] [--content DIR] [--no-cache]',
    options: {
      content: CONTENT,
      format: { type: 'string', short: 'f' },
      locale: { type: 'string', short: 'l' },
      site: { type: 'string' },
      'no-cache': NO_CACHE,
    },
    load: async () => (await import('./commands/export.ts')).runExport,
  },
  import: {
    summary: "Import Flink's generated HTML option tables as notes",
    usage: 'confref import flink-html <dir> --out DIR [--version V]',
    options: { out: { type: 'string', short: 'o' }, version: { type: 'string' } },
    load: async () => (await import('./commands/import.ts')).runImport,
  },
  search: {
    summary: 'Search the options by key fragment, English or Chinese words',
    usage: 'confref search "<query>" [--content DIR] [--locale en|zh] [--version V] [--limit N] [--json] [--no-cache]',
    options: {
      content: CONTENT,
      locale: { type: 'string', short: 'l' },
      version: { type: 'string' },
      limit: { type: 'string', short: 'n' },
      json: { type: 'boolean' },
      'no-cache': NO_CACHE,
    },
    load: async () => (await import('./commands/search.ts')).runSearch,
  },
  lint: {
    summary:
      "Check Flink configuration files (config.yaml, flink-conf.yaml, SQL SET, -D flags, a FlinkDeployment) against a version's options",
    usage:
      'confref lint <file…> [--version V] [--content DIR] [--format text|json|sarif] [--input-format config-yaml|flink-conf|sql|cli|kubernetes] [--fix] [--to FILE] [--no-cache]',
    options: {
      content: CONTENT,
      version: { type: 'string' },
      format: { type: 'string', short: 'f' },
      'input-format': { type: 'string' },
      fix: { type: 'boolean' },
      to: { type: 'string' },
      'no-cache': NO_CACHE,
    },
    load: async () => (await import('./commands/lint.ts')).runLint,
  },
  registry: {
    summary: 'Write the option registry as JSON',
    usage: 'confref registry [--content DIR] [--out FILE] [--no-cache]',
    options: { content: CONTENT, out: { type: 'string', short: 'o' }, 'no-cache': NO_CACHE },
    load: async () => (await import('./commands/registry.ts')).runRegistry,
  },
};

function help(): string {
  const lines = ['Usage: confref <command> [options]', '', 'Commands:'];
  for (const command of Object.values(COMMANDS)) lines.push(`  ${command.usage.padEnd(52)} ${command.summary}`);
  lines.push(
    '',
    'DIR defaults to $CONFREF_CONTENT, else ./content.',
    'A registry built once is reused until a note changes ($CONFREF_CACHE_DIR); --no-cache builds it afresh.',
    'Exit codes: 0 clean or warnings only, 1 errors, 2 usage errors.',
  );
  return `${lines.join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  try {
    // Large notes: the heap grows at most to twice its live data between full collections (src/lib/runtime/heap-growth.ts).
    limitHeapGrowth();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`confref: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`Usage: ${command.usage}\n`);
      return 0;
    }
    const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    return await (
      await command.load()
    )(values as Record<string, string | boolean | undefined>, positionals);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`confref ${name}: ${(error as Error).message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}

// A reader that stops early (`confref registry | head`) closes the pipe: stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
