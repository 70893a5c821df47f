/**
 * Admonitions as Docusaurus and VuePress write them (`:::tip Title` … `:::`,
 * `::: warning`, `:::note[Title]`), read as Starlight asides.
 *
 * The syntax is micromark-extension-directive's container directive, the one
 * Starlight reads through remark-directive, but only that construct: text
 * and leaf directives (`:name`, `::name`) are never parsed, so `12:30`,
 * `a:b` and `::x` stay the text as written (Starlight parses them and then
 * prints them back). VuePress and Docusaurus 2 write the title after the
 * type, which the directive syntax reads only in brackets: `normalizeAdmonitions`
 * rewrites such opening lines (outside code) before the parse, on the same lines.
 *
 * In a note's blocks an admonition is one `aside` block followed by the
 * blocks inside it (`contains` of them): every consumer that walks blocks
 * (search, rules, the notes' code examples) sees them as before, and the
 * page nests them back (`nestAsides`).
 */
import type { ContainerDirective } from 'mdast-util-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Extension } from 'micromark-util-types';
import type { Paragraph, RootContent } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { report } from './diagnostics.ts';
import { fencedLines } from './fences.ts';
import { MAX_NESTING } from './nesting.ts';
import type { NoteBlock, SourcePosition } from './schema.ts';

export type AsideBlock = Extract<NoteBlock, { kind: 'aside' }>;
export type AsideVariant = AsideBlock['variant'];

/** Admonition types of Docusaurus, VuePress and GitHub, as Starlight's four aside variants. */
const VARIANTS = new Map<string, AsideVariant>([
  ['note', 'note'],
  ['info', 'note'],
  ['important', 'note'],
  ['tip', 'tip'],
  ['warning', 'caution'],
  ['caution', 'caution'],
  ['danger', 'danger'],
]);

/** The admonition types confref knows, for hints. */
export const ADMONITION_TYPES: readonly string[] = [...VARIANTS.keys()];

/** `:::type …` (and `::: type …`), after any indentation or block-quote markers. */
const OPENING = /^((?:[ \t]*>)*[ \t]*)(:{3,})[ \t]*([A-Za-z][\w-]*)(.*)$/;
const CLOSING = /^(?:[ \t]*>)*[ \t]*(:{3,})[ \t]*$/;

/** The container construct alone: micromark's directive extension without its text and leaf directives. */
function containerOnly(): Extension {
  const flow = directive().flow?.[58];
  const constructs = (Array.isArray(flow) ? flow : flow ? [flow] : []).filter((construct) => construct.concrete);
  return { flow: { 58: constructs } };
}

/** A unified plugin: container directives in the syntax tree (`containerDirective` nodes). */
export function remarkAdmonitions(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(containerOnly());
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
}

/** A title as a directive label: brackets and backslashes escaped, so the label ends where the title does. */
function asLabel(title: string): string {
  return `[${title.replace(/[\\[\]]/g, (c) => `\\${c}`)}]`;
}

/**
 * Rewrites admonition opening lines to the directive syntax, line for line:
 * `::: tip Title` → `:::tip[Title]`. Openers nested past MAX_NESTING are
 * escaped (read as text), as deep lists are cut: the parser's cost grows with
 * the depth on every line.
 */
export function normalizeAdmonitions(text: string): string {
  if (!text.includes(':::')) return text;
  const lines = text.split('\n');
  const fenced = fencedLines(lines, Infinity);
  const open: number[] = [];
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i]) continue;
    const line = lines[i]!;
    const closing = CLOSING.exec(line);
    if (closing) {
      while (open.length > 0 && open.at(-1)! <= closing[1]!.length) {
        if (open.pop()! === closing[1]!.length) break;
      }
      continue;
    }
    const opening = OPENING.exec(line);
    if (!opening) continue;
    const [, prefix, colons, name] = opening as unknown as [string, string, string, string, string];
    const rest = opening[4]!.trim();
    let rewritten: string;
    if (open.length >= MAX_NESTING) rewritten = `${prefix}\\${colons}${name}${opening[4]}`;
    else {
      open.push(colons.length);
      rewritten = `${prefix}${colons}${name}${rest === '' || /^[[{]/.test(rest) ? rest : asLabel(rest)}`;
    }
    if (rewritten !== line) {
      lines[i] = rewritten;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

/** For each line, whether it lies inside an admonition (its opening and closing lines included). */
export function admonitionLines(lines: readonly string[]): boolean[] {
  const inside = new Array<boolean>(lines.length).fill(false);
  const fenced = fencedLines(lines, Infinity);
  const open: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i]) {
      inside[i] = open.length > 0;
      continue;
    }
    const closing = CLOSING.exec(lines[i]!);
    const opening = closing ? null : OPENING.exec(lines[i]!);
    if (opening) open.push(opening[2]!.length);
    inside[i] = open.length > 0;
    if (closing) while (open.length > 0 && open.at(-1)! <= closing[1]!.length) if (open.pop()! === closing[1]!.length) break;
  }
  return inside;
}

/** Marks where an admonition's content ends when its children are walked flat. */
export interface AdmonitionEnd {
  type: 'admonitionEnd';
  admonition: ContainerDirective;
}

function isLabel(node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && node.data !== undefined && 'directiveLabel' in node.data;
}

/** The admonition's title paragraph (`[Title]`), if it has one. */
export function admonitionLabel(node: ContainerDirective): Paragraph | undefined {
  const first = node.children[0];
  return first && isLabel(first) ? first : undefined;
}

/** Block nodes in order, each admonition followed by its content (title left out) and an AdmonitionEnd. */
export function* flattenAdmonitions(nodes: readonly RootContent[]): Generator<RootContent | AdmonitionEnd> {
  for (const node of nodes) {
    yield node;
    if (node.type !== 'containerDirective') continue;
    yield* flattenAdmonitions(node.children.filter((child) => !isLabel(child)));
    yield { type: 'admonitionEnd', admonition: node };
  }
}

/**
 * Turns admonitions into aside blocks while a note's blocks are read:
 * `open` makes the block (reporting unknown types and admonitions that are
 * never closed), `close` counts the blocks read since.
 */
export function asideBlocks(file: VFile, lines: readonly string[], title: (label: Paragraph) => string) {
  const stack: Array<{ block: AsideBlock; index: number }> = [];
  return {
    open(node: ContainerDirective, at: SourcePosition, index: number): AsideBlock {
      const type = node.name.toLowerCase();
      const variant = VARIANTS.get(type);
      if (!variant) {
        report(
          file,
          'unknown-admonition',
          at,
          `Unknown admonition type "${node.name}"; shown as a note`,
          `Use one of ${ADMONITION_TYPES.join(', ')}.`,
        );
      }
      const end = node.position?.end.line;
      const last = end === undefined ? undefined : lines[end - 1];
      if (end === undefined || end === at.line || last === undefined || !CLOSING.test(last)) {
        report(
          file,
          'unclosed-admonition',
          at,
          `Admonition "${node.name}" is never closed: all that follows${end === undefined ? '' : ` (to line ${end})`} is inside it`,
          'End it with a line of ::: (as many colons as it opens with).',
        );
      }
      const label = admonitionLabel(node);
      const block: AsideBlock = {
        kind: 'aside',
        variant: variant ?? 'note',
        type: node.name,
        title: label ? title(label) || null : null,
        contains: 0,
        position: at,
      };
      stack.push({ block, index });
      return block;
    },
    close(count: number): void {
      const open = stack.pop();
      if (open) open.block.contains = count - open.index - 1;
    },
  };
}

/** A note's blocks with each aside's content nested under it, for rendering. */
export type BlockTree = Exclude<NoteBlock, AsideBlock> | (AsideBlock & { children: BlockTree[] });

export function nestAsides(blocks: readonly NoteBlock[]): BlockTree[] {
  let next = 0;
  const take = (end: number): BlockTree[] => {
    const out: BlockTree[] = [];
    while (next < end) {
      const block = blocks[next++]!;
      if (block.kind === 'aside') out.push({ ...block, children: take(Math.min(end, next + block.contains)) });
      else out.push(block);
    }
    return out;
  };
  return take(blocks.length);
}
