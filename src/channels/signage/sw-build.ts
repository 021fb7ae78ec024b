import { build } from 'esbuild';
import { join } from 'node:path';
import type { SwConfig } from './sw-core';

/**
 * The worker as one classic script (service workers cannot rely on module
 * support in every signage player's browser), with this build's config
 * inlined. The source is found from the checkout root: at build time this
 * module runs from Astro's bundle, far from src/.
 */
export async function buildServiceWorker(config: SwConfig): Promise<string> {
  const result = await build({
    entryPoints: [join(process.cwd(), 'src/channels/signage/sw.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    legalComments: 'none',
    charset: 'utf8',
    define: { __LOA_SW__: JSON.stringify(config) },
    logLevel: 'silent',
  });
  return `// Loa signage service worker, build ${config.version}\n${result.outputFiles[0].text}`;
}
