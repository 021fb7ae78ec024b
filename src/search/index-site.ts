import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { foldHtml } from './fold';

/** Every HTML file under `dir`, as paths relative to it, in a stable order. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * Indexes every page under `dir` into `dir`/pagefind, handing Pagefind each
 * page with đ folded (./fold): the files on disk keep their text as written.
 * The folded copies go to a scratch folder that Pagefind reads itself, on
 * its own threads: handing it 10,000 pages one by one took 34 s, this 25.
 * Returns how many pages it indexed.
 *
 * `npm run build` (tools/build.mjs) runs this in its own process once
 * `astro build` has exited: Pagefind holds about 2 GB while it indexes
 * 10,000 pages, and the build's process as much again until it ends.
 */
export async function indexSite(dir: string): Promise<number> {
  const files = await htmlFiles(dir);
  const scratch = await mkdtemp(join(tmpdir(), 'loa-pagefind-'));
  try {
    for (const d of new Set(files.map((f) => dirname(f)))) await mkdir(join(scratch, d), { recursive: true });
    let next = 0;
    const fold = async () => {
      while (next < files.length) {
        const file = files[next++];
        await writeFile(join(scratch, file), foldHtml(await readFile(join(dir, file), 'utf8')));
      }
    };
    await Promise.all(Array.from({ length: 8 }, fold));
    // No forced language: each page's <html lang> picks its index, so English pages never mix into the
    // Vietnamese one, and the search page (lang vi) loads the Vietnamese index.
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: scratch });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await index.deleteIndex();
    return added.page_count;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * indexSite, then Pagefind's service process stopped, so the caller can exit.
 * @public tools/build.mjs imports it through its bundle (nodeEntry), which knip cannot follow.
 */
export async function indexAndClose(dir: string): Promise<number> {
  try {
    return await indexSite(dir);
  } finally {
    await pagefind.close();
  }
}
