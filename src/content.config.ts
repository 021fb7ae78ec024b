import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { directiveSchema } from './directives/schema';
import { measureSchema } from './channels/content';
import { contentRoot } from './config/content-root';
import { withAuthorMessages } from './core/schema-helpers';
import { linkedNumbers } from './directives/document-links';
import type { Loader } from 'astro/loaders';

// The schemas live beside their features (src/directives/schema.ts, src/measures/schema.ts…) so plain
// TypeScript (checks, renderers, tests) can use them without Astro; this file only binds them to folders.
const root = contentRoot();

/**
 * Astro's glob loader, keeping a document's rendering while its digest holds. A document's text renders with
 * links to the documents it names that are on the site, so its digest covers those too: adding, removing or
 * renumbering a document renders again the texts that name it, and only those.
 */
function withLinkedNumbers(loader: Loader, directivesDir: string): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        generateDigest: (data) =>
          typeof data === 'string'
            ? context.generateDigest(`${data}\0${linkedNumbers(data, directivesDir).join(' ')}`)
            : context.generateDigest(data),
      }),
  };
}

export const collections = {
  directives: defineCollection({
    // A plain document can be .md: Astro renders Markdown while syncing content and keeps the HTML in its store,
    // where each .mdx file is one more module for Vite to bundle on every build (10,000: 76 s and 4.2 GB, vs 5 s).
    loader: withLinkedNumbers(glob({ pattern: '*.{md,mdx}', base: `${root}/directives` }), `${root}/directives`),
    schema: withAuthorMessages(directiveSchema),
  }),
  measures: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${root}/measures` }),
    schema: withAuthorMessages(measureSchema),
  }),
};
