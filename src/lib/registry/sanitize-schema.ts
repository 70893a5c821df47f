/**
 * The sanitize schema for HTML derived from notes: GitHub's (hast-util-sanitize's
 * default: no script, style, event handler, frame, or `javascript:`/`data:`
 * URL), plus the few harmless class names confref's own styles use.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    // One className rule per element: the first that names a property is the one applied.
    code: [
      ...(defaultSchema.attributes?.code ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')),
      ['className', /^language-./, 'highlighter-rouge'],
    ],
    span: [...(defaultSchema.attributes?.span ?? []), ['className', 'label', 'label-primary']],
  },
};
