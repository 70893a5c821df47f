/** A locale as an HTML `lang` value (`zh` → `zh-CN`): for pages, exports, search results and the web component alike. */
export function htmlLang(locale: string): string {
  return locale === 'zh' ? 'zh-CN' : locale;
}
