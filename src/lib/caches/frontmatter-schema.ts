/**
 * Starlight's frontmatter schema, built once. `docsSchema()` returns a function
 * that builds the whole zod schema (hero, icons, head tags…) each time it is
 * called, and `<StarlightPage>` calls it for every page it renders; building it
 * was the largest single cost of a large build (docs/benchmarks.md). The
 * schema it builds is the same each time, so the first one is kept.
 *
 * The one input that differs between callers is the `image()` helper of the
 * context: the content layer's resolves image imports, StarlightPage's checks
 * for an imported image. confref's pages never set `hero` (the only field that
 * reads it) and the `docs` collection holds no content, so either serves.
 */
export function builtOnce<Context, Schema>(build: (context: Context) => Schema): (context: Context) => Schema {
  let built: { schema: Schema } | undefined;
  return (context) => (built ??= { schema: build(context) }).schema;
}
