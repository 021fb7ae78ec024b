import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
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
 * Returns how many pages it read.
 */
export async function indexSite(dir: string): Promise<number> {
  // No forced language: each page's <html lang> picks its index, so English pages never mix into the Vietnamese
  // one, and the search page (lang vi) loads the Vietnamese index.
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const files = await htmlFiles(dir);
  for (const file of files) {
    const content = foldHtml(await readFile(join(dir, file), 'utf8'));
    // Pagefind turns the path into the page's URL as it does for a directory it reads itself.
    const added = await index.addHTMLFile({ sourcePath: file.split(sep).join('/'), content });
    if (added.errors.length) throw new Error(`Pagefind, ${file}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return files.length;
}

/** Indexes the built site as the last step of `astro build`, so one command produces the site and its search. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'loa:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages`);
        await pagefind.close();
      },
    },
  };
}
