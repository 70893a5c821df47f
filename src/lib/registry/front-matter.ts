/**
 * Optional YAML front matter, read with gray-matter whose engines are
 * replaced: YAML goes through `yaml` with the core schema (no custom tags,
 * alias expansion capped against "billion laughs") and a depth limit; JSON is
 * parsed as data; every other engine (`---js`, `---coffee`) is refused and
 * never executed. This module is the only reader of front matter.
 *
 * The block's two delimiter lines are found here, before gray-matter reads
 * it: gray-matter takes an unclosed block to run to the end of the note (the
 * whole note would be read as YAML) and knows no `...` closing line, while a
 * note's author needs "not closed" reported at line 1 and the body's lines
 * kept at their numbers.
 */
import matter from 'gray-matter';
import type { VFile } from 'vfile';
import { isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { report } from './diagnostics.ts';
import { LocaleSchema, NoteKindSchema } from './schema.ts';

const MAX_DEPTH = 20;
const MAX_ALIASES = 50;

/** The fields confref reads; others are kept as they are. */
export const FrontMatterSchema = z
  .object({
    title: z.string().optional(),
    lang: z
      .string()
      .transform((value) => value.toLowerCase().split(/[-_]/)[0])
      .pipe(LocaleSchema)
      .optional(),
    version: z.union([z.string(), z.number()]).transform(String).optional(),
    group: z.string().optional(),
    kind: NoteKindSchema.optional(),
    translationOf: z.string().optional(),
    upstream: z.boolean().optional(),
  })
  .loose();
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export interface FrontMatterResult {
  data: FrontMatter;
  /** The note's text with the front matter blanked out, so that lines keep their numbers. */
  body: string;
}

class FrontMatterError extends Error {
  readonly line: number;
  readonly column: number;
  readonly hint: string | undefined;
  constructor(message: string, line: number, column: number, hint?: string) {
    super(message);
    this.line = line;
    this.column = column;
    this.hint = hint;
  }
}

const OPENING = /^---([^\n]*)\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/** Plain data only: drops `__proto__`-like keys and rejects nesting deeper than MAX_DEPTH. */
function toPlainData(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new FrontMatterError(`Front matter is nested deeper than ${MAX_DEPTH} levels`, 1, 1);
  if (Array.isArray(value)) return value.map((item) => toPlainData(item, depth + 1));
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      out[key] = toPlainData(item, depth + 1);
    }
    return out;
  }
  return value;
}

function yamlEngine(source: string): Record<string, unknown> {
  const lineCounter = new LineCounter();
  // `source` starts right after the opening `---`, so its line n is the note's line n.
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: true, lineCounter, prettyErrors: false });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const at = lineCounter.linePos(problem.pos[0]);
    throw new FrontMatterError(`Invalid YAML front matter: ${problem.message.split('\n')[0]}`, at.line, at.col);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new FrontMatterError(`Front matter rejected: ${(error as Error).message}`, 1, 1, 'Aliases are capped to stop alias bombs.');
  }
  data = toPlainData(data ?? {}, 0);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new FrontMatterError('Front matter must be a YAML mapping (key: value lines)', 2, 1);
  }
  // `version: 1.20` is the version 1.20, not the number 1.2: a number is taken as written.
  const version = doc.get('version', true);
  if (isScalar(version) && typeof version.value === 'number' && typeof version.source === 'string') {
    (data as Record<string, unknown>)['version'] = version.source;
  }
  return data as Record<string, unknown>;
}

function refuse(language: string) {
  return (): never => {
    throw new FrontMatterError(
      `Front matter in "${language}" is not read: only YAML (and JSON) front matter is allowed`,
      1,
      4,
      'Write the front matter as YAML between --- lines; code in front matter is never executed.',
    );
  };
}

const ENGINES = {
  yaml: yamlEngine,
  json: (source: string): Record<string, unknown> => {
    try {
      return toPlainData(JSON.parse(source), 0) as Record<string, unknown>;
    } catch (error) {
      if (error instanceof FrontMatterError) throw error;
      throw new FrontMatterError(`Invalid JSON front matter: ${(error as Error).message}`, 1, 1);
    }
  },
  js: refuse('js'),
  javascript: refuse('javascript'),
  coffee: refuse('coffee'),
  coffeescript: refuse('coffeescript'),
  toml: refuse('toml'),
};

/** Splits off and validates front matter; diagnostics go to `file`. */
export function readFrontMatter(text: string, file: VFile): FrontMatterResult {
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, body: text };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    report(
      file,
      'front-matter',
      { line: 1, column: 1 },
      'Front matter is not closed: no `---` line after the opening one',
      'Close it with a line of three dashes, or remove the opening `---`.',
    );
    return { data: {}, body: text };
  }
  const blockEnd = opening[0].length + closing.index + closing[0].length;
  const lineCount = text.slice(0, blockEnd).split('\n').length - 1;
  const body = '\n'.repeat(lineCount) + text.slice(blockEnd);
  const language = opening[1]!.trim().toLowerCase() || 'yaml';
  if (!(language in ENGINES)) {
    report(
      file,
      'front-matter',
      { line: 1, column: 4 },
      `Front matter in "${language}" is not read: only YAML (and JSON) front matter is allowed`,
    );
    return { data: {}, body };
  }
  let raw: Record<string, unknown>;
  try {
    // A fresh options object each call also keeps gray-matter from caching.
    raw = matter(text.slice(0, blockEnd).replace(/\n?$/, '\n'), { language, engines: ENGINES }).data;
  } catch (error) {
    if (error instanceof FrontMatterError) {
      report(file, 'front-matter', { line: error.line, column: error.column }, error.message, error.hint);
    } else {
      const message =
        error instanceof RangeError
          ? 'Front matter is too deeply nested to read'
          : `Front matter could not be read: ${(error as Error).message}`;
      report(file, 'front-matter', { line: 1, column: 1 }, message);
    }
    return { data: {}, body };
  }
  const parsed = FrontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.');
      const line =
        text
          .slice(0, blockEnd)
          .split('\n')
          .findIndex((l) => l.startsWith(`${String(issue.path[0])}:`)) + 1;
      report(
        file,
        'front-matter',
        { line: line || 1, column: 1 },
        `Front matter field \`${field}\`: ${issue.message}; the field is ignored`,
        field === 'lang' ? 'Use en or zh (zh-CN is read as zh).' : undefined,
      );
    }
    // Keep the fields that are valid.
    const invalid = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
    const kept = FrontMatterSchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([key]) => !invalid.has(key))));
    return { data: kept.success ? kept.data : {}, body };
  }
  return { data: parsed.data, body };
}
