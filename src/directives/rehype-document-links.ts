import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { findDocumentNumbers, normalizeNumber, slugFromNumber } from './document-number';
import { pathWithBase, routes } from '../manifest/paths';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Numbers of the documents published on the site, read from the directives' front matter. */
export function numbersOnSite(directivesDir: string): Set<string> {
  const out = new Set<string>();
  if (!existsSync(directivesDir)) return out;
  for (const name of readdirSync(directivesDir)) {
    if (!/\.mdx?$/.test(name)) continue;
    const text = readFileSync(join(directivesDir, name), 'utf8');
    const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!fm) continue;
    try {
      const data = parse(fm[1]) as { number?: unknown };
      if (typeof data?.number === 'string') out.add(normalizeNumber(data.number));
    } catch {
      // A broken front matter is reported by the schema check with its file and field.
    }
  }
  return out;
}

/**
 * Turns document numbers in running text into links when that document is on
 * the site, so a reader of "Công văn số 123/ABC-XY" can open it.
 */
export function rehypeDocumentLinks(options: { directivesDir: string; base?: string }) {
  const base = options.base ?? '/';
  return () => {
    const known = numbersOnSite(options.directivesDir);
    return (tree: HastNode, file: { path?: string }) => {
      const selfSlug = file.path ? basename(file.path).replace(/\.mdx?$/, '') : '';
      const walk = (node: HastNode) => {
        if (!node.children) return;
        if (node.tagName === 'a' || node.tagName === 'code') return;
        const next: HastNode[] = [];
        for (const child of node.children) {
          if (child.type !== 'text' || !child.value) {
            walk(child);
            next.push(child);
            continue;
          }
          let last = 0;
          for (const m of findDocumentNumbers(child.value)) {
            const slug = slugFromNumber(m.number);
            if (!known.has(m.number) || slug === selfSlug) continue;
            if (m.index > last) next.push({ type: 'text', value: child.value.slice(last, m.index) });
            next.push({
              type: 'element',
              tagName: 'a',
              properties: { href: pathWithBase(base, routes.directive(slug)), className: ['doc-ref'] },
              children: [{ type: 'text', value: child.value.slice(m.index, m.index + m.length) }],
            });
            last = m.index + m.length;
          }
          if (last === 0) next.push(child);
          else if (last < child.value.length) next.push({ type: 'text', value: child.value.slice(last) });
        }
        node.children = next;
      };
      walk(tree);
    };
  };
}
