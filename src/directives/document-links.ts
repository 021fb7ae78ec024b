import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';
import type { Element, Parents, Text } from 'hast';
import { parse } from 'yaml';
import { findDocumentNumbers, normalizeNumber, slugFromNumber } from './document-number';
import { pathWithBase, routes } from '../manifest/paths';
import { frontMatterText } from '../core/front-matter';

/** A directive's `number`: its own line read alone, the whole front matter only when the value spans lines. */
function numberOf(frontMatter: string): unknown {
  const line = /^number:[ \t]*(.*)$/m.exec(frontMatter);
  if (!line) return undefined;
  const value = line[1].trim();
  // Reading one line instead of parsing 10,000 front matters took this from 3.6 s to a tenth of it.
  if (value && !/^[|>&!]/.test(value)) return parse(value) as unknown;
  return (parse(frontMatter) as { number?: unknown } | null)?.number;
}

const onSite = new Map<string, Set<string>>();

/**
 * Numbers of the documents published on the site, read from the directives'
 * front matter, once per folder and process: the content sync and the MDX
 * compiler each hold a Markdown processor.
 */
export function numbersOnSite(directivesDir: string): Set<string> {
  const known = onSite.get(directivesDir);
  if (known) return known;
  const out = new Set<string>();
  if (!existsSync(directivesDir)) return out;
  for (const name of readdirSync(directivesDir)) {
    if (!/\.mdx?$/.test(name)) continue;
    const fm = frontMatterText(readFileSync(join(directivesDir, name), 'utf8'));
    if (fm === undefined) continue;
    try {
      const number = numberOf(fm);
      if (typeof number === 'string') out.add(normalizeNumber(number));
    } catch {
      // A broken front matter is reported by the schema check with its file and field.
    }
  }
  onSite.set(directivesDir, out);
  return out;
}

/**
 * The numbers `text` names that are documents on the site, sorted: what its links depend on besides itself. A
 * document's stored rendering is as current as its text and this list (src/content.config.ts).
 */
export function linkedNumbers(text: string, directivesDir: string): string[] {
  return numbersNamedIn(text, numbersOnSite(directivesDir));
}

/** The numbers of `known` that `text` names, sorted. */
export function numbersNamedIn(text: string, known: ReadonlySet<string>): string[] {
  return [...new Set(findDocumentNumbers(text).map((m) => m.number))].filter((n) => known.has(n)).sort();
}

/**
 * Turns document numbers in running text into links when that document is on
 * the site, so a reader of "Công văn số 123/ABC-XY" can open it. A Sätteri
 * HTML-tree plugin: Astro's Rust Markdown renders a directive in a hundredth
 * of the time remark and rehype took (26 s of a 10,000-directive build).
 */
export function documentLinks(options: { directivesDir: string; base?: string }) {
  const base = options.base ?? '/';
  let known: Set<string> | undefined;
  return defineHastPlugin({
    name: 'loa-document-links',
    text(node, ctx) {
      known ??= numbersOnSite(options.directivesDir);
      let up: Readonly<Parents> | undefined = ctx.parent(node);
      for (; up && up.type !== 'root'; up = ctx.parent(up))
        if (up.type === 'element' && (up.tagName === 'a' || up.tagName === 'code')) return;
      const selfSlug = ctx.fileURL ? basename(fileURLToPath(ctx.fileURL)).replace(/\.mdx?$/, '') : '';
      const pieces: (Text | Element)[] = [];
      let last = 0;
      for (const m of findDocumentNumbers(node.value)) {
        const slug = slugFromNumber(m.number);
        if (!known.has(m.number) || slug === selfSlug) continue;
        if (m.index > last) pieces.push({ type: 'text', value: node.value.slice(last, m.index) });
        pieces.push({
          type: 'element',
          tagName: 'a',
          properties: { href: pathWithBase(base, routes.directive(slug)), className: ['doc-ref'] },
          children: [{ type: 'text', value: node.value.slice(m.index, m.index + m.length) }],
        });
        last = m.index + m.length;
      }
      if (last === 0) return;
      if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
      ctx.replaceNode(node, pieces);
    },
  });
}
