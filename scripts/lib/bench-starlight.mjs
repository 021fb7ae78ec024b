// @ts-check
// The bench's yardstick: an Astro Starlight site over the same generated directives, one docs page each, with
// Starlight's sidebar, table of contents and its own Pagefind step, built by `astro build` as Starlight's users
// build it. Its folder sits under the checkout's node_modules/.cache, so its imports resolve to the checkout's
// packages (the same Astro as Loa's).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Writes a Starlight project at `dir` with one page per directive of the corpus at `corpus`.
 * @param {string} corpus
 * @param {string} dir
 * @returns {number} the number of docs pages
 */
export function writeStarlightSite(corpus, dir) {
  rmSync(dir, { recursive: true, force: true });
  const docs = join(dir, 'src/content/docs');
  mkdirSync(join(docs, 'van-ban'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-starlight', private: true, type: 'module' }));
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
      "      sidebar: [{ label: 'Văn bản', autogenerate: { directory: 'van-ban' } }],",
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
