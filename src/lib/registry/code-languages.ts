/**
 * Code-fence languages the site can highlight: Shiki's bundled languages and
 * their aliases, plus the plain-text names Shiki handles itself. Any other
 * language is shown as plain text (and reported, rule `unknown-code-language`).
 */
import { bundledLanguages } from 'shiki/langs';

const PLAIN = new Set(['text', 'txt', 'plain', 'plaintext', 'ansi']);

/** Whether Shiki knows `lang` (case-insensitive, as fences are read). */
export function isKnownCodeLanguage(lang: string): boolean {
  const name = lang.toLowerCase();
  return PLAIN.has(name) || Object.hasOwn(bundledLanguages, name);
}

/** The language to highlight a code block as: its own when Shiki knows it, else plain text. */
export function codeLanguage(lang: string | null): string {
  return lang !== null && isKnownCodeLanguage(lang) ? lang.toLowerCase() : 'text';
}
