/**
 * Code blocks the notes' authors wrote that set known options (a YAML block
 * under 使用实例, a `SET` statement, `-D` flags), so an option's page can show
 * them "from the notes" with a link back.
 */
import { parse } from 'yaml';
import { isReadableNote, type Note, type NoteBlock, type Registry } from '../registry/schema.ts';

type CodeBlock = Extract<NoteBlock, { kind: 'code' }>;

export interface NoteExample {
  note: Note;
  block: CodeBlock;
  /** The heading the block sits under (its id), if any. */
  headingId: string | null;
}

function flattenKeys(value: unknown, prefix: string, out: Set<string>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flattenKeys(child, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix) out.add(prefix);
}

const PATTERNS: Record<string, RegExp[]> = {
  sql: [/\bSET\s+['"`]?([\w.<>-]+)['"`]?\s*=/gi],
  shell: [/-D\s*([\w.<>-]+)=/g],
  properties: [/^\s*([\w.<>-]+)\s*[=:]/gm],
  java: [/ConfigOptions\.key\(\s*"([^"]+)"/g, /\.set(?:String|Integer|Boolean|Long|Float|Double)\(\s*"([^"]+)"/g],
  python: [/\.set(?:_string)?\(\s*["']([^"']+)["']/g],
};
const LANGS: Record<string, keyof typeof PATTERNS | 'yaml'> = {
  yaml: 'yaml',
  yml: 'yaml',
  sql: 'sql',
  sh: 'shell',
  bash: 'shell',
  shell: 'shell',
  zsh: 'shell',
  console: 'shell',
  properties: 'properties',
  ini: 'properties',
  conf: 'properties',
  java: 'java',
  python: 'python',
  py: 'python',
};

/** Option keys a code block sets (only candidates: the caller keeps the known ones). */
export function keysSetInCode(lang: string | null, code: string): Set<string> {
  const keys = new Set<string>();
  const kind = LANGS[(lang ?? '').toLowerCase()];
  if (kind === 'yaml' || kind === undefined) {
    try {
      flattenKeys(parse(code), '', keys);
    } catch {
      for (const match of code.matchAll(/^\s*([\w.<>-]+)\s*:\s*\S/gm)) keys.add(match[1]!);
    }
  }
  const patterns = kind === undefined ? Object.values(PATTERNS).flat() : kind === 'yaml' ? [] : PATTERNS[kind]!;
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) keys.add(match[1]!);
  return keys;
}

/** For each option key, the notes' code blocks that set it. */
export function noteExamplesByKey(registry: Pick<Registry, 'notes' | 'options'>): Map<string, NoteExample[]> {
  const known = new Set(registry.options.map((option) => option.key));
  const byKey = new Map<string, NoteExample[]>();
  for (const note of registry.notes) {
    if (!isReadableNote(note)) continue;
    let headingId: string | null = null;
    for (const block of note.blocks) {
      if (block.kind === 'heading') headingId = block.id;
      if (block.kind !== 'code' || block.value.trim() === '') continue;
      for (const key of keysSetInCode(block.lang, block.value)) {
        if (!known.has(key)) continue;
        byKey.set(key, [...(byKey.get(key) ?? []), { note, block, headingId }]);
      }
    }
  }
  return byKey;
}
