/**
 * The notes' images, copied from the content folder at build time: only
 * images a note shows, only image files (IMAGE_EXTENSIONS), only regular
 * files inside the content folder (no symbolic links, no path out of it).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { lstat, readFile, realpath } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { contentDir } from '../../loaders/registry.ts';
import { IMAGE_EXTENSIONS } from '../../lib/registry/links.ts';
import { siteData } from '../../lib/site/data.ts';

/** The file of an asset path, if it is an image file the site may copy. */
async function assetFile(path: string): Promise<string | undefined> {
  const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  if (!IMAGE_EXTENSIONS.has(extension)) return undefined;
  const dir = await realpath(contentDir()).catch(() => undefined);
  const file = dir && resolve(dir, path);
  const stat = file ? await lstat(file).catch(() => undefined) : undefined;
  if (!dir || !file || !stat?.isFile()) return undefined;
  // Inside the content folder once every symbolic link on the way is followed.
  const inside = relative(dir, await realpath(file));
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) ? file : undefined;
}

export const getStaticPaths = (async () => {
  const { registry } = await siteData();
  const assets = [...new Set(registry.notes.flatMap((note) => note.assets))].sort();
  const found = await Promise.all(assets.map(async (path) => ((await assetFile(path)) ? [{ params: { path } }] : [])));
  return found.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = await assetFile(params.path ?? '');
  if (!file) return new Response(null, { status: 404 });
  return new Response(await readFile(file));
};
