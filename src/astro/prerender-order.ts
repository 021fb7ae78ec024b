import type { AstroIntegration } from 'astro';
import { pagesFirst } from '../manifest/prerender-order';

/**
 * Astro writes routes in its own order, a few at a time: the poster, slide
 * and frame endpoints came first and held every slot while sharp drew, and
 * the 10,000 directive pages followed on one core. Pages go first now, while
 * the images are drawn beside them (src/manifest/draw-ahead.ts), and the files after.
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
