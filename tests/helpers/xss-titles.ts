/**
 * The XSS fixture's pages whose titles come from content, and the title each
 * must show as text (`<title>` and the tab): the payload as written, never markup.
 */
import { optionSlug } from '../../src/lib/urls/slugs.ts';

export const XSS_TITLE = `</title><script>window.__xss='title'</script>XSS <img src=x onerror="window.__xss='title-img'"> notes`;
export const XSS_GROUP = `</title><script>window.__xss='group'</script><b class="xss-injected" onmouseover="window.__xss='group-b'">g</b>`;
export const XSS_VERSION = `</title><script>window.__xss='version'</script><img src=x onerror="window.__xss='version-img'">`;
const HEADING_TITLE = `</title><script>window.__xss='h1'</script> and <img src=x onerror="window.__xss='h1-img'">`;
const GLOSSARY_TITLE = `术语 </title><script>window.__xss='glossary-title'</script>`;
const TRANSLATION_TITLE = `The translation <script>window.__xss='translation-title'</script>`;
const PLACEHOLDER_KEY = 'xss.<script>.name';

/** Page path (under the base) → the `<title>` text it must have. */
export function expectedTitles(): Map<string, string> {
  const site = (title: string) => `${title} | confref`;
  const group = optionSlug(XSS_GROUP);
  const version = optionSlug(XSS_VERSION);
  return new Map([
    ['en/notes/xss/', site(XSS_TITLE)],
    ['zh/notes/xss/', site(XSS_TITLE)],
    ['en/notes/heading-title/', site(HEADING_TITLE)],
    ['zh/notes/heading-title/', site(HEADING_TITLE)],
    ['en/notes/translated/', site(TRANSLATION_TITLE)],
    ['en/glossary/', site(GLOSSARY_TITLE)],
    ['en/groups/' + group + '/', site(`${XSS_GROUP}.*`)],
    ['zh/groups/' + group + '/', site(`${XSS_GROUP}.*`)],
    ['embed/en/groups/' + group + '/', `${XSS_GROUP}.*`],
    ['en/v/' + version + '/', site(`Options of version ${XSS_VERSION}`)],
    ['zh/v/' + version + '/', site(`版本中的配置项： ${XSS_VERSION}`)],
    [`en/diff/${version}..0.9/`, site(`Changes: ${XSS_VERSION} → 0.9`)],
    [`zh/diff/${version}..0.9/`, site(`版本变化: ${XSS_VERSION} → 0.9`)],
    [`en/options/${optionSlug(PLACEHOLDER_KEY)}/`, site(PLACEHOLDER_KEY)],
    [`embed/zh/options/${optionSlug(PLACEHOLDER_KEY)}/`, PLACEHOLDER_KEY],
  ]);
}
