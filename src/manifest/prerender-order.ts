/** Astro's prerender entries, as far as the order needs them. */
interface Ordered {
  route: { type: string };
}

/** HTML pages before files, each group in Astro's own order. */
export function pagesFirst<T extends Ordered>(paths: T[]): T[] {
  return [...paths.filter((p) => p.route.type === 'page'), ...paths.filter((p) => p.route.type !== 'page')];
}
