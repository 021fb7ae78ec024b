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
 * Indexes the built site with Pagefind as the last step of `astro build`, so
 * one command produces the site and its search index. Pages are handed over
 * with đ folded (./fold): the files on disk keep their text as written.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'loa:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const files = await htmlFiles(out);
        for (const file of files) {
          const content = foldHtml(await readFile(join(out, file), 'utf8'));
          // Pagefind turns the path into the page's URL as it does for a directory it reads itself.
          const added = await index.addHTMLFile({ sourcePath: file.split(sep).join('/'), content });
          if (added.errors.length) throw new Error(`Pagefind, ${file}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexed ${files.length} pages`);
        await pagefind.close();
      },
    },
  };
}
