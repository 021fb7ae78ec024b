/**
 * The import graph of src/: every relative import (type-only ones too, as TypeScript follows them) of every .ts,
 * .mjs and .astro file, resolved to files. For the boundary checks: what a channel's folder may be imported by,
 * and where imports go round in a circle.
 */
import { existsSync, globSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const EXTENSIONS = ['', '.ts', '.mjs', '.astro', '/index.ts'];
const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}(?:\/[^'"]*)?)['"]|import\s*\(\s*['"](\.{1,2}(?:\/[^'"]*)?)['"]\s*\)|import\s+['"](\.{1,2}(?:\/[^'"]*)?)['"]/g;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(ts|mjs|astro)$/.test(name) ? [path] : [];
  });
}

/** Files of src/ (relative to `root`) and, for each, the files it imports. */
export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of walk(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const targets = new Set<string>();
    for (const m of text.matchAll(SPECIFIER)) {
      const spec = (m[1] ?? m[2] ?? m[3]).split('?')[0];
      const base = resolve(dirname(file), spec);
      const hit = EXTENSIONS.map((e) => base + e).find((p) => existsSync(p) && statSync(p).isFile());
      if (hit) targets.add(relative(root, hit));
    }
    // import.meta.glob('./*/index.ts'): an import of every file the pattern matches.
    for (const m of text.matchAll(/import\.meta\.glob(?:<[^>]*>)?\(\s*['"](\.{1,2}\/[^'"]+)['"]/g))
      for (const hit of globSync(m[1], { cwd: dirname(file) }))
        targets.add(relative(root, resolve(dirname(file), hit)));
    graph.set(relative(root, file), [...targets]);
  }
  return graph;
}

/** Groups of files that import each other round in a circle (Tarjan's strongly connected components). */
export function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return found;
}
