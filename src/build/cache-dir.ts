import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Astro's cache folder for a content folder and a checkout (astro.config.mjs `cacheDir`), which `npm run build`
 * reads too to know whose last build the incremental cache holds. One per campaign folder and checkout: Astro's
 * data store would otherwise mix the entries of two campaigns, or of two copies of the code. A changed schema
 * (the core's or a channel's) starts a new one, since Astro keeps entries by their file's digest, not by the
 * schema that parsed them. LOA_ASTRO_CACHE_DIR: another folder, for a build that must start from nothing (a test's
 * clean build beside an incremental one of the same content folder).
 */
export function astroCacheDir(contentRoot: string, cwd = process.cwd()): string {
  if (process.env.LOA_ASTRO_CACHE_DIR) return process.env.LOA_ASTRO_CACHE_DIR;
  const schemas = globSync(['src/**/*schema*.ts', 'src/channels/**/content.ts', 'src/manifest/kinds.ts'], {
    cwd,
  }).sort();
  const id = createHash('sha1')
    .update(contentRoot)
    .update(cwd)
    .update(schemas.map((f) => readFileSync(join(cwd, f), 'utf8')).join('\0'))
    .digest('hex')
    .slice(0, 10);
  return `./node_modules/.astro/${id}`;
}
