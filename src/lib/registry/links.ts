/**
 * Links and images in a note, as written: relative links to other notes
 * (`other.md`, `../x/other.md#anchor`) and relative images (`imgs/a.png`,
 * `<img src="img/a.png">`) are resolved against the note's folder to a file
 * of the content folder, and URLs the sanitizer would drop (`javascript:`,
 * `data:`…) are reported.
 *
 * The registry's HTML holds resolved links as site links, `/_confref/notes/<id>/#anchor`
 * and `/_confref/assets/<path>`: independent of the site's base path and
 * locale, which `resolveSiteLinks` (lib/urls/site-links.ts) puts in when a
 * page is rendered. Parsing stays pure: whether a target exists is checked
 * against the content folder's file list afterwards (`reportMissingTargets`).
 */
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes, Root } from 'mdast';
import { posix } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report, type Place } from './diagnostics.ts';
import { noteIdFromPath } from './note-paths.ts';
import { SANITIZE_SCHEMA } from './sanitize-schema.ts';

/** Image files copied into the site (loaded through `<img>`, so SVG is inert). */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif']);
/** The prefix of site links in the registry's HTML. */
export const SITE_LINK_PREFIX = '/_confref/';

export type LocalTarget =
  | { kind: 'note'; path: string; id: string; fragment: string }
  | { kind: 'asset'; path: string }
  /** A relative path that climbs out of the content folder: never resolved, never copied. */
  | { kind: 'outside'; path: string }
  /** An image whose file is not of an image type the site copies. */
  | { kind: 'not-image'; path: string };

export type UrlUse = 'link' | 'image';

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

function extensionOf(path: string): string {
  return /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
}

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The content file a URL written in the note at `notePath` points to, when it
 * is a relative link to a note (`.md`) or to an image; undefined for anything
 * else (web links, anchors, root-relative paths, other files).
 */
export function localTarget(notePath: string, url: string, use: UrlUse): LocalTarget | undefined {
  const written = url.trim();
  if (written === '' || written.startsWith('#') || written.startsWith('/') || written.startsWith('\\') || SCHEME.test(written))
    return undefined;
  const hash = written.indexOf('#');
  const fragment = hash < 0 ? '' : written.slice(hash + 1);
  const pathPart = (hash < 0 ? written : written.slice(0, hash)).replace(/\?.*$/, '');
  // Browsers read a backslash in a URL as a slash.
  const relative = decode(pathPart).replace(/\\/g, '/');
  if (relative === '' || relative.includes('\0')) return undefined;
  const extension = extensionOf(relative);
  const isNote = extension === 'md' && use === 'link';
  const isImage = IMAGE_EXTENSIONS.has(extension);
  // Other relative links (a folder, a config file) are left as written.
  if (!isNote && !isImage && use === 'link') return undefined;
  const path = posix.normalize(posix.join(posix.dirname(notePath), relative));
  if (path === '..' || path.startsWith('../') || posix.isAbsolute(path)) return { kind: 'outside', path: relative };
  if (isNote) return { kind: 'note', path, id: noteIdFromPath(path), fragment };
  return isImage ? { kind: 'asset', path } : { kind: 'not-image', path };
}

/** The site link the registry's HTML holds for a target inside the content folder. */
export function siteLinkOf(target: LocalTarget): string | undefined {
  if (target.kind === 'note') return `${SITE_LINK_PREFIX}notes/${target.id}/${target.fragment === '' ? '' : `#${target.fragment}`}`;
  if (target.kind === 'asset') return `${SITE_LINK_PREFIX}assets/${target.path.split('/').map(encodeURIComponent).join('/')}`;
  return undefined;
}

/** For `renderNodes`: the site link for a URL of the note at `notePath`, if it is one of its local links. */
export function siteUrls(notePath: string): (url: string, use: UrlUse) => string | undefined {
  return (url, use) => {
    const target = localTarget(notePath, url, use);
    return target && siteLinkOf(target);
  };
}

export interface NoteLink {
  target: Extract<LocalTarget, { kind: 'note' | 'asset' }>;
  written: string;
  place: Place;
}

/** A URL as written somewhere in a note, with what it is used for. */
interface WrittenUrl {
  url: string;
  use: UrlUse;
  /** The hast property it sits in (href, src, cite, longDesc), for the sanitizer's protocol list. */
  property: string;
  place: Place;
}

const startOf = (node: Nodes): Place => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

function htmlUrls(value: string, at: Place): WrittenUrl[] {
  const urls: WrittenUrl[] = [];
  const tree: HastRoot = fromHtml(value, { fragment: true });
  visit(tree, 'element', (element: Element) => {
    const point = element.position?.start;
    const place = point ? { line: at.line + point.line - 1, column: point.line === 1 ? at.column + point.column - 1 : point.column } : at;
    for (const property of ['href', 'src', 'cite', 'longDesc']) {
      const value = element.properties[property];
      if (typeof value === 'string')
        urls.push({ url: value, use: element.tagName === 'img' && property === 'src' ? 'image' : 'link', property, place });
    }
  });
  return urls;
}

/** Every URL written in the note: Markdown links, images and definitions, and URL attributes of raw HTML. */
function writtenUrls(tree: Root): WrittenUrl[] {
  const urls: WrittenUrl[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition')
      urls.push({ url: node.url, use: 'link', property: 'href', place: startOf(node) });
    else if (node.type === 'image') urls.push({ url: node.url, use: 'image', property: 'src', place: startOf(node) });
    else if (node.type === 'html' && /(?:href|src|cite|longdesc)\s*=/i.test(node.value)) urls.push(...htmlUrls(node.value, startOf(node)));
  });
  return urls;
}

/** The protocol of a URL the sanitizer drops (`javascript`, `data`…), after hast-util-sanitize's own test; undefined if it keeps it. */
export function droppedProtocol(url: string, property: string): string | undefined {
  const allowed = SANITIZE_SCHEMA.protocols?.[property];
  if (!allowed || allowed.length === 0) return undefined;
  const colon = url.indexOf(':');
  if (colon < 0) return undefined;
  for (const mark of ['/', '?', '#']) {
    const at = url.indexOf(mark);
    if (at > -1 && colon > at) return undefined;
  }
  const protocol = url.slice(0, colon);
  return allowed.includes(protocol) ? undefined : protocol;
}

function shorten(url: string): string {
  const flat = url.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/**
 * Reads a note's links: reports URLs the sanitizer would drop (rule
 * `unsafe-link`) and relative paths out of the content folder (rule
 * `missing-link-target`), and returns the links to notes and images in it.
 */
export function readLinks(tree: Root, notePath: string, file: VFile): NoteLink[] {
  const links: NoteLink[] = [];
  for (const { url, use, property, place } of writtenUrls(tree)) {
    const protocol = droppedProtocol(url, property);
    if (protocol !== undefined) {
      const what = use === 'image' ? 'image' : 'link';
      const image = /^data$/i.test(protocol) && /^data:image\//i.test(url);
      report(
        file,
        'unsafe-link',
        place,
        `The ${what} "${shorten(url)}" is removed: the site keeps no ${protocol}: URLs`,
        image
          ? 'Save the image as a file beside the note and link to it.'
          : 'Link to http(s) pages, or to notes and images in the content folder.',
      );
      continue;
    }
    const target = localTarget(notePath, url, use);
    if (!target) continue;
    if (target.kind === 'outside') {
      report(
        file,
        'missing-link-target',
        place,
        `The ${use} "${shorten(url)}" points outside the content folder; it is not copied into the site`,
        'Keep linked notes and images inside the content folder.',
      );
      continue;
    }
    if (target.kind === 'not-image') {
      report(
        file,
        'missing-link-target',
        place,
        `The image "${shorten(url)}" is not an image file the site copies`,
        `Use a ${[...IMAGE_EXTENSIONS].join(', ')} file.`,
      );
      continue;
    }
    links.push({ target, written: url, place });
  }
  return links;
}

/** Reports links whose note or image is not among the content folder's files. */
export function reportMissingTargets(links: readonly NoteLink[], files: ReadonlySet<string>, file: VFile): void {
  for (const { target, written, place } of links) {
    if (files.has(target.path)) continue;
    const what = target.kind === 'note' ? 'note' : 'image';
    report(
      file,
      'missing-link-target',
      place,
      `The ${what} "${shorten(written)}" links to ${target.path}, which is not in the content folder`,
      `Check the path (relative to this note), or add ${target.path}.`,
    );
  }
}
