import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

type WriteFile = typeof fs.promises.writeFile;

/**
 * How Astro's incremental build writes, under `npm run build` (scripts/build.mjs sets LOA_INCREMENTAL):
 *
 * - The new site starts as hard links to the last one (src/build/incremental.ts). A page Astro writes again
 *   must not write through its link into the site being served: the link is removed first, so the page gets a
 *   file of its own and the served one keeps its bytes until the new site replaces it whole.
 * - Astro also keeps a second copy of every page and file it writes in its cache folder, to put back a page
 *   missing from the output folder. Ours never is: an output folder that is missing or was changed by hand
 *   makes a full build. The copies would double what a cold build writes (400 MB at 10,000 directives), so
 *   they are not written; were one ever asked for, Astro finds none and writes the page again.
 *
 * Astro writes both through `fs.promises.writeFile`, looked up when it writes; this wraps it for its process.
 */
export function incrementalOutputIntegration(): AstroIntegration {
  return {
    name: 'loa:incremental-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!process.env.LOA_INCREMENTAL) return;
        const out = fileURLToPath(config.outDir);
        const copies = fileURLToPath(new URL('dist/', config.cacheDir));
        const original: WriteFile = fs.promises.writeFile.bind(fs.promises);
        const under = (path: string, dir: string) => path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
        fs.promises.writeFile = (async (file, data, options) => {
          const path = typeof file === 'string' ? file : file instanceof URL ? fileURLToPath(file) : undefined;
          if (path !== undefined && under(path, copies)) return;
          if (path !== undefined && under(path, out)) await fs.promises.rm(path, { force: true });
          return original(file, data, options);
        }) as WriteFile;
      },
    },
  };
}
