import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { directiveSchema } from './directives/schema';
import { measureSchema } from './channels/content';
import { contentRoot } from './config/content-root';
import { withAuthorMessages } from './core/schema-helpers';

// The schemas live beside their features (src/directives/schema.ts, src/measures/schema.ts…) so plain
// TypeScript (checks, renderers, tests) can use them without Astro; this file only binds them to folders.
const root = contentRoot();

export const collections = {
  directives: defineCollection({
    // A plain document can be .md: Astro renders Markdown while syncing content and keeps the HTML in its store,
    // where each .mdx file is one more module for Vite to bundle on every build (10,000: 76 s and 4.2 GB, vs 5 s).
    loader: glob({ pattern: '*.{md,mdx}', base: `${root}/directives` }),
    schema: withAuthorMessages(directiveSchema),
  }),
  measures: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${root}/measures` }),
    schema: withAuthorMessages(measureSchema),
  }),
};
