/**
 * What a note's path says about it: its locale (`name.zh.md`, a `zh/`
 * folder), its version (a `1.20/` or `v2.1/` folder) and its id.
 */
import GithubSlugger from 'github-slugger';
import { LocaleSchema, type Locale } from './schema.ts';

const VERSION_SEGMENT = /^v?\d+(?:\.\d+)+(?:[-.][\w.-]+)?$/;

/** Locale from `name.zh.md` or a `zh/` (`zh-CN/`) folder. */
export function localeFromPath(path: string): Locale | undefined {
  const parts = path.split('/');
  const suffix = /\.([a-z]{2})(?:[-_][a-z]{2,4})?\.md$/i.exec(parts.at(-1)!)?.[1]?.toLowerCase();
  for (const candidate of [suffix, ...parts.slice(0, -1).map((p) => p.toLowerCase().split(/[-_]/)[0])]) {
    const locale = LocaleSchema.safeParse(candidate);
    if (locale.success) return locale.data;
  }
  return undefined;
}

/** Version from a folder such as `1.20.0/` or `v2.1/`. */
export function versionFromPath(path: string): string | undefined {
  return path
    .split('/')
    .slice(0, -1)
    .find((part) => VERSION_SEGMENT.test(part))
    ?.replace(/^v/, '');
}

/** A note's id: its path without extension, locale and version parts (`zh/1.20/state.zh.md` → `state`). */
export function noteIdFromPath(path: string): string {
  const parts = path.split('/');
  const base = parts
    .pop()!
    .replace(/\.md$/i, '')
    .replace(/\.[a-z]{2}(?:[-_][a-z]{2,4})?$/i, (m) => (LocaleSchema.safeParse(m.slice(1, 3).toLowerCase()).success ? '' : m));
  const folders = parts.filter(
    (part) => !VERSION_SEGMENT.test(part) && !LocaleSchema.safeParse(part.toLowerCase().split(/[-_]/)[0]).success,
  );
  return new GithubSlugger().slug([...folders, base].join('-')) || 'note';
}
