import { renderSvg } from '../../render/draw';
import { cardNode } from '../../print/social';
import { svgToPng } from '../../render/raster';
import { cached, cacheKey } from '../../render/cache';
import type { Theme } from '../../config/palette';

/** The cover a Zalo Official Account article needs. */
export const COVER = { width: 500, height: 320 } as const;

export interface CoverCopy {
  brand: string;
  title: string;
  /** The install address, printed at the foot. */
  address: string;
  /** Where the title comes from, for error messages. */
  file: string;
  field: string;
}

/** Draws (or reads back) an article cover: brand, the title as large as fits, the install address. */
export async function renderCover(copy: CoverCopy, theme: Theme): Promise<string> {
  const key = cacheKey('oa-cover', { copy, theme });
  const paths = await cached('covers', key, ['cover.png'], async () => {
    const source = () => ({ file: copy.file, field: copy.field, label: 'ảnh bìa Zalo OA' });
    const node = cardNode({ brand: copy.brand, title: copy.title, address: copy.address, source }, theme, {
      ...COVER,
      title: { maxLines: 4, maxSize: 40, minSize: 22, height: 190 },
    });
    return { 'cover.png': await svgToPng(await renderSvg(node, COVER)) };
  });
  return paths['cover.png'];
}
