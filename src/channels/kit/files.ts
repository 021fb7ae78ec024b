import { readFileSync } from 'node:fs';
import { cached, cacheKey } from '../../render/cache';
import { svgToPng } from '../../render/raster';
import { kitCopies, kitMeta } from '../../print/kit-files';
import { makeKitFile } from '../../print/kit-pdf';
import { socialSvg } from '../../print/social';
import { SOCIAL_SHAPES } from '../../print/paper';
import type { Artefact } from '../../manifest/build';
import type { Build } from '../../manifest/context';

/** The bytes of one kit file of the manifest: a print PDF or a social image. */
export async function kitBytes(entry: Extract<Artefact, { kind: 'kit' | 'social-image' }>, ctx: Build) {
  if (entry.kind === 'kit') {
    const copies = kitCopies(entry.measure, ctx);
    const meta = kitMeta(entry.item, entry.measure, ctx);
    const key = cacheKey('kit', {
      item: entry.item,
      copies,
      theme: ctx.theme,
      meta,
    });
    const paths = await cached('kit', key, ['kit.pdf'], async () => ({
      'kit.pdf': (await makeKitFile(entry.item, copies, ctx.theme, meta)).pdf,
    }));
    return readFileSync(paths['kit.pdf']);
  }
  const copy = kitCopies(entry.measure, ctx).social;
  const key = cacheKey('social', { shape: entry.shape, copy, theme: ctx.theme });
  const paths = await cached('social', key, ['social.png'], async () => ({
    'social.png': await svgToPng(await socialSvg(copy, ctx.theme, entry.shape), SOCIAL_SHAPES[entry.shape].width),
  }));
  return readFileSync(paths['social.png']);
}
