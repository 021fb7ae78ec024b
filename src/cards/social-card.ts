import { h, textLine } from '../render/element';
import { fitOrFail, renderSvg } from '../render/draw';
import { svgToJpeg } from '../render/raster';
import { cached, cacheKey } from '../render/cache';
import { timed } from '../render/stats';
import type { Theme } from '../config/palette';

export const CARD = { width: 1200, height: 630 } as const;

export interface CardCopy {
  /** Small line above the title: "Công văn · Bộ Thông tin và Truyền thông · 01/08/2020". */
  kicker: string;
  title: string;
  /** Campaign name, top left. */
  brand: string;
  /** Site host, bottom. */
  site: string;
  /** Where the copy comes from, for error messages. */
  file: string;
  /** The fields of that file the title and kicker are taken from, where they are not called so. */
  fields?: { title?: string; kicker?: string };
}

/** The Open Graph card (1200×630) shown when a page is shared on Zalo or Facebook. */
export async function renderCard(copy: CardCopy, palette: Theme): Promise<string> {
  const key = cacheKey('card', { copy, palette });
  const paths = await cached('cards', key, ['card.jpg'], async () => {
    const pad = 72;
    const inner = CARD.width - 2 * pad;
    const src = (field: string) => ({ file: copy.file, field, label: 'ảnh chia sẻ' });
    const title = fitOrFail(
      copy.title,
      { width: inner, maxLines: 4, maxSize: 64, minSize: 32, weight: 800, lineHeight: 1.15, height: 296 },
      src(copy.fields?.title ?? 'title'),
    );
    const kicker = fitOrFail(
      copy.kicker,
      { width: inner, maxLines: 1, maxSize: 28, minSize: 18, weight: 700 },
      src(copy.fields?.kicker ?? 'kicker'),
    );
    const line = textLine;
    const node = h(
      'div',
      {
        style: {
          width: CARD.width,
          height: CARD.height,
          background: palette.primaryDark,
          color: palette.onDark,
          flexDirection: 'column',
          padding: pad,
          position: 'relative',
        },
      },
      h(
        'div',
        { style: { flexDirection: 'column' } },
        line(copy.brand.toLocaleUpperCase('vi'), 30, 1.2, { fontWeight: 800, color: palette.accent, letterSpacing: 2 }),
        h('div', { style: { height: 24 } }),
        ...kicker.lines.map((l) => line(l, kicker.size, 1.3, { fontWeight: 700, color: palette.onDarkMuted })),
        h('div', { style: { height: 16 } }),
        ...title.lines.map((l) => line(l, title.size, title.lineHeight, { fontWeight: 800 })),
      ),
      h(
        'div',
        { style: { position: 'absolute', left: pad, top: CARD.height - 48 - 32, height: 32, alignItems: 'center' } },
        h('div', { style: { width: 64, height: 10, background: palette.accent, marginRight: 20 } }),
        line(copy.site, 26, 1.2, { fontWeight: 400, color: palette.onDarkMuted }),
      ),
    );
    const svg = await timed('card', 'layout', () => renderSvg(node, CARD));
    return { 'card.jpg': await timed('card', 'jpeg', () => svgToJpeg(svg)) };
  });
  return paths['card.jpg'];
}
