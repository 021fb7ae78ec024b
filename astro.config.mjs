// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
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
  devToolbar: { enabled: false },
});
