// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { join } from 'node:path';
import { contentRoot } from './src/config/content-root.ts';
import { astroCacheDir } from './src/build/cache-dir.ts';
import { readCampaignConfig } from './src/config/campaign-config.ts';
import { campaignConfig } from './src/astro/config.ts';
import { documentLinks } from './src/directives/document-links.ts';
import { postBuildIntegration } from './src/astro/post-build.ts';
import { incrementalOutputIntegration } from './src/astro/incremental-output.ts';
import { prerenderOrderIntegration } from './src/astro/prerender-order.ts';
import { makeTranslator } from './src/i18n/strings.ts';
import { astroCsp } from './src/astro/csp.ts';
import { dataStoreAtRuntime } from './src/astro/data-store-at-runtime.ts';
import { channelViews } from './src/astro/views.ts';
import { channels } from './src/channels/channels.ts';

// Settings and UI strings are read and checked here, once, and handed to the pages (virtual:loa/config).
const config = readCampaignConfig();
const { settings } = config;
const cacheDir = astroCacheDir(contentRoot());

/**
 * The bundler's messages, less one it prints for every MDX file: Astro's own "use astro:head-inject" marker,
 * which the bundler cannot know; nothing in it is for a reader of the build's log to act on.
 * @type {NonNullable<NonNullable<import('vite').BuildOptions['rolldownOptions']>['onLog']>}
 */
function quietLog(level, log, handler) {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
  handler(level, log);
}

export default defineConfig({
  site: settings.site.url,
  // A provincial portal may serve the campaign under a sub-path; every URL the build writes starts with it.
  base: settings.basePath,
  trailingSlash: 'always',
  // Several pages at once: images are drawn by sharp on its own threads, so
  // while one page waits for a PNG the next one is laid out (2 cores here).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Zips and file sizes come from what the endpoints drew, so they run after the build. Search is indexed by
  // `npm run build` once this process has exited (src/search/index-site.ts).
  integrations: [
    campaignConfig(config),
    incrementalOutputIntegration(),
    mdx(),
    channelViews(channels),
    prerenderOrderIntegration(),
    postBuildIntegration(makeTranslator(config.strings)),
  ],
  markdown: {
    // Shiki writes inline styles, which the CSP forbids; documents carry no code anyway.
    syntaxHighlight: false,
    // Sätteri, Astro's Rust Markdown: remark and rehype took 2.6 ms a directive (26 s at 10,000), this 0.02.
    processor: satteri({
      hastPlugins: [documentLinks({ directivesDir: join(contentRoot(), 'directives'), base: settings.basePath })],
    }),
  },
  outDir: process.env.LOA_OUT_DIR ?? './dist',
  cacheDir,
  devToolbar: { enabled: false },
  // A page or file whose key (src/manifest/cache-keys.ts) and code are as in the last build keeps its output:
  // `npm run build` starts the new site as links to the last one (src/build/incremental.ts), so the output
  // folder is never emptied here, and it says why when it builds everything.
  experimental: { incrementalBuild: true },
  // Scripts stay external files so the _headers CSP ('self', no inline) holds.
  vite: {
    build: {
      // The staging folder `npm run build` seeded with the last site's files is kept; any other output folder is
      // emptied, as Astro does.
      emptyOutDir: process.env.LOA_INCREMENTAL !== 'seeded',
      assetsInlineLimit: 0,
      // The customiser's script carries pdf-lib and the poster fonts (2.1 MB), fetched by that page alone: its
      // size is known and paid only there, so the warning would ask the reader of the log to act on nothing.
      chunkSizeWarningLimit: 2600,
      rolldownOptions: { onLog: quietLog },
    },
    plugins: [dataStoreAtRuntime(join(process.cwd(), cacheDir))],
  },
  security: { csp: astroCsp() },
});
