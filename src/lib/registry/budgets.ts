/**
 * How much of one option's description goes into each payload made from it.
 * The option's page and the registry always hold the whole text; the
 * summaries below are cut at a character budget and link to that page, and
 * the `long-description` rule warns about a description past the summary
 * budget. Characters are user-perceived characters (grapheme clusters).
 */

/**
 * A description's summary: embed cards (option and group embeds), the JSON
 * API's option and group files (and so the web component), oEmbed, search
 * records, "copy as" tables and the option tables of group and version
 * pages. Flink's own descriptions stay under it (its longest is about 2,050).
 */
export const DESCRIPTION_SUMMARY_CHARS = 4000;

/** A page's meta description (and its Open Graph copy). */
export const META_DESCRIPTION_CHARS = 200;
