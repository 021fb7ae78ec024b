import type { AstroIntegration } from 'astro';

/** Astro's prerender entries, as far as the order needs them. */
interface Ordered {
  route: { type: string };
}

/** HTML pages before files, each group in Astro's own order. */
export function pagesFirst<T extends Ordered>(paths: T[]): T[] {
  return [...paths.filter((p) => p.route.type === 'page'), ...paths.filter((p) => p.route.type !== 'page')];
}

/**
 * Astro writes routes in its own order, a few at a time: the poster, slide
 * and frame endpoints came first and held every slot while sharp drew, and
 * the 10,000 directive pages followed on one core. Pages go first now, while
 * the images are drawn beside them (./draw-ahead), and the files after.
 */
export function prerenderOrderIntegration(): AstroIntegration {
  return {
    name: 'loa:prerender-order',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((standard) => ({
          ...standard,
          getStaticPaths: async () => pagesFirst(await standard.getStaticPaths()),
        }));
      },
    },
  };
}
