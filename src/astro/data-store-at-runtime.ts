import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

// Astro's id for the module that holds every collection entry (astro/dist/content/consts.js).
const RESOLVED_ID = '\0astro:data-layer-content';

/**
 * Astro bundles the content store into the server build as one string literal:
 * 42 MB for 10,000 directives, which Vite took 8 s to parse and write, on one
 * core, before the first page. The prerender runs in this same process a few
 * seconds later, beside the store file the content sync just wrote, so the
 * bundle reads that file instead. `astro build` only: the dev server keeps
 * Astro's own module, which it reloads when content changes.
 */
export function dataStoreAtRuntime(cacheDir: string): Plugin {
  const file = join(cacheDir, 'data-store.json');
  return {
    name: 'loa:data-store-at-runtime',
    apply: 'build',
    // Before Astro's own plugin, whose load reads the whole store, parses it to check it and writes it out
    // again as a string literal: three transient copies of 42 MB of text and its object graph, at the build's
    // memory peak. The first plugin to answer a load is the only one asked.
    enforce: 'pre',
    load(id) {
      // No store file (no content synced): Astro's own module says so with an empty store.
      if (id !== RESOLVED_ID || !existsSync(file)) return null;
      return {
        code: [
          `import { readFileSync } from 'node:fs';`,
          `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
        ].join('\n'),
        map: { mappings: '' },
      };
    },
  };
}
