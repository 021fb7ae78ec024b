import { fittedLines, h } from '../render/element';
import { fitOrFail, renderSvg } from '../render/draw';
import { svgToPng } from '../render/raster';
import { qrSvg, overlaySvg } from '../render/qr';
import { cached, cacheKey } from '../render/cache';
import { timed } from '../render/stats';
import type { Theme } from '../config/palette';

import type { SlideOrientation } from '../manifest/build';

export const SLIDE_SIZES: Record<SlideOrientation, { width: number; height: number }> = {
  ngang: { width: 1920, height: 1080 },
  doc: { width: 1080, height: 1920 },
};

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
    const { width, height } = SLIDE_SIZES[orientation];
    const portrait = orientation === 'doc';
    const vmin = Math.min(width, height) / 100;
    const pad = 5 * vmin;
    const src = (field: string) => ({
      file: copy.file,
      field,
      label: `biện pháp ${copy.number}, ảnh màn hình ${portrait ? 'dọc' : 'ngang'}`,
    });
    const qrSide = (portrait ? 46 : 40) * vmin;
    const textWidth = portrait ? width - 2 * pad : width - 2 * pad - qrSide - 5 * vmin;
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
        width: portrait ? textWidth : qrSide + 4 * vmin,
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
        width: portrait ? textWidth : qrSide + 4 * vmin,
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
    const qrX = portrait ? (width - qrSide) / 2 : width - pad - qrSide;
    const ctaH = cta.height + address.height;
    const qrY = portrait ? height - pad - 4 * vmin - qrSide : (height - qrSide) / 2 + ctaH / 2;
    const node = h(
      'div',
      { style: { width, height, background: palette.primaryDark, color: palette.onDark, position: 'relative' } },
      h(
        'div',
        {
          style: {
            position: 'absolute',
            left: pad,
            top: pad * 0.8,
            width: width - 2 * pad,
            flexDirection: 'column',
            borderBottom: `${0.6 * vmin}px solid ${palette.accent}`,
            paddingBottom: 1.5 * vmin,
          },
        },
        h(
          'div',
          {
            style: {
              fontSize: (portrait ? 7 : 5.5) * vmin,
              fontWeight: 800,
              color: palette.accent,
              letterSpacing: 0.1 * 5.5 * vmin,
              lineHeight: 1.1,
            },
          },
          copy.appName.toLocaleUpperCase('vi'),
        ),
        ...lines(kicker, { fontWeight: 800 }),
      ),
      h(
        'div',
        {
          style: {
            position: 'absolute',
            left: pad,
            top: portrait ? 24 * vmin : 22 * vmin,
            width: textWidth,
            flexDirection: 'column',
          },
        },
        ...lines(headline, { fontWeight: 800 }),
        h('div', { style: { height: 3 * vmin } }),
        ...lines(body, { fontWeight: 400 }),
      ),
      h(
        'div',
        {
          style: {
            position: 'absolute',
            left: portrait ? pad : qrX - 2 * vmin,
            top: qrY - ctaH - 2 * vmin,
            width: portrait ? textWidth : qrSide + 4 * vmin,
            flexDirection: 'column',
            alignItems: 'center',
          },
        },
        ...lines(cta, { fontWeight: 800 }),
        ...lines(address, { fontWeight: 800, color: palette.accent }),
      ),
      h(
        'div',
        { style: { position: 'absolute', left: pad, top: height - pad * 0.6 - basis.height, flexDirection: 'column' } },
        ...lines(basis, { color: palette.onDarkMuted }),
      ),
    );
    const svg = await timed('slide', 'layout', async () =>
      overlaySvg(await renderSvg(node, { width, height }), qrSvg(copy.qrUrl, qrX, qrY, qrSide)),
    );
    return { 'slide.svg': Buffer.from(svg), 'slide.png': await timed('slide', 'png', () => svgToPng(svg)) };
  });
  return { svg: paths['slide.svg'], png: paths['slide.png'] };
}
