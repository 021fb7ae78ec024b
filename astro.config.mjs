// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { contentRoot } from './src/lib/content-root.ts';
import { loadSettings } from './src/lib/settings.ts';
import { rehypeDocumentLinks } from './src/lib/rehype-document-links.ts';

const settings = loadSettings();

export default defineConfig({
  site: settings.site.url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  markdown: {
    // unified rather than the default Sätteri: the document-number linker is a rehype plugin.
    processor: unified({ rehypePlugins: [rehypeDocumentLinks({ directivesDir: join(contentRoot(), 'directives') })] }),
  },
  outDir: process.env.LOA_OUT_DIR ?? './dist',
  // One content cache per campaign folder: Astro's data store would otherwise
  // mix the entries of two campaigns built from the same checkout.
  cacheDir: `./node_modules/.astro/${createHash('sha1').update(contentRoot()).digest('hex').slice(0, 10)}`,
  devToolbar: { enabled: false },
});
