import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Translate } from '../i18n/strings';
import { routes } from '../manifest/paths';
import { checkOutput, packZips, pruneStale, stampSizes } from '../manifest/post-build';
import type { Catalogue } from '../manifest/catalogue';

/**
 * After Astro has written the site: in an incremental build, what the last site had and this one does not make
 * removed; zips packed from their members, sizes stamped, the output checked.
 */
export function postBuildIntegration(t: Translate): AstroIntegration {
  let started = 0;
  return {
    name: 'loa:post-build',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const catalogue = JSON.parse(readFileSync(join(out, routes.catalogue()), 'utf8')) as Catalogue;
        const pruned = process.env.LOA_INCREMENTAL === 'seeded' ? pruneStale(out, catalogue, started) : 0;
        if (pruned) logger.info(`${pruned} files of the last build that this one no longer makes removed`);
        const zips = packZips(out, catalogue);
        const sizes = stampSizes(out, t);
        const problems = checkOutput(out, catalogue);
        if (problems.length) throw new Error(`the build does not match its manifest:\n  ${problems.join('\n  ')}`);
        logger.info(`${zips} zips packed, ${sizes} file sizes stamped, output matches the manifest`);
      },
    },
  };
}
