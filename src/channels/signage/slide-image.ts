import { fittedLines, h } from '../../render/element';
import { fitOrFail } from '../../render/draw';
import { cached, cacheKey } from '../../render/cache';
import type { Theme } from '../../config/palette';
import type { SlideOrientation } from '../../manifest/build';
import { drawSlide, slideAppName, slideFrame, slideNode } from '../../render/slide-parts';

export interface SlideCopy {
  number: number;
  /** "Biện pháp 1/10 · Cơ quan nhà nước". */
  kicker: string;
  headline: string;
  body: string;
  cta: string;
  address: string;
  qrUrl: string;
  appName: string;
  basis: string;
  file: string;
  settingsFile: string;
}

/**
 * One slide in one orientation, drawn once as SVG (text as outlines): the
 * signage pages show this drawing and players that only take images get its
 * PNG, so screens and exports can never drift apart.
 */
export async function renderSlide(
  copy: SlideCopy,
  orientation: SlideOrientation,
  palette: Theme,
): Promise<Record<'svg' | 'png', string>> {
  const key = cacheKey('slide', { copy, orientation, palette });
  const paths = await cached('slides', key, ['slide.svg', 'slide.png'], async () => {
    const frame = slideFrame(orientation);
    const { width, portrait, vmin, pad, textWidth, sideWidth } = frame;
    const src = (field: string) => ({
      file: copy.file,
      field,
      label: `biện pháp ${copy.number}, ảnh màn hình ${portrait ? 'dọc' : 'ngang'}`,
    });
    const headline = fitOrFail(
      copy.headline,
      {
        width: textWidth,
        maxLines: 3,
        maxSize: (portrait ? 10 : 8) * vmin,
        minSize: 5 * vmin,
        weight: 800,
        lineHeight: 1.1,
      },
      src('poster.headline'),
    );
    const body = fitOrFail(
      copy.body,
      {
        width: textWidth,
        maxLines: 5,
        maxSize: (portrait ? 5 : 4) * vmin,
        minSize: 2.8 * vmin,
        weight: 400,
        lineHeight: 1.35,
      },
      src('poster.body'),
    );
    const cta = fitOrFail(
      copy.cta,
      {
        width: sideWidth,
        maxLines: 2,
        maxSize: (portrait ? 4.6 : 3.6) * vmin,
        minSize: 2.4 * vmin,
        weight: 800,
        lineHeight: 1.2,
      },
      src('poster.cta'),
    );
    const kicker = fitOrFail(
      copy.kicker,
      { width: width - 2 * pad, maxLines: 1, maxSize: (portrait ? 3.8 : 3) * vmin, minSize: 2 * vmin, weight: 800 },
      src('title'),
    );
    const address = fitOrFail(
      copy.address,
      {
        width: sideWidth,
        maxLines: 1,
        maxSize: cta.size,
        minSize: 2.4 * vmin,
        weight: 800,
        lineHeight: 1.2,
      },
      { ...src('app.installUrl'), file: copy.settingsFile },
    );
    const basis = fitOrFail(
      copy.basis,
      {
        width: width - 2 * pad,
        maxLines: 1,
        maxSize: (portrait ? 2.6 : 2) * vmin,
        minSize: 1.6 * vmin,
        weight: 400,
        lineHeight: 1.2,
      },
      { ...src('basis'), file: copy.settingsFile },
    );
    const lines = fittedLines;
    const ctaH = cta.height + address.height;
    const node = slideNode(frame, palette, {
      band: [slideAppName(frame, palette, copy.appName), ...lines(kicker, { fontWeight: 800 })],
      words: [
        ...lines(headline, { fontWeight: 800 }),
        h('div', { style: { height: 3 * vmin } }),
        ...lines(body, { fontWeight: 400 }),
      ],
      cta: [...lines(cta, { fontWeight: 800 }), ...lines(address, { fontWeight: 800, color: palette.accent })],
      basis: lines(basis, { color: palette.onDarkMuted }),
      basisHeight: basis.height,
      ctaH,
    });
    return drawSlide('slide', node, frame, ctaH, copy.qrUrl);
  });
  return { svg: paths['slide.svg'], png: paths['slide.png'] };
}
