import { fittedLines, h } from '../render/element';
import { fitOrFail, renderSvg } from '../render/draw';
import { svgToPng } from '../render/raster';
import { cached, cacheKey } from '../render/cache';
import type { Theme } from '../config/palette';

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
    const pad = 28;
    const inner = COVER.width - 2 * pad;
    const src = (field: string) => ({ file: copy.file, field, label: 'ảnh bìa Zalo OA' });
    const brand = fitOrFail(
      copy.brand.toLocaleUpperCase('vi'),
      { width: inner, maxLines: 1, maxSize: 22, minSize: 14, weight: 800 },
      src(copy.field),
    );
    const title = fitOrFail(
      copy.title,
      { width: inner, maxLines: 4, maxSize: 40, minSize: 22, weight: 800, lineHeight: 1.15, height: 190 },
      src(copy.field),
    );
    const address = fitOrFail(
      copy.address,
      { width: inner, maxLines: 1, maxSize: 22, minSize: 14, weight: 700 },
      src(copy.field),
    );
    const node = h(
      'div',
      {
        style: {
          width: COVER.width,
          height: COVER.height,
          background: theme.primaryDark,
          color: theme.onDark,
          position: 'relative',
        },
      },
      h(
        'div',
        { style: { position: 'absolute', left: pad, top: pad, flexDirection: 'column' } },
        ...fittedLines(brand, { fontWeight: 800, color: theme.accent, letterSpacing: 1 }),
      ),
      h(
        'div',
        { style: { position: 'absolute', left: pad, top: pad + 56, width: inner, flexDirection: 'column' } },
        ...fittedLines(title, { fontWeight: 800 }),
      ),
      h('div', {
        style: {
          position: 'absolute',
          left: pad,
          top: COVER.height - pad - address.height / 2 - 3,
          width: 36,
          height: 6,
          background: theme.accent,
        },
      }),
      h(
        'div',
        {
          style: {
            position: 'absolute',
            left: pad + 48,
            top: COVER.height - pad - address.height,
            flexDirection: 'column',
          },
        },
        ...fittedLines(address, { fontWeight: 700, color: theme.onDarkMuted }),
      ),
    );
    return { 'cover.png': await svgToPng(await renderSvg(node, COVER)) };
  });
  return paths['cover.png'];
}
