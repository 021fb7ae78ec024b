// @ts-check
// The bench's yardstick: an Astro Starlight site over the same generated directives, one docs page each, with
// Starlight's sidebar, table of contents and its own Pagefind step, built by `astro build` as Starlight's users
// build it. Its folder is inside the checkout (`.bench/`, ignored), so its imports resolve to the checkout's
// packages and it builds with the same Astro as Loa, as a project of a monorepo would; not inside node_modules,
// where Vite would not compile its pages.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Writes a Starlight project at `dir` with one page per directive of the corpus at `corpus`, with the packages of
 * the checkout at `root`.
 * @param {string} corpus
 * @param {string} dir
 * @param {string} root
 * @returns {number} the number of docs pages
 */
export function writeStarlightSite(corpus, dir, root) {
  rmSync(dir, { recursive: true, force: true });
  const docs = join(dir, 'src/content/docs');
  mkdirSync(join(docs, 'van-ban'), { recursive: true });
  // Its dependencies named, as Astro finds the packages it must compile (Starlight's pages) in package.json.
  const versionOf = (/** @type {string} */ name) =>
    JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'bench-starlight',
      private: true,
      type: 'module',
      dependencies: { astro: versionOf('astro'), '@astrojs/starlight': versionOf('@astrojs/starlight') },
    }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      'export default defineConfig({',
      "  site: 'https://starlight.example',",
      '  integrations: [',
      '    starlight({',
      "      title: 'Văn bản chỉ đạo',",
      "      defaultLocale: 'root',",
      "      locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },",
      "      sidebar: [{ label: 'Văn bản', items: [{ autogenerate: { directory: 'van-ban' } }] }],",
      '    }),',
      '  ],',
      '});',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
    ].join('\n'),
  );
  writeFileSync(join(docs, 'index.md'), '---\ntitle: Văn bản chỉ đạo\n---\n\nCác văn bản của chiến dịch.\n');
  let pages = 1;
  for (const name of readdirSync(join(corpus, 'directives')).sort()) {
    const text = readFileSync(join(corpus, 'directives', name), 'utf8');
    const [, front, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
    if (front === undefined) continue;
    const data = /** @type {{ number?: string; subject: string; issuer: { name: string }; date: string }} */ (
      parse(front)
    );
    const title = `${data.number ?? name} ${data.subject}`.replaceAll('"', "'");
    const description = `${data.issuer.name}, ${data.date}`.replaceAll('"', "'");
    writeFileSync(
      join(docs, 'van-ban', name.replace(/\.mdx?$/, '.md')),
      `---\ntitle: "${title}"\ndescription: "${description}"\n---\n\n${body}`,
    );
    pages++;
  }
  return pages;
}
