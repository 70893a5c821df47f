/**
 * The one zod schema every consumer's types come from: the registry JSON, the
 * options in it, the notes' prose blocks and the diagnostics.
 * `schema/registry.schema.json` is generated from `RegistrySchema`.
 */
import { z } from 'zod';

import { LocaleSchema } from '../locale/locales.ts';

// The registry's types include the locales; they are defined below it, in lib/locale.
export { DEFAULT_LOCALE, LOCALES, LocaleSchema, type Locale } from '../locale/locales.ts';

export const SourcePositionSchema = z
  .object({
    file: z.string().describe('Path of the note, relative to the content folder, with / separators.'),
    line: z.number().int().min(1),
    column: z.number().int().min(1),
  })
  .strict();
export type SourcePosition = z.infer<typeof SourcePositionSchema>;

/** Normalised base types, after Flink's ConfigOption types. */
export const BASE_TYPES = [
  'Boolean',
  'Integer',
  'Long',
  'Float',
  'Double',
  'String',
  'Duration',
  'MemorySize',
  'Enum',
  'List',
  'Map',
  'Unknown',
] as const;
export const BaseTypeSchema = z.enum(BASE_TYPES);
export type BaseType = z.infer<typeof BaseTypeSchema>;

export const TypeSourceSchema = z.enum(['declared', 'inferred', 'unknown']);

/** A JSON value a default can take once typed. Longs past 2^53 stay decimal strings. */
export const TypedValueSchema: z.ZodType<TypedValue> = z.lazy(() =>
  z.union([z.boolean(), z.number(), z.string(), z.array(TypedValueSchema), z.record(z.string(), z.string())]),
);
export type TypedValue = boolean | number | string | TypedValue[] | { [key: string]: string };

export const DefaultValueSchema = z
  .object({
    raw: z.string().describe('The default as written in the note (cell text, formatting removed).'),
    value: TypedValueSchema.nullable().describe(
      'The typed value: Duration in milliseconds, MemorySize in bytes, List as an array, Map as an object; null when the text cannot be typed (an expression or free text), which a diagnostic reports.',
    ),
    kind: z
      .enum(['literal', 'expression', 'text', 'invalid'])
      .describe(
        'literal: typed; expression: arithmetic kept as written; text: a default described in words; invalid: not a value of its type (reported as an error).',
      ),
  })
  .strict();
export type DefaultValue = z.infer<typeof DefaultValueSchema>;

export const DescriptionSchema = z
  .object({
    markdown: z.string().describe('Markdown source of the description cell, as written.'),
    html: z.string().describe('Sanitized HTML.'),
    text: z.string().describe('Plain text.'),
    sourceHash: z.string().describe('sha256 (hex, 16 chars) of the Markdown source; translations record it.'),
    translationOf: z
      .string()
      .nullable()
      .describe('For a translation: the sourceHash of the text it was translated from (stale when the source changes).'),
    source: SourcePositionSchema,
  })
  .strict();
export type Description = z.infer<typeof DescriptionSchema>;

export const SectionRefSchema = z
  .object({
    file: z.string(),
    trail: z.array(z.string()).describe('Headings above the table, outermost first.'),
  })
  .strict();
export type SectionRef = z.infer<typeof SectionRefSchema>;

export const DefinitionKindSchema = z
  .enum(['note', 'upstream', 'translation'])
  .describe(
    "note: a team's note; upstream: the reference of the option's project (notes imported from Flink's generated tables, or marked `upstream: true`); translation: a translations note, which only adds a description.",
  );
export type DefinitionKind = z.infer<typeof DefinitionKindSchema>;

export const DefinitionSchema = z
  .object({
    source: SourcePositionSchema.describe('The row that says it.'),
    note: z.string().describe('The id of the note the row is in.'),
    kind: DefinitionKindSchema,
    version: z.string().nullable(),
    locale: LocaleSchema,
    type: z.string().describe('The type this row states or implies (Unknown when neither).'),
    typeRaw: z.string().nullable(),
    typeSource: TypeSourceSchema,
    statesDefault: z.boolean().describe('The row has a Default column; false for a key/description table.'),
    default: DefaultValueSchema.nullable(),
    required: z.boolean().nullable(),
    deprecated: z.boolean(),
    replacedBy: z.array(z.string()),
    deprecatedKeys: z.array(z.string()),
    fallbackKeys: z.array(z.string()),
    since: z.string().nullable(),
    labels: z.array(z.string()),
    description: DescriptionSchema.nullable(),
    trail: z.array(z.string()).describe('Headings above the table, outermost first.'),
    extra: z.record(z.string(), z.string()).describe('Cells of columns confref does not model, by header.'),
  })
  .strict();
export type Definition = z.infer<typeof DefinitionSchema>;

export const DisagreementSchema = z
  .object({
    field: z.enum(['default', 'type', 'required']),
    values: z
      .array(
        z
          .object({
            value: z.string().describe('The value as the first of its sources writes it (`none` for no default).'),
            sources: z.array(SourcePositionSchema).min(1),
          })
          .strict(),
      )
      .min(2)
      .describe('Each distinct value, in the order of its first source.'),
  })
  .strict();
export type Disagreement = z.infer<typeof DisagreementSchema>;

export const ResolutionSchema = z
  .enum(['upstream', 'agreed', 'disagree', 'unstated'])
  .describe(
    'upstream: the upstream reference of the version says it; agreed: every source that states it agrees; disagree: the sources disagree, so no value is taken; unstated: no source states it.',
  );
export type Resolution = z.infer<typeof ResolutionSchema>;

export const OptionSchema = z
  .object({
    key: z.string().min(1),
    type: z.string().describe('Normalised type: Boolean, Integer, …, Enum, List<String>, Map, or Unknown.'),
    baseType: BaseTypeSchema,
    elementType: BaseTypeSchema.nullable().describe('Element type of a List.'),
    enumValues: z.array(z.string()).describe('Values of an Enum (or List<Enum>) when known.'),
    typeRaw: z.string().nullable().describe('The Type cell as written, or null when the note has none.'),
    typeSource: TypeSourceSchema,
    default: DefaultValueSchema.nullable(),
    required: z.boolean().nullable(),
    deprecated: z.boolean(),
    replacedBy: z.array(z.string()).describe('Keys the note names as replacements of a deprecated option.'),
    deprecatedKeys: z.array(z.string()),
    fallbackKeys: z.array(z.string()),
    since: z.string().nullable(),
    labels: z.array(z.string()).describe('Labels from the key cell, e.g. Batch, Streaming.'),
    group: z.string(),
    version: z.string().nullable(),
    descriptions: z.partialRecord(LocaleSchema, DescriptionSchema),
    sections: z.array(SectionRefSchema),
    extra: z.record(z.string(), z.string()).describe('Cells of columns confref does not model, by header.'),
    sources: z.array(SourcePositionSchema).min(1),
    definitions: z
      .array(DefinitionSchema)
      .min(1)
      .describe('Every row that defines, repeats or translates the key in this version, in (file, line) order.'),
    resolved: z
      .object({ default: ResolutionSchema, type: ResolutionSchema, required: ResolutionSchema })
      .strict()
      .describe('Where the option\'s default, type and required flag come from (docs/content-format.md, "Where sources disagree").'),
    disagreements: z.array(DisagreementSchema).describe('Fields on which the definitions state different values.'),
  })
  .strict();
export type Option = z.infer<typeof OptionSchema>;

const Positioned = { position: SourcePositionSchema };

/** A table cell as its note writes it: its own Markdown rendered, sanitized. */
export const NoteTableCellSchema = z.object({ html: z.string(), text: z.string() }).strict();
export type NoteTableCell = z.infer<typeof NoteTableCellSchema>;

export const NoteTableRowSchema = z
  .object({
    line: z.number().int().min(1).describe("The row's line in the note."),
    key: z
      .string()
      .nullable()
      .describe('The key the registry read from the row; null when the row yields no option (a diagnostic names it).'),
    id: z
      .string()
      .describe(
        "The row's element id on the note page, unique in the note: the key, when it holds a dot and only letters, digits, `.`, `-` and `_`, and is the note's first row with that key; else `L<line>`. Neither can equal a heading's id (those are lower case, without dots).",
      ),
    cells: z
      .array(NoteTableCellSchema)
      .describe(
        'One cell per header column, as written: missing cells are empty, cells past the header are joined into the last one with ` | `; a row split at its tabs, or with an extra empty first cell, is shown as it was read. A shifted row is shown as written, not shifted back.',
      ),
  })
  .strict();
export type NoteTableRow = z.infer<typeof NoteTableRowSchema>;
export const NoteBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), depth: z.number().int().min(1).max(6), text: z.string(), id: z.string(), ...Positioned }).strict(),
  z.object({ kind: z.literal('toc'), ...Positioned }).strict(),
  z
    .object({ kind: z.literal('code'), lang: z.string().nullable(), meta: z.string().nullable(), value: z.string(), ...Positioned })
    .strict(),
  z
    .object({
      kind: z.literal('options'),
      keys: z.array(z.string()).describe('Keys of the option table, in row order.'),
      columns: z
        .array(z.object({ header: z.string(), role: z.string().nullable() }).strict())
        .describe('The header cells as written, with the role confref read each as (null: kept under `extra`).'),
      rows: z.array(NoteTableRowSchema).describe('Every body row as written, in order (rows cut off by a blank line included).'),
      ...Positioned,
    })
    .strict(),
  z
    .object({
      kind: z.literal('prose'),
      html: z.string(),
      text: z.string(),
      rows: z
        .array(NoteTableRowSchema)
        .optional()
        .describe(
          'Rows of the option tables inside this block (a table in a list or a block quote), as an `options` block holds its rows; `html` shows them the same way, each row with its id.',
        ),
      ...Positioned,
    })
    .strict(),
  z
    .object({
      kind: z.literal('source'),
      value: z.string().describe('The note as written: a note that could not be read is shown this way.'),
      ...Positioned,
    })
    .strict(),
  z
    .object({
      kind: z.literal('aside'),
      variant: z
        .enum(['note', 'tip', 'caution', 'danger'])
        .describe("Starlight's aside variant (info → note, warning → caution; an unknown type → note)."),
      type: z.string().describe('The admonition type as written (`:::tip`, `::: warning`).'),
      title: z.string().nullable().describe('The title written after the type, as text; null for the default title.'),
      contains: z
        .number()
        .int()
        .min(0)
        .describe('How many of the blocks after this one are inside the admonition (nested asides and their blocks included).'),
      ...Positioned,
    })
    .strict(),
]);
export type NoteBlock = z.infer<typeof NoteBlockSchema>;

export const NOTE_KINDS = ['note', 'section', 'translations', 'glossary', 'renames'] as const;
export const NoteKindSchema = z.enum(NOTE_KINDS);
export type NoteKind = z.infer<typeof NoteKindSchema>;

/** Notes a reader reads as documents (the others feed translations or the glossary). */
export function isReadableNote(note: { kind: NoteKind }): boolean {
  return note.kind === 'note' || note.kind === 'section';
}

export const NoteSchema = z
  .object({
    id: z.string().describe('Stable slug of the note, from its path; a note and its translations share it.'),
    file: z.string(),
    kind: NoteKindSchema.describe(
      "note; section (gathers options defined in other notes, as Flink's section tables do); translations (option descriptions in another locale); glossary; renames (a map of renamed keys).",
    ),
    locale: LocaleSchema,
    version: z.string().nullable(),
    upstream: z
      .boolean()
      .describe("The note is the upstream reference of its version (imported from Flink's generated tables, or `upstream: true`)."),
    title: z.string(),
    sourceHash: z.string().describe('sha256 (hex, 16 chars) of the note body.'),
    translationOf: z.string().nullable().describe('For a translated note: the sourceHash of the note it was translated from.'),
    frontmatter: z.record(z.string(), z.unknown()),
    toc: z.boolean().describe('The note asks for a table of contents ([TOC]).'),
    blocks: z.array(NoteBlockSchema),
    failure: z
      .object({ rule: z.string(), message: z.string() })
      .strict()
      .optional()
      .describe('Set when the note could not be read: its page shows its source as text and this diagnostic.'),
    assets: z
      .array(z.string())
      .describe(
        "Images the note shows from the content folder (paths relative to it, sorted): copied into the site. Links in the blocks' HTML to them and to other notes are site links, `/_confref/assets/<path>` and `/_confref/notes/<id>/`, resolved against the base path and locale when a page is rendered.",
      ),
  })
  .strict();
export type Note = z.infer<typeof NoteSchema>;

export const GlossaryTermSchema = z
  .object({
    en: z.string().min(1),
    zh: z.string().min(1),
    note: z.string().nullable().describe('Remarks from the glossary, if any.'),
    source: SourcePositionSchema,
  })
  .strict();
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

export const RenameSchema = z
  .object({
    from: z.string().min(1),
    to: z.string().min(1),
    version: z.string().nullable().describe('The version that renamed the key, if the map says.'),
    source: SourcePositionSchema,
  })
  .strict();
export type RenameEntry = z.infer<typeof RenameSchema>;

export const RegistrySchema = z
  .object({
    generator: z.literal('confref'),
    schemaVersion: z.literal(2),
    locales: z.array(LocaleSchema),
    versions: z.array(z.string()).describe('Every version the content names, oldest first.'),
    current: z
      .string()
      .nullable()
      .describe(
        'The current version: the one the site shows at its plain paths and unversioned notes annotate (their options carry it as `version`, their definitions keep `version: null`). Null: the unversioned notes, when no version has an upstream reference.',
      ),
    options: z.array(OptionSchema).describe('Sorted by key, then version.'),
    notes: z.array(NoteSchema).describe('Sorted by file.'),
    glossary: z.array(GlossaryTermSchema).describe('Bilingual terms from glossary notes, sorted by English term.'),
    renames: z.array(RenameSchema).describe('Renamed keys from rename maps in the content (notes of kind renames).'),
  })
  .strict();
export type Registry = z.infer<typeof RegistrySchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const DiagnosticSchema = z
  .object({
    file: z.string(),
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    rule: z.string(),
    severity: SeveritySchema,
    message: z.string(),
    hint: z.string().optional(),
  })
  .strict();
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
